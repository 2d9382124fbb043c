import type { ContactLevel } from './contact-levels.js';
/**
 * The rules of cross-document person resolution, as data: every decision the resolver takes
 * names one of these ids, so a merge can be explained and counted per rule.
 */
export interface ResolutionRule {
    readonly id: string;
    /** merge: joined an existing person; new: started one; apart: a candidate was refused. */
    readonly kind: 'merge' | 'new' | 'apart';
    readonly description: string;
}
export declare const PERSON_RULES: readonly [{
    readonly id: "merge.same-name";
    readonly kind: "merge";
    readonly description: "Same given names and surname, up to diacritics, honorifics and transliteration (Ashimbayev/Ashymbayev).";
}, {
    readonly id: "merge.initial-given-name";
    readonly kind: "merge";
    readonly description: "Same surname; an initial stands for a given name of the other form (M. Ashimbayev).";
}, {
    readonly id: "merge.extra-middle-name";
    readonly kind: "merge";
    readonly description: "Same first given name and surname; one form adds middle names or a patronymic.";
}, {
    readonly id: "merge.full-name-completes-surname";
    readonly kind: "merge";
    readonly description: "A full name joins the only person known so far by that surname alone.";
}, {
    readonly id: "merge.single-word-unique";
    readonly kind: "merge";
    readonly description: "A name of one word (a document gave only the surname) joins the only compatible person with that surname or family name.";
}, {
    readonly id: "merge.single-word-country";
    readonly kind: "merge";
    readonly description: "A one-word name with several candidates joins the only one of the same country.";
}, {
    readonly id: "merge.single-word-same";
    readonly kind: "merge";
    readonly description: "Two one-word names, same word, compatible country, and no fuller person to prefer.";
}, {
    readonly id: "new.no-candidate";
    readonly kind: "new";
    readonly description: "No known person has a compatible name.";
}, {
    readonly id: "new.ambiguous-single-word";
    readonly kind: "new";
    readonly description: "A one-word name fits several persons: kept apart rather than guessed.";
}, {
    readonly id: "apart.country";
    readonly kind: "apart";
    readonly description: "Both sides have a known country and they differ: namesakes.";
}, {
    readonly id: "apart.concurrent-sector";
    readonly kind: "apart";
    readonly description: "Sectors of different career families (politics vs journalism, business, …) observed at the same time.";
}, {
    readonly id: "apart.concurrent-office";
    readonly kind: "apart";
    readonly description: "Offices one person cannot hold together (head of state and ambassador) observed at the same time.";
}, {
    readonly id: "apart.career-span";
    readonly kind: "apart";
    readonly description: "Offices observed further apart than a career lasts.";
}];
export type PersonRuleId = (typeof PERSON_RULES)[number]['id'];
/** Observations this close in time (days) are "at the same time" for the concurrency rules. */
export declare const CONCURRENT_DAYS = 180;
/**
 * Longest span (years) between two observed offices of one person. Long political careers do
 * reach four decades (a minister in the 1980s and a head of government in the 2010s), so the
 * bound is generous: it separates namesakes generations apart, not career changes.
 */
export declare const CAREER_SPAN_YEARS = 45;
/**
 * Sector families: moving between sectors of one family is an ordinary career (a senator
 * becomes a minister, a general a defence minister); holding sectors of two families at once is
 * a namesake. Sectors not listed (UNK, CVL, IGO codes) are unknown and never conflict.
 * PLOVER sector codes (lexicons/sectors.json).
 */
export declare const SECTOR_FAMILY: Readonly<Record<string, string>>;
/**
 * Pairs of contact levels one person cannot hold at the same time. A minister may sit in
 * parliament and a head of government may also be foreign minister; a head of state is not also
 * an ambassador or a minister, and an ambassador abroad is not at home in government.
 */
export declare const EXCLUSIVE_LEVELS: ReadonlyArray<readonly [ContactLevel, ContactLevel]>;
export declare const exclusiveLevels: (a: ContactLevel, b: ContactLevel) => boolean;
