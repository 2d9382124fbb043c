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

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

export const spanLength = (span: Span): number => span.end - span.start;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const compareSpans = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
