/**
 * Offsets are the coordinate system: every annotation is a half-open range [start, end) of
 * UTF-16 code units into the document's normalised text, i.e. what String.prototype.slice takes.
 */
export interface Span {
    readonly start: number;
    readonly end: number;
}
/** Which component and which rule (or model) produced an annotation, so eval can count per rule. */
export interface Provenance {
    readonly component: string;
    readonly rule: string;
}
export declare const spanText: (text: string, span: Span) => string;
export declare const spanLength: (span: Span) => number;
export declare const overlaps: (a: Span, b: Span) => boolean;
export declare const contains: (outer: Span, inner: Span) => boolean;
export declare const compareSpans: (a: Span, b: Span) => number;
/** Shrinks a span so that it neither starts nor ends with white space. */
export declare function trimSpan(text: string, span: Span): Span;
