export const spanText = (text, span) => text.slice(span.start, span.end);
export const spanLength = (span) => span.end - span.start;
export const overlaps = (a, b) => a.start < b.end && b.start < a.end;
export const contains = (outer, inner) => outer.start <= inner.start && inner.end <= outer.end;
export const compareSpans = (a, b) => a.start - b.start || b.end - a.end;
/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text, span) {
    let { start, end } = span;
    while (start < end && /\s/u.test(text[start] ?? ''))
        start++;
    while (end > start && /\s/u.test(text[end - 1] ?? ''))
        end--;
    return { start, end };
}
//# sourceMappingURL=span.js.map