import { scanPlaces } from '../countries/index.js';
import { roleLexicon } from './lexicon.js';
import { words, wordEndingAt } from './words.js';
function matchAll(text, ws, m, partialEnd = false) {
    const out = new Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        if (!w?.alpha)
            continue;
        const hit = m.matchAt(text, w.start);
        if (!hit)
            continue;
        const to = wordEndingAt(ws, hit.end);
        // A phrase must end where a word ends ("Amir" is no title in "Amir-Abdollahian"); only honorifics
        // may end before a mark that the words keep apart ("Dato" of "Dato'").
        if (to < 0 && !partialEnd)
            continue;
        const end = to >= 0 ? to : ws.findIndex((x, k) => k >= i && x.end >= hit.end);
        if (end < i)
            continue;
        out[i] = { from: i, to: end + 1, entry: hit.entry, plural: hit.plural };
    }
    return out;
}
export function scanText(text, nameStarts = new Set()) {
    const lex = roleLexicon();
    const ws = words(text);
    const places = new Array(ws.length);
    const inPlace = new Array(ws.length);
    for (const p of scanPlaces(text)) {
        const from = ws.findIndex((w) => w.start === p.start);
        let to = wordEndingAt(ws, p.end);
        // "Kazakhstan’s": the place ends where the possessive starts.
        if (from < 0)
            continue;
        if (to < 0)
            to = ws.findIndex((w, k) => k >= from && w.end >= p.end);
        if (to < from)
            continue;
        const m = { from, to: to + 1, entry: p, plural: false };
        places[from] = m;
        for (let k = from; k <= to; k++)
            inPlace[k] = m;
    }
    // "Muslim League-N": an institution may end inside a hyphenated word.
    const institutions = matchAll(text, ws, lex.institutions, true);
    const inInstitution = new Array(ws.length);
    for (const m of institutions)
        if (m)
            for (let k = m.from; k < m.to; k++)
                inInstitution[k] ??= m;
    return {
        text, words: ws, lex, places, inPlace, institutions, inInstitution, nameStarts,
        heads: matchAll(text, ws, lex.heads),
        qualifiers: matchAll(text, ws, lex.qualifiers),
        honorifics: matchAll(text, ws, lex.honorifics, true),
    };
}
//# sourceMappingURL=scan.js.map