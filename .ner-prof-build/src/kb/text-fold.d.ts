/**
 * String helpers shared by the knowledge-base resolvers: the folded form names and texts are
 * compared in, and a capped edit distance. Pure functions, no lexicons.
 */
/** Lower case, diacritics removed (NFKD then combining marks dropped), curly apostrophes straightened. */
export declare const fold: (s: string) => string;
/** Folded words (letters and digits) of a text, for shingling and name keys. */
export declare const foldedWords: (s: string) => string[];
/** Levenshtein distance, capped: returns cap + 1 as soon as the distance is known to exceed cap. */
export declare function editDistance(a: string, b: string, cap?: number): number;
/** Edit distance divided by the longer length: 0 for equal strings, 1 for nothing in common. */
export declare function normalisedDistance(a: string, b: string): number;
/** A URL- and id-safe slug: folded, words joined by hyphens. */
export declare const slug: (s: string) => string;
/** 32-bit FNV-1a hash of a string (UTF-16 code units): stable across runs and platforms. */
export declare function fnv1a(s: string, seed?: number): number;
/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts as its first day). */
export declare function daysBetween(a: string, b: string): number;
/** Day number of an ISO date (partial dates: first day of the month or year). */
export declare function isoDay(d: string): number;
