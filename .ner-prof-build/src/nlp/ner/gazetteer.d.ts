import { type GazetteerMatcher } from './features.js';
/**
 * Multi-word gazetteer matched on lower-cased tokens: each token gets, per category, a "begins a
 * match" and an "inside a match" flag (Ratinov & Roth 2009 use the same B/I encoding). Capitalisation
 * is left to the other features, so "Party" in "the Party" and "party" share the flag.
 */
export declare class Gazetteer implements GazetteerMatcher {
    readonly categories: readonly string[];
    /** First token -> phrases (as token arrays) that start with it, longest first, with their category. */
    private readonly byFirst;
    constructor(categories: readonly string[], entries: Iterable<readonly [string, string]>);
    match(lowerWords: readonly string[]): Uint32Array;
}
/** Splits a lexicon phrase the way our tokenizer splits text: spaces, and possessive 's. */
export declare function splitPhrase(phrase: string): string[];
/** Reads "CATEGORY<TAB>phrase" lines. */
export declare function parseGazetteer(text: string): [string, string][];
