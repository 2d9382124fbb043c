import type { Role } from '../../core/annotations.js';
import type { Scan } from './scan.js';
import type { TitlePhrase } from './title-phrase.js';
/** A role as the roles component builds it: the shared Role plus what coreference needs. */
export interface RoleInfo extends Role {
    /** Lower-cased head phrase ("speaker", "prime minister"), singular. */
    readonly head: string;
    readonly headId: string;
    /** The role is no longer held ("former Prime Minister"). */
    readonly past: boolean;
    /** Sector and country come from the other side ("counterpart", "interlocutor"). */
    readonly inherit: boolean;
    /** How the country was found: modifier ("Kazakh …"), of-phrase, institution, or none. */
    readonly countrySource: 'modifier' | 'of-phrase' | 'institution' | 'none';
    readonly plural: boolean;
    /** Country named after "to" ("Ambassador to Japan"): the host, not the person's state. */
    readonly hostCountry: string | null;
    /** Every country of the of-phrase in order ("Presidents of Russia and Uzbekistan"), for plural titles. */
    readonly ofCountries: readonly string[];
}
/**
 * Country, sector, institution and qualifiers of a title phrase.
 * - Country: a place before the head ("Kazakh Speaker", "Malaysia's Ambassador") first; else the last
 *   place in an of/for-phrase ("Minister of Foreign Affairs of Kazakhstan"); never a place after "to",
 *   which names the host ("Ambassador of A to B" serves A); else the country of a named institution
 *   ("Speaker of the Mazhilis"). A region or capital gives its state ("President of Tatarstan").
 * - Sector: the head's sector, except that generic heads (chairman, head, president, member …) take the
 *   sector of the institution they head ("Chairman of the Senate" is LEG).
 */
export declare function describeRole(scan: Scan, t: TitlePhrase): RoleInfo;
