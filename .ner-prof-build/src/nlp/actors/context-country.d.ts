import type { Span } from '../../core/span.js';
import type { PersonCluster } from '../coref/clusters.js';
/** Context rules for people whose roles name no country, as data (tried before the article default). */
export declare const CONTEXT_COUNTRY_RULES: readonly [{
    readonly id: "delegation";
    readonly says: "named in a sentence about \"the U.S. delegation\" / \"the Kazakh parliamentary delegation\": a member of it";
}, {
    readonly id: "accompanied-by";
    readonly says: "named after \"accompanied by\" / \"joined by\": of the country of the person named before the cue";
}];
export declare function contextCountry(text: string, c: PersonCluster, people: readonly PersonCluster[], sentences: readonly Span[], sentenceOf: (o: number) => number, countryFromRoles: (c: PersonCluster) => string | null): {
    code: string;
    rule: string;
} | null;
