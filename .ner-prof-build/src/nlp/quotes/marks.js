// English, French/Russian, German/Polish, and single-mark conventions. A „ quotation closes with “
// (German) or ” (Polish, and English-language wires that copy it).
// Typewriter archives (the NYT's among them) write a double quotation mark as two apostrophes.
const PAIRS = [
    // Mixed marks (a curly opening closed by a straight mark) are common in copy-edited wires.
    { style: 'curly', opener: '“', closers: ['”', '"'] },
    { style: 'guillemets', opener: '«', closers: ['»'] },
    { style: 'low-high', opener: '„', closers: ['“', '”'] },
    { style: 'single-guillemets', opener: '‹', closers: ['›'] },
    { style: 'double-apostrophe', opener: "''", closers: ["''"] },
    { style: 'single', opener: '‘', closers: ['’'] },
    { style: 'straight', opener: '"', closers: ['"'] },
];
const isLetter = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A mark opens a quotation only at a word start: not after a letter (so 5" or O'Neill's are not openers). */
function canOpen(text, i, pair) {
    if (!text.startsWith(pair.opener, i))
        return false;
    if (isLetter(text[i - 1]) && pair.style !== 'guillemets')
        return false;
    const next = text[i + pair.opener.length];
    return next !== undefined && !/\s/u.test(next);
}
/** ’ also writes the apostrophe: it closes only when no letter follows it (not "Russia’s"). */
function canClose(text, i, pair, mark) {
    if (pair.style === 'single' || pair.style === 'straight' || pair.style === 'double-apostrophe') {
        if (isLetter(text[i + mark.length]))
            return false;
        if (/\s/u.test(text[i - 1] ?? ' '))
            return false;
    }
    return true;
}
/** Offset and length of the closing mark, or null. */
function findClose(text, from, limit, pair) {
    for (let i = from; i < limit; i++) {
        const mark = pair.closers.find((c) => text.startsWith(c, i));
        if (mark && canClose(text, i, pair, mark))
            return { at: i, len: mark.length };
    }
    return null;
}
/**
 * Quotation passages of a text, paragraph by paragraph. A quotation left open at a paragraph's
 * end continues when the next paragraph starts with an opening mark (the newswire convention for
 * multi-paragraph quotations); otherwise it ends with its paragraph.
 */
export function findMarkedPassages(text, paragraphs) {
    const out = [];
    let p = 0;
    let i = paragraphs[0]?.start ?? 0;
    while (p < paragraphs.length) {
        const para = paragraphs[p];
        if (i < para.start)
            i = para.start;
        if (i >= para.end) {
            p++;
            continue;
        }
        const pair = PAIRS.find((x) => canOpen(text, i, x));
        if (!pair) {
            i++;
            continue;
        }
        const open = i;
        const body = i + pair.opener.length;
        let close = findClose(text, body, para.end, pair);
        let q = p;
        // Continue over paragraphs that reopen the quotation.
        while (!close && q + 1 < paragraphs.length && text.startsWith(pair.opener, paragraphs[q + 1].start)) {
            q++;
            close = findClose(text, paragraphs[q].start + pair.opener.length, paragraphs[q].end, pair);
        }
        const end = close ? close.at : paragraphs[q].end;
        const after = close ? close.at + close.len : end;
        if (end > body) {
            out.push({ open, close: after, start: body, end, style: pair.style, multiParagraph: q > p, unclosed: !close });
        }
        p = q;
        i = after;
    }
    return out;
}
/** Words in a passage, to tell quotations from scare quotes and titles. */
export const wordCount = (s) => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
//# sourceMappingURL=marks.js.map