import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './split.js';
export { splitParagraphs } from './paragraphs.js';
export { splitSentences, decideBoundary } from './split.js';
/**
 * Index of the sentence that holds the character offset, or -1 when it falls between sentences
 * (white space, a dateline). Binary search: sentences are sorted and disjoint.
 */
export function sentenceIndexAt(sentences, offset) {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sentences[mid]?.end ?? 0) <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    const s = sentences[lo];
    return s && s.start <= offset ? lo : -1;
}
/**
 * Where the text proper starts after a dateline ending at `end`: past the white space and any
 * separator the dateline span left behind ("ASTANA. KAZINFORM –", "ASTANA (Reuters) -").
 */
export function textStart(text, end) {
    let i = Math.min(Math.max(end, 0), text.length);
    if (i === 0)
        return 0;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const separator = c === 0x2d || (c >= 0x2012 && c <= 0x2015) || c === 0x3a || c === 0x2c || c === 0x2e;
        if (!separator && !/\s/u.test(text.charAt(i)))
            break;
    }
    return i;
}
/**
 * Provides 'paragraphs' and 'sentences'. The dateline ("ASTANA. KAZINFORM –"), when ingest found
 * one, is metadata: paragraphs and sentences start after it.
 */
export function sentencesComponent() {
    return {
        name: 'sentences',
        needs: ['tokens'],
        provides: ['paragraphs', 'sentences'],
        run: (a) => {
            const from = textStart(a.text, a.doc.meta.dateline?.end ?? 0);
            a.paragraphs = splitParagraphs(a.text, from);
            a.sentences = splitSentences(a.text, a.tokens, a.paragraphs);
        },
    };
}
//# sourceMappingURL=index.js.map