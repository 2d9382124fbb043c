export function tokenText(text, tokens, i) {
    return text.slice(tokens.start[i], tokens.end[i]);
}
/** Index of the first token whose end is > offset (binary search); tokens.count when none. */
export function tokenAt(tokens, offset) {
    let lo = 0;
    let hi = tokens.count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((tokens.end[mid] ?? 0) <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=tokens.js.map