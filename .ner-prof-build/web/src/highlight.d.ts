/**
 * Turns overlapping annotation spans into flat, non-overlapping segments of the text: each
 * segment knows every fact that covers it. Offsets are UTF-16 code units, as everywhere in
 * Communique (src/core/span.ts), so `text.slice(start, end)` is exactly the annotated text.
 */
export interface Layer {
    /** A fact's key: "ent:e1", "ev:ev2", "quote:0". */
    key: string;
    /** CSS class the segments of this span get. */
    cls: string;
    start: number;
    end: number;
}
export interface Segment {
    start: number;
    end: number;
    layers: Layer[];
}
export declare function segment(text: string, layers: readonly Layer[]): Segment[];
