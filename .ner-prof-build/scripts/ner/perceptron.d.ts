import type { TokenFeatures } from '../../src/nlp/ner/features.js';
import type { LabelSet } from '../../src/nlp/ner/labels.js';
import type { NerWeights } from '../../src/nlp/ner/model.js';
/**
 * Averaged structured perceptron (Collins 2002) over hashed features, first-order transitions,
 * BIO-constrained Viterbi in training as at run time. Averaging uses the "u" trick (Daumé 2006):
 * u accumulates c * update, and the average is w - u / c, so no per-weight time stamps.
 */
export declare class Perceptron {
    readonly set: LabelSet;
    readonly bits: number;
    readonly L: number;
    readonly w: Float32Array;
    readonly u: Float32Array;
    readonly tw: Float64Array;
    readonly tu: Float64Array;
    readonly sw: Float64Array;
    readonly su: Float64Array;
    c: number;
    private emit;
    constructor(set: LabelSet, bits: number);
    decode(f: TokenFeatures, n: number, out: Int32Array, w?: Float32Array, tw?: ArrayLike<number>, sw?: ArrayLike<number>): void;
    /** One training step; returns whether the prediction was wrong. */
    learn(f: TokenFeatures, gold: Int32Array): boolean;
    /** The averaged weights (w - u / c), as new arrays. */
    averaged(): {
        w: Float32Array;
        tw: Float64Array;
        sw: Float64Array;
    };
}
/**
 * Quantises averaged weights to sparse int16 rows on one shared scale. Entries whose magnitude is
 * below `prune` (a fraction of the largest weight) are dropped: they are mostly features seen once
 * early in training, whose averaged weight is near zero.
 */
export declare function quantise(labels: readonly string[], bits: number, avg: {
    w: Float32Array;
    tw: Float64Array;
    sw: Float64Array;
}, prune?: number): NerWeights;
