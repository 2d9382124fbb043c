export interface FloatWeights {
    w: Float32Array;
    tw: Float64Array;
    sw: Float64Array;
}
/** Raw dump of averaged float weights: lengths (3 x uint32), then w (f32), tw and sw (f64). */
export declare function writeFloatDump(path: string, f: FloatWeights): void;
export declare function readFloatDump(path: string): FloatWeights;
