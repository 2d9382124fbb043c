import { capitalNames, foldKey, normalisePhrase, placeLexicon } from './lexicon.js';
export { normalisePhrase, placeLexicon } from './lexicon.js';
const indexes = new Map();
/** First entry wins: the project's own lexicon is listed before world-countries, so it decides clashes. */
function indexOf(kind) {
    let idx = indexes.get(kind);
    if (idx)
        return idx;
    idx = { exact: new Map(), folded: new Map() };
    for (const e of placeLexicon()[kind]) {
        if (e.caseSensitive) {
            if (!idx.exact.has(e.phrase))
                idx.exact.set(e.phrase, e);
        }
        else if (!idx.folded.has(foldKey(e.phrase)))
            idx.folded.set(foldKey(e.phrase), e);
    }
    indexes.set(kind, idx);
    return idx;
}
/** Drops what a phrase carries around a country name: "the", a possessive "'s", final punctuation. */
function strip(phrase) {
    return normalisePhrase(phrase)
        .replace(/^the\s+/iu, '')
        .replace(/'s?$/u, '')
        .replace(/[,;:]+$/u, '')
        .trim();
}
function lookup(kind, phrase) {
    const idx = indexOf(kind);
    const p = strip(phrase);
    if (!p)
        return null;
    const hit = idx.exact.get(p) ?? idx.exact.get(p.replace(/\.$/u, '')) ?? idx.folded.get(foldKey(p));
    if (hit)
        return hit;
    // "U.S" / "U.S.A" written without a final dot, or a trailing sentence dot after a name
    return idx.exact.get(`${p}.`) ?? idx.folded.get(foldKey(p.replace(/\.$/u, ''))) ?? null;
}
/**
 * The country a phrase names: a country name ("Kazakhstan", "the Kyrgyz Republic"), a short form
 * ("the US", "UK"), a demonym or adjective ("Kazakh", "Malaysian"), a capital or an unambiguous
 * region ("Tatarstan"). Returns the ISO 3166-1 alpha-3 code, or null.
 *
 * @example resolveCountry("Kazakhstan's") // { code: 'KAZ', name: 'Kazakhstan' }
 */
export function resolveCountry(phrase) {
    const e = lookup('countries', phrase);
    return e ? { code: e.code, name: e.name } : null;
}
/**
 * The code of an international organisation (GUIDELINE.md): UNO for the United Nations, EUR for the
 * European Union and its institutions, IGO for other intergovernmental bodies (SCO, CIS, OSCE, …).
 *
 * @example resolveOrganisation('the UN') // { code: 'UNO', name: 'United Nations' }
 */
export function resolveOrganisation(phrase) {
    const e = lookup('organisations', phrase);
    return e ? { code: e.code, name: e.name } : null;
}
let scanner;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/**
 * Every place phrase in `text`, longest match first, at word boundaries ("Kazakh Senate" gives
 * "Kazakh"; "the Russian Federation" gives "Russian Federation"). Organisations come before countries
 * when both match the same words ("European Union" is EUR, not a demonym).
 */
export function scanPlaces(text) {
    // One document is scanned by several rules (titles, default country, entities): keep the last few.
    let found = recent.get(text);
    if (!found) {
        found = scanUncached(text);
        recent.set(text, found);
        if (recent.size > 8)
            recent.delete(recent.keys().next().value);
    }
    return [...found];
}
const recent = new Map();
function scanUncached(text) {
    if (!scanner) {
        const byExact = new Map();
        const byFolded = new Map();
        const lex = placeLexicon();
        for (const e of [...lex.organisations, ...lex.countries]) {
            if (e.caseSensitive) {
                if (!byExact.has(e.phrase))
                    byExact.set(e.phrase, e);
            }
            else if (!byFolded.has(foldKey(e.phrase)))
                byFolded.set(foldKey(e.phrase), e);
        }
        const phrases = [...byExact.keys(), ...[...byFolded.values()].map((e) => e.phrase)]
            .sort((a, b) => b.length - a.length).map(escape).map((p) => p.replace(/'/gu, "['\u2019]").replace(/-/gu, '[-\u2010-\u2015]'));
        // Case-insensitive match, then the case-sensitive entries are checked by hand below.
        scanner = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), byExact, byFolded };
    }
    const out = [];
    const { re, byExact, byFolded } = scanner;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const raw = normalisePhrase(m[0]);
        const e = byExact.get(raw) ?? byFolded.get(foldKey(raw));
        // A case-insensitive hit on a case-sensitive abbreviation ("us") is not a place;
        // a lower-case hit on a capitalised name ("turkey", "china" as common nouns) is not either.
        if (!e || (byFolded.get(foldKey(raw)) === undefined && !byExact.has(raw)))
            continue;
        if (!/\p{Lu}/u.test(raw[0] ?? ''))
            continue;
        out.push({ ...e, start: m.index, end: m.index + m[0].length });
    }
    return out;
}
let demonymCache;
/**
 * Is the phrase a demonym or nationality adjective ("Kazakh", "Malaysian", "Emirati") rather than the
 * name of a place? NORP in OntoNotes terms. world-countries demonyms, else a one-word alias with a
 * nationality ending that is not a country or capital name.
 */
export function isDemonym(phrase) {
    if (!demonymCache) {
        const demonyms = new Set();
        const names = new Set();
        for (const e of placeLexicon().countries) {
            const k = e.phrase.toLowerCase();
            if (e.rule === 'world-countries.demonym')
                demonyms.add(k);
            if (e.rule === 'world-countries.name' || e.rule === 'world-countries.official')
                names.add(k);
        }
        demonymCache = { demonyms, capitals: new Set(capitalNames()), names };
    }
    const k = normalisePhrase(phrase).replace(/^the\s+/iu, '').replace(/'s?$/u, '').toLowerCase();
    if (demonymCache.names.has(k) || demonymCache.capitals.has(k))
        return false;
    if (demonymCache.demonyms.has(k) || demonymCache.demonyms.has(k.replace(/s$/u, '')))
        return true;
    return !/\s/u.test(k) && /(?:ian|ians|ese|ish|i|is|kh|khs|ek|eks|yz|ik|iks|men|ic)$/u.test(k);
}
//# sourceMappingURL=index.js.map