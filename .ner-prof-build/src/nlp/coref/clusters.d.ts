import type { EntityMention } from '../../core/annotations.js';
import type { PersonHint } from '../actors/person-rules.js';
import type { RoleInfo } from '../roles/describe.js';
/** A person being assembled: the name mentions found so far, and every other mention linked to it. */
export interface PersonCluster {
    readonly id: string;
    /** The fullest name's words. */
    nameWords: string[];
    /** Folded words of every name form seen. */
    readonly keys: Set<string>;
    readonly mentions: EntityMention[];
    /** Roles attached to a name mention (title before, apposition …). */
    readonly roles: RoleInfo[];
    /** Roles from title-only mentions linked by coreference: weaker evidence. */
    readonly linkedRoles: RoleInfo[];
    readonly honorifics: string[];
    /** Extra titles (verbatim) from title-only mentions. */
    readonly titles: string[];
    /** What a rule knew besides roles (a byline's journalist). */
    hint?: PersonHint;
    /** Country from the sentence around a name when no role names one ("the U.S. delegation: …"). */
    contextCountry?: {
        code: string;
        rule: string;
    };
}
/** Lower-cased, diacritics removed, possessive dropped: the form names are compared in. */
export declare const foldWord: (w: string) => string;
/** Levenshtein distance, capped: returns cap + 1 as soon as it is exceeded. */
export declare function editDistance(a: string, b: string, cap?: number): number;
/** Edit distance allowed between two spellings of one name word: none for short words. */
export declare const allowedDistance: (w: string) => number;
/** Are all the words of `words` words of the cluster (as written, or as a transliteration)? */
export declare function nameMatch(c: PersonCluster, words: readonly string[]): 'exact' | 'transliteration' | null;
