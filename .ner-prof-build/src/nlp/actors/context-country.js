import { scanPlaces } from '../countries/index.js';
/** Context rules for people whose roles name no country, as data (tried before the article default). */
export const CONTEXT_COUNTRY_RULES = [
    { id: 'delegation', says: 'named in a sentence about "the U.S. delegation" / "the Kazakh parliamentary delegation": a member of it' },
    { id: 'accompanied-by', says: 'named after "accompanied by" / "joined by": of the country of the person named before the cue' },
];
const DELEGATION = /^\s+(?:\p{L}+\s+){0,2}?delegation/iu;
const ACCOMPANIED = /\b(?:accompanied|joined)\s+by\b/iu;
export function contextCountry(text, c, people, sentences, sentenceOf, countryFromRoles) {
    for (const m of c.mentions) {
        if (m.kind !== 'name')
            continue;
        const s = sentences[sentenceOf(m.start)];
        if (!s)
            continue;
        const before = text.slice(s.start, m.start);
        for (const p of scanPlaces(before)) {
            if (p.kind === 'organisation')
                continue;
            if (DELEGATION.test(before.slice(p.end)))
                return { code: p.code, rule: 'delegation' };
        }
        const cue = ACCOMPANIED.exec(before);
        if (!cue)
            continue;
        const cueAt = s.start + cue.index;
        for (const other of people) {
            if (other === c)
                continue;
            if (!other.mentions.some((x) => x.kind === 'name' && x.start >= s.start && x.start < cueAt))
                continue;
            const code = countryFromRoles(other);
            if (code)
                return { code, rule: 'accompanied-by' };
        }
    }
    return null;
}
//# sourceMappingURL=context-country.js.map