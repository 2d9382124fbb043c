/** A typed token range [start, end) read off a BIO sequence. */
export interface TagSpan {
    readonly start: number;
    readonly end: number;
    readonly type: string;
}
/** BIO -> spans; an I-X that does not continue an X span starts one (lenient, as conlleval). */
export declare function bioToSpans(tags: readonly string[]): TagSpan[];
