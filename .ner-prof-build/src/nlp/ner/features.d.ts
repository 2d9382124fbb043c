/**
 * Feature extraction for the tagger: the templates of the strong non-neural NER systems
 * (Ratinov & Roth 2009; Collins 2002): the word and its neighbours, shapes, affixes,
 * capitalisation, gazetteer matches, word-cluster paths and document-level hints.
 * Every feature is a hashed bucket; a token's features are a run of bucket numbers.
 */
/** Bumped whenever a template changes: a model only runs with the feature set it was trained on. */
export declare const FEATURE_SET_VERSION = 3;
/** Word -> prefixes of its cluster path, already hashed (bit-prefix features, Miller et al. 2004). */
export type ClusterTable = ReadonlyMap<string, readonly number[]>;
/** Per-token gazetteer flags: bit (2 * category) = begins a match, bit (2 * category + 1) = inside one. */
export interface GazetteerMatcher {
    readonly categories: readonly string[];
    match(lowerWords: readonly string[]): Uint32Array;
}
/** Per-token hints from other sentences of the same document (two-pass tagging). */
export type DocumentHints = Int32Array;
export interface FeatureResources {
    readonly gazetteer: GazetteerMatcher | null;
    readonly clusters: ClusterTable | null;
}
export interface TokenFeatures {
    /** Buckets of token i are feats[offsets[i] .. offsets[i + 1]). */
    readonly feats: Int32Array;
    readonly offsets: Int32Array;
}
export declare class FeatureExtractor {
    readonly bits: number;
    readonly resources: FeatureResources;
    private buf;
    constructor(bits: number, resources: FeatureResources);
    extract(words: readonly string[], hints?: DocumentHints): TokenFeatures;
    /**
     * Word-level hashes, cached per distinct word: words repeat (Zipf), so most tokens cost one
     * lookup. The cache is dropped when it grows past a bound, keeping memory flat on long runs.
     */
    private readonly cache;
    private wordInfo;
}
/** Digits all look alike to the word templates ("1997" and "2024" share "dddd"-like identity). */
export declare function normaliseDigits(s: string): string;
