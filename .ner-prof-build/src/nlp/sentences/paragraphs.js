const isBreak = (c) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isBlank = (c) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c
    || c === 0xfeff || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200a);
/**
 * Paragraphs of text[from, to): news text is one line a paragraph, so every line break (one or
 * more) ends a paragraph. Spans exclude surrounding white space; blank lines give none.
 */
export function splitParagraphs(text, from = 0, to = text.length) {
    const out = [];
    let i = from;
    while (i < to) {
        while (i < to && (isBreak(text.charCodeAt(i)) || isBlank(text.charCodeAt(i))))
            i++;
        if (i >= to)
            break;
        const start = i;
        while (i < to && !isBreak(text.charCodeAt(i)))
            i++;
        let end = i;
        while (end > start && isBlank(text.charCodeAt(end - 1)))
            end--;
        out.push({ start, end });
    }
    return out;
}
//# sourceMappingURL=paragraphs.js.map