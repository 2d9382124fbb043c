import { readFileSync } from 'node:fs';
import { conllDocuments, parseConll } from '../../src/nlp/ner/conll.js';
import { iob1ToBio } from '../../src/nlp/ner/labels.js';
/** Reads OntoNotes .bio (already BIO) or CoNLL-2003 (IOB1, converted to BIO). */
export function readLabelled(path, scheme) {
    const docs = conllDocuments(parseConll(readFileSync(path, 'utf8'), path));
    return docs.map((d) => ({
        sentences: d.sentences.map((s) => ({ words: s.words, tags: scheme === 'iob1' ? iob1ToBio(s.tags) : s.tags })),
    }));
}
/** Entity spans "start:end:type" of a BIO sequence (as conlleval counts them). */
export function bioSpans(tags) {
    const out = [];
    let start = -1;
    let type = '';
    tags.forEach((t, i) => {
        const ty = t === 'O' ? '' : t.slice(2);
        const begins = ty !== '' && (t.startsWith('B-') || ty !== type);
        if (type && (!ty || begins)) {
            out.push(`${start}:${i}:${type}`);
            type = '';
        }
        if (begins) {
            start = i;
            type = ty;
        }
    });
    if (type)
        out.push(`${start}:${tags.length}:${type}`);
    return out;
}
export function addCounts(acc, gold, pred) {
    const g = new Set(bioSpans(gold));
    const p = new Set(bioSpans(pred));
    const bump = (s, k) => {
        const ty = s.split(':')[2] ?? '';
        const r = acc.get(ty) ?? { tp: 0, fp: 0, fn: 0 };
        r[k]++;
        acc.set(ty, r);
    };
    for (const s of p)
        bump(s, g.has(s) ? 'tp' : 'fp');
    for (const s of g)
        if (!p.has(s))
            bump(s, 'fn');
}
export function f1(acc) {
    let tp = 0, fp = 0, fn = 0;
    for (const r of acc.values()) {
        tp += r.tp;
        fp += r.fp;
        fn += r.fn;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
}
//# sourceMappingURL=data.js.map