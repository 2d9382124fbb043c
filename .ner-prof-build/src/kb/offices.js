import { readFileSync } from 'node:fs';
import { lexiconPath } from '../core/paths.js';
import { fold, slug } from './text-fold.js';
let institutions;
/** Institution lexicon ids ("inst-state-duma") and their phrases (lexicons/institutions.json). */
function institutionLexicon() {
    if (!institutions) {
        const file = JSON.parse(readFileSync(lexiconPath('institutions.json'), 'utf8'));
        institutions = new Map(file.institutions.map((i) => [i.id, i]));
    }
    return institutions;
}
/** An institution's name: the lexicon phrase the title uses ("Federation Council"), else its first phrase, else the value as given. */
export function institutionName(institution, title) {
    if (!institution)
        return null;
    const entry = institutionLexicon().get(institution);
    if (!entry)
        return institution;
    const t = fold(title);
    return [...entry.phrases].sort((a, b) => b.length - a.length).find((p) => t.includes(fold(p))) ?? entry.phrases[0] ?? institution;
}
/** Words that do not change which office a title names: determiners, qualifiers of time, country adjectives are kept. */
const TITLE_NOISE = /\b(?:the|of|former|late|ex|then|current|newly|appointed|elected|acting)\b/gu;
/** The key two wordings of one office share: folded title words without noise, plus institution and country. */
export function officeKey(title, institution, country) {
    const words = fold(title).replace(/['’]s\b/gu, '').replace(TITLE_NOISE, ' ').match(/\p{L}+/gu) ?? [];
    return [words.join('-'), institution ?? '', country ?? ''].join('|');
}
/** The offices of resolved persons, one per (person, office), with dates and evidence. */
export function observedOffices(persons) {
    const out = [];
    for (const p of persons) {
        const byKey = new Map();
        for (const s of p.sightings) {
            // Roles carry spans and institutions; a sighting with titles but no roles still names offices.
            const roles = s.roles.length
                ? s.roles
                : s.titles.map((title) => ({ title, institution: null, country: s.country, sector: s.sector, past: false, start: -1, end: -1 }));
            for (const r of roles) {
                const institution = institutionName(r.institution, r.title);
                const country = r.country ?? s.country;
                const key = officeKey(r.title, r.institution, country);
                let office = byKey.get(key);
                if (!office) {
                    office = {
                        id: `${p.id}/${slug(r.title)}${country ? '-' + country.toLowerCase() : ''}`, person: p.id, title: r.title, otherTitles: [],
                        institution, country, sector: r.sector, firstSeen: null, lastSeen: null, past: false, evidence: [],
                    };
                    byKey.set(key, office);
                    out.push(office);
                }
                else if (r.title !== office.title && !office.otherTitles.includes(r.title))
                    office.otherTitles.push(r.title);
                office.past ||= r.past;
                if (s.date) {
                    if (!office.firstSeen || s.date < office.firstSeen)
                        office.firstSeen = s.date;
                    if (!office.lastSeen || s.date > office.lastSeen)
                        office.lastSeen = s.date;
                }
                if (r.start >= 0)
                    office.evidence.push({ document: s.document, start: r.start, end: r.end });
                else if (s.evidence)
                    office.evidence.push({ document: s.document, ...s.evidence });
            }
        }
    }
    return out;
}
//# sourceMappingURL=offices.js.map