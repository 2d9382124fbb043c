/** Paragraphs: the analysis' own, else one per non-empty line. */
function paragraphsOf(a) {
    if (a.paragraphs.length)
        return a.paragraphs;
    const out = [];
    for (const m of a.text.matchAll(/[^\n]+/g)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].trimEnd().length;
        if (end > start)
            out.push({ start, end });
    }
    return out;
}
// Words after which a full stop does not end a sentence (fallback splitter only).
const NO_BREAK = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|[A-Z])\.$/u;
/** A plain splitter used only when the sentence component has not run (tests, partial pipelines). */
function splitSentences(text, p, paragraph) {
    const out = [];
    let start = p.start;
    const re = /[.!?…]+["”’»)]*(?=\s+["“‘«(]?[\p{Lu}\p{N}])/gu;
    const chunk = text.slice(p.start, p.end);
    for (const m of chunk.matchAll(re)) {
        const end = p.start + m.index + m[0].length;
        if (NO_BREAK.test(text.slice(Math.max(start, end - 12), end)))
            continue;
        out.push({ start, end, paragraph });
        start = end;
        while (start < p.end && /\s/u.test(text[start] ?? ''))
            start++;
    }
    if (start < p.end)
        out.push({ start, end: p.end, paragraph });
    return out;
}
export function textUnits(a) {
    const paragraphs = paragraphsOf(a);
    if (a.sentences.length) {
        return { paragraphs, sentences: a.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })) };
    }
    return { paragraphs, sentences: paragraphs.flatMap((p, i) => splitSentences(a.text, p, i)) };
}
/** Index of the sentence that holds offset, or -1. */
export function sentenceAt(sentences, offset) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const s = sentences[mid];
        if (offset < s.start)
            hi = mid - 1;
        else if (offset >= s.end)
            lo = mid + 1;
        else
            return mid;
    }
    // Offsets in the white space between sentences belong to the next one.
    return lo < sentences.length ? lo : -1;
}
//# sourceMappingURL=text-units.js.map