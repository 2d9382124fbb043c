import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';
import { PhraseMatcher } from './phrase-matcher.js';
const read = (file) => JSON.parse(readFileSync(lexiconPath(file), 'utf8'));
let cached;
export function roleLexicon() {
    if (cached)
        return cached;
    const titles = read('titles.json');
    const past = new Set(titles.qualifiers.past);
    const honorifics = [];
    for (const h of read('honorifics.json').honorifics) {
        for (const phrase of h.phrases) {
            // Honorifics are capitalised before a name; matching case keeps "he" and "father" out.
            honorifics.push(h.country ? { id: h.id, phrase, caseSensitive: true, country: h.country } : { id: h.id, phrase, caseSensitive: true });
        }
    }
    const institutions = [];
    for (const inst of read('institutions.json').institutions) {
        for (const phrase of inst.phrases) {
            // Matched as written: the lexicon lists lower-case forms ("parliament") where they occur in titles.
            institutions.push({ id: inst.id, phrase, country: inst.country, sector: inst.sector, caseSensitive: true });
        }
    }
    cached = {
        heads: new PhraseMatcher(titles.heads.map((h) => ({ ...h, plural: !h.caseSensitive && !h.verbal }))),
        qualifiers: new PhraseMatcher(titles.qualifiers.words.map((w) => ({ id: `q-${w}`, phrase: w, past: past.has(w) }))),
        honorifics: new PhraseMatcher(honorifics),
        institutions: new PhraseMatcher(institutions),
        qualifierWords: new Set(titles.qualifiers.words.flatMap((w) => w.toLowerCase().split(/[\s-]+/u)).filter(Boolean)),
        pastQualifiers: past,
        modifiers: new Set(titles.modifiers.words.map((w) => w.toLowerCase())),
        vocabulary: new Set(titles.vocabulary.words),
        sectorRank: read('sectors.json').rank,
    };
    return cached;
}
//# sourceMappingURL=lexicon.js.map