/**
 * Near-duplicate articles: MinHash signatures over word shingles, LSH banding to find candidates
 * without comparing every pair (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3). Agencies rewrite one another's wires: a lightly edited copy shares most
 * 3-word shingles, a different story on the same topic shares few.
 */
export declare const SHINGLE_WORDS = 3;
export declare const NUM_HASHES = 128;
/** 32 bands of 4 rows: a pair with Jaccard s becomes a candidate with probability 1-(1-s^4)^32 (~0.5 at s=0.42). */
export declare const BANDS = 32;
/** Estimated Jaccard similarity from which two articles are one story. */
export declare const STORY_THRESHOLD = 0.5;
/** Hashes of the word shingles of a text (folded words; a short text is one shingle). */
export declare function shingles(text: string, size?: number): Set<number>;
/** The MinHash signature of a text: NUM_HASHES minima, compact enough to store per document. */
export declare function signature(text: string): Uint32Array;
/** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal minima. */
export declare function similarity(a: Uint32Array, b: Uint32Array): number;
export interface StoryAssignment {
    readonly document: string;
    /** Story id: the id of the story's first document ("story:<document>"). */
    readonly story: string;
    /** The closest earlier document of the story and its estimated similarity, when it joined one. */
    readonly match: {
        readonly document: string;
        readonly similarity: number;
    } | null;
}
/**
 * An incremental index of signatures: `add` one document at a time, get its story. A document
 * joins the story of its most similar earlier document when the estimate reaches the threshold;
 * story ids never change as documents arrive.
 */
export declare class NearDuplicateIndex {
    private readonly threshold;
    private readonly sigs;
    private readonly storyOf;
    private readonly buckets;
    constructor(threshold?: number);
    /** Adds a document by its text (or a signature computed earlier) and returns its story. */
    add(document: string, textOrSignature: string | Uint32Array): StoryAssignment;
    story(document: string): string | undefined;
    /** Stories with their documents, in insertion order. */
    stories(): Map<string, string[]>;
}
