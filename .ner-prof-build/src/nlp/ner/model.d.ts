import { FeatureExtractor, type DocumentHints, type FeatureResources } from './features.js';
import { type LabelSet } from './labels.js';
/**
 * The shipped tagger: sparse int16 weight rows per hashed feature (only the labels a feature
 * votes for), int32 transition scores on the same scale, and BIO-constrained Viterbi. Scores are
 * summed in integers; the scale only matters for reading them.
 */
export interface NerWeights {
    readonly labels: readonly string[];
    readonly bits: number;
    /** Sorted feature buckets that have a row. */
    readonly buckets: Uint32Array;
    /** Row r's entries are rowPtr[r] .. rowPtr[r + 1]: label labelOf[k], weight values[k]. */
    readonly rowPtr: Uint32Array;
    readonly labelOf: Uint8Array;
    readonly values: Int16Array;
    readonly trans: Int32Array;
    readonly start: Int32Array;
    readonly scale: number;
}
export interface NerModelInfo {
    readonly name: string;
    readonly version: string;
    /** Tag twice, the second pass seeing what the first found elsewhere in the document. */
    readonly twoPass: boolean;
}
export declare class NerModel {
    readonly info: NerModelInfo;
    readonly weights: NerWeights;
    readonly resources: FeatureResources;
    readonly set: LabelSet;
    readonly extractor: FeatureExtractor;
    /**
     * bucket -> its weights, 4 int32 per bucket: [count, e1, e2, e3] with up to three entries inline,
     * else [count, offset into `overflow`]. An entry packs label << 16 | int16 weight. Tagging is
     * bound by memory latency, not arithmetic: one cache line per feature instead of four lookups
     * (index, row pointer, labels, values) took emission scoring from ~70k to well over 100k tokens/s.
     */
    private readonly slots;
    private readonly overflow;
    private emit;
    constructor(info: NerModelInfo, weights: NerWeights, resources: FeatureResources);
    get labels(): readonly string[];
    /** Label indices for one sentence. */
    tagIndices(words: readonly string[], hints?: DocumentHints): Int32Array;
    tagSentence(words: readonly string[], hints?: DocumentHints): string[];
    /** Tags a document's sentences; with twoPass, a second pass reads the first pass's findings. */
    tagDocument(sentences: readonly (readonly string[])[]): string[][];
}
/**
 * Document hints (Ratinov & Roth 2009, "prediction history"): for each capitalised token, the entity
 * type most often predicted for the same word elsewhere in the document (1 + type index among
 * the labels' types), 0 when none. The token's own prediction is not counted.
 */
export declare function documentHints(sentences: readonly (readonly string[])[], predicted: readonly Int32Array[], labels: readonly string[]): Int32Array[];
