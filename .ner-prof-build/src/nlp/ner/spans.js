/** BIO -> spans; an I-X that does not continue an X span starts one (lenient, as conlleval). */
export function bioToSpans(tags) {
    const out = [];
    let start = -1;
    let type = '';
    tags.forEach((t, i) => {
        const ty = t === 'O' || t.length < 3 ? '' : t.slice(2);
        const begins = ty !== '' && (t.startsWith('B-') || ty !== type);
        if (type && (!ty || begins)) {
            out.push({ start, end: i, type });
            type = '';
        }
        if (begins) {
            start = i;
            type = ty;
        }
    });
    if (type)
        out.push({ start, end: tags.length, type });
    return out;
}
//# sourceMappingURL=spans.js.map