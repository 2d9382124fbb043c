/**
 * Longest-match lookup of lexicon phrases at a given offset of a text. Phrases match at word
 * boundaries; white space inside a phrase matches any run of white space, apostrophes and dashes
 * match their typographic variants.
 */
export interface PhraseEntry {
    readonly phrase: string;
    readonly caseSensitive?: boolean;
    /** Also match a plural made by a final "s" ("Presidents", "Ministers"). */
    readonly plural?: boolean;
}
export interface PhraseMatch<T> {
    readonly start: number;
    readonly end: number;
    readonly entry: T;
    readonly plural: boolean;
}
export declare class PhraseMatcher<T extends PhraseEntry> {
    private readonly sensitive;
    private readonly insensitive;
    private readonly bySensitive;
    private readonly byFolded;
    constructor(entries: readonly T[]);
    /** The longest entry matching at `offset` (which must be a word start), or null. */
    matchAt(text: string, offset: number): PhraseMatch<T> | null;
}
