import { isDemonym, resolveCountry, resolveOrganisation, scanPlaces } from '../countries/index.js';
import { foldKey } from '../countries/lexicon.js';
const COMPONENT = 'actors';
const NON_PERSON = new Set(['ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
/** Country or organisation code of an organisation name: the body itself, else a place inside it ("Kazakh Senate"). */
export function organisationCode(name) {
    const org = resolveOrganisation(name);
    if (org)
        return org.code;
    const inside = scanPlaces(name);
    const body = inside.find((p) => p.kind === 'organisation') ?? inside[0];
    return body?.code ?? null;
}
/**
 * ORG, GPE, NORP, LOC and FAC entities: NER spans of those types, and places and organisations from
 * the lexicons where NER has none; merged per document by country code (places) or normalised name.
 */
export function otherEntities(text, names, personSpans) {
    const byKey = new Map();
    const overlapsPerson = (s, e) => personSpans.some((p) => p.start < e && s < p.end);
    const covered = [];
    const add = (type, start, end, rule, component) => {
        const raw = text.slice(start, end).replace(/['’]s$/u, '');
        const mentionEnd = start + raw.length;
        let code = null;
        let name = raw.replace(/^the\s+/iu, '');
        if (type === 'GPE' || type === 'NORP' || type === 'LOC') {
            const c = resolveCountry(raw);
            if (c) {
                code = c.code;
                if (type === 'GPE')
                    name = c.name;
            }
            else {
                const org = resolveOrganisation(raw);
                if (org) {
                    code = org.code;
                }
            }
        }
        else if (type === 'ORG') {
            code = organisationCode(raw);
        }
        const key = `${type}:${(type === 'GPE' || type === 'NORP') && code ? code : foldKey(name)}`;
        let e = byKey.get(key);
        if (!e) {
            e = { type, name, country: code, sector: null, titles: [], roles: [], honorifics: [], mentions: [], by: { component, rule } };
            byKey.set(key, e);
        }
        else if (name.length > e.name.length && type !== 'GPE')
            e.name = name;
        e.mentions.push({ start, end: mentionEnd, text: text.slice(start, mentionEnd), kind: 'name', by: { component, rule } });
        covered.push({ start, end });
    };
    for (const n of names) {
        if (!NON_PERSON.has(n.type) || overlapsPerson(n.start, n.end))
            continue;
        add(n.type, n.start, n.end, n.by.rule, n.by.component);
    }
    for (const p of scanPlaces(text)) {
        if (covered.some((c) => c.start < p.end && p.start < c.end) || overlapsPerson(p.start, p.end))
            continue;
        const type = p.kind === 'organisation' ? 'ORG' : isDemonym(p.phrase) ? 'NORP' : 'GPE';
        add(type, p.start, p.end, `lexicon:${p.rule}`, COMPONENT);
    }
    const out = [...byKey.values()];
    for (const e of out)
        e.mentions.sort((a, b) => a.start - b.start);
    return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
//# sourceMappingURL=other-entities.js.map