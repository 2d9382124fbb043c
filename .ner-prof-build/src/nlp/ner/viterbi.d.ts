import type { LabelSet } from './labels.js';
export declare function viterbi(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>, start: ArrayLike<number>, set: LabelSet, out: Int32Array): void;
