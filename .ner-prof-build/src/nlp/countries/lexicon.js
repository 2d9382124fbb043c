import { readFileSync } from 'node:fs';
import worldCountries from 'world-countries';
import { lexiconPath } from '../../core/paths.js';
/** Lower-cased capital cities (world-countries), to tell "Tbilisi" from a demonym. */
export function capitalNames() {
    return countries.flatMap((c) => c.capital.map((x) => x.toLowerCase()));
}
/** Apostrophes and dashes unified, so "People’s" and "People's" are one key. */
export const normalisePhrase = (s) => s.normalize('NFC').replace(/[\u2018\u2019\u02bc`]/gu, "'").replace(/[\u2010-\u2015]/gu, '-').replace(/\s+/gu, ' ').trim();
export const foldKey = (s) => normalisePhrase(s).toLowerCase();
// world-countries is CommonJS with an ESM default export; TypeScript (NodeNext) types the default
// import as the module, Node gives the array. Accept either shape.
const countries = (worldCountries.default ?? worldCountries);
let cache;
function readJson(file) {
    return JSON.parse(readFileSync(lexiconPath(file), 'utf8'));
}
/** Every phrase we know for a country, a region of one, or an international organisation. */
export function placeLexicon() {
    if (cache)
        return cache;
    const names = new Map();
    const out = [];
    const add = (phrase, code, kind, rule, caseSensitive) => {
        // "the Netherlands": the article is not part of the name, and a title's "to the" must stay outside it.
        const p = normalisePhrase(phrase).replace(/^the\s+/iu, '');
        if (!p)
            return;
        out.push({ phrase: p, code, name: names.get(code) ?? code, kind, rule, caseSensitive });
    };
    for (const c of countries)
        names.set(c.cca3, c.name.common);
    const file = readJson('countries.json');
    for (const [code, list] of Object.entries(file.abbreviations))
        for (const p of list)
            add(p, code, 'country', 'countries.abbreviation', true);
    for (const [code, list] of Object.entries(file.aliases))
        for (const p of list)
            add(p, code, 'country', 'countries.alias', false);
    // world-countries: names, official names, English demonyms; altSpellings only when they read as words
    // (two-letter codes like "KZ" would match ordinary tokens).
    for (const c of countries) {
        add(c.name.common, c.cca3, 'country', 'world-countries.name', false);
        add(c.name.official, c.cca3, 'country', 'world-countries.official', false);
        const dem = c.demonyms?.['eng'];
        if (dem) {
            add(dem.m, c.cca3, 'country', 'world-countries.demonym', false);
            add(dem.f, c.cca3, 'country', 'world-countries.demonym', false);
        }
        for (const alt of c.altSpellings) {
            if (alt.length >= 4 && /^[\p{Lu}][\p{L}' .-]+$/u.test(alt) && alt !== alt.toUpperCase())
                add(alt, c.cca3, 'country', 'world-countries.alt', false);
        }
    }
    for (const [code, list] of Object.entries(file.regions)) {
        if (Array.isArray(list))
            for (const p of list)
                add(p, code, 'region', 'countries.region', false);
    }
    const orgs = [];
    for (const o of readJson('organisations.json').organisations) {
        for (const p of o.abbreviations)
            orgs.push({ phrase: normalisePhrase(p), code: o.code, name: o.name, kind: 'organisation', rule: o.id, caseSensitive: true });
        for (const p of [o.name, ...o.aliases])
            orgs.push({ phrase: normalisePhrase(p), code: o.code, name: o.name, kind: 'organisation', rule: o.id, caseSensitive: false });
    }
    cache = { countries: out, organisations: orgs, names };
    return cache;
}
//# sourceMappingURL=lexicon.js.map