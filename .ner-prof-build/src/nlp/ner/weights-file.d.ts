import type { NerWeights } from './model.js';
export declare function encodeWeights(w: NerWeights): Buffer;
/** Throws a plain Error on a malformed file; the loader turns it into MODEL_INVALID. */
export declare function decodeWeights(file: Uint8Array, labels: readonly string[]): NerWeights;
