import type { RoleInfo } from '../roles/describe.js';
import type { PersonCluster } from './clusters.js';
export interface TitleOnly {
    readonly role: RoleInfo;
    readonly determiner: string;
    readonly sentence: number;
}
export interface CorefContext {
    readonly clusters: readonly PersonCluster[];
    /** The article's home country: a title without a country most often means its own official. */
    readonly homeCountry: string | null;
    readonly countryOf: (c: PersonCluster) => string | null;
    readonly sentenceOf: (offset: number) => number;
}
/**
 * Links titles that stand without a name to a person (COREF_RULES 'title-match', 'counterpart'). The
 * candidates are people named before the title (after it only when nobody before fits: a headline
 * "The Kyrgyz leader …" names him further down).
 */
export declare function linkTitles(titles: readonly TitleOnly[], ctx: CorefContext): void;
