/** Builds O, B-T, I-T for each type, in the order given. */
export function bioLabels(types) {
    const out = ['O'];
    for (const t of types)
        out.push(`B-${t}`, `I-${t}`);
    return out;
}
export const labelType = (label) => (label === 'O' ? null : label.slice(2));
/** BIO constraints: I-X may only follow B-X or I-X (it never follows O or another type). */
export function labelSet(labels) {
    const n = labels.length;
    const allowed = new Uint8Array(n * n);
    const startAllowed = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
        const next = labels[j] ?? 'O';
        startAllowed[j] = next.startsWith('I-') ? 0 : 1;
        for (let i = 0; i < n; i++) {
            const prev = labels[i] ?? 'O';
            allowed[i * n + j] = !next.startsWith('I-') || (prev !== 'O' && prev.slice(2) === next.slice(2)) ? 1 : 0;
        }
    }
    const predStart = new Int32Array(n + 1);
    const preds = [];
    for (let j = 0; j < n; j++) {
        predStart[j] = preds.length;
        for (let i = 0; i < n; i++)
            if (allowed[i * n + j])
                preds.push(i);
    }
    predStart[n] = preds.length;
    return { labels, count: n, allowed, startAllowed, preds: Int32Array.from(preds), predStart };
}
/** IOB1 (CoNLL-2003: I-X starts a span unless it continues one of the same type) to BIO. */
export function iob1ToBio(tags) {
    const out = [];
    let prevType = null;
    for (const t of tags) {
        if (t === 'O' || !t.includes('-')) {
            out.push('O');
            prevType = null;
            continue;
        }
        const type = t.slice(2);
        out.push(t.startsWith('B-') || prevType !== type ? `B-${type}` : `I-${type}`);
        prevType = type;
    }
    return out;
}
/**
 * OntoNotes types -> CoNLL-2003 types (CoNLL-2003 guidelines: LOC covers countries, cities,
 * facilities' geographic sense; MISC covers nationalities, events, works, laws, languages).
 * Numeric and temporal types have no CoNLL counterpart and become O.
 */
export const ONTONOTES_TO_CONLL = {
    PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC',
    NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC',
    DATE: null, TIME: null, PERCENT: null, MONEY: null, QUANTITY: null, ORDINAL: null, CARDINAL: null,
};
/** Maps a BIO sequence to CoNLL types, keeping it valid BIO (a dropped span leaves O). */
export function mapToConll(tags) {
    const out = [];
    for (const t of tags) {
        const type = labelType(t);
        const mapped = type === null ? null : (type in ONTONOTES_TO_CONLL ? ONTONOTES_TO_CONLL[type] : type) ?? null;
        if (mapped === null) {
            out.push('O');
            continue;
        }
        const prev = out[out.length - 1];
        const continues = t.startsWith('I-') && prev !== undefined && prev !== 'O' && prev.slice(2) === mapped;
        out.push(`${continues ? 'I' : 'B'}-${mapped}`);
    }
    return out;
}
//# sourceMappingURL=labels.js.map