/** Qualifiers that mark a role as no longer held (lexicons/titles.json "past" qualifiers). */
const PAST = /\b(?:former|late|ex|then|outgoing|previous)\b/iu;
/** Provenance of a country taken from the article rather than the person (src/nlp/actors: `country:article-default`). */
const INFERRED_COUNTRY = /\bcountry:(?:article-default|default|dominant|dateline|source-\w+)\b/u;
/** A document's entity key, unique across documents. */
export const entityKey = (document, entity) => `${document}#${entity}`;
function firstNameMention(e) {
    const m = e.mentions.find((x) => x.kind === 'name') ?? e.mentions[0];
    return m ? { start: m.start, end: m.end } : null;
}
/** The person entities of a document record, as observations. */
export function personObservations(record) {
    return record.entities.filter((e) => e.type === 'PERSON' && e.name.trim()).map((e) => ({
        document: record.id,
        entity: e.id,
        date: record.date,
        name: e.name,
        country: e.country,
        countryInferred: INFERRED_COUNTRY.test(e.by.rule),
        sector: e.sector === 'UNK' ? null : e.sector,
        titles: [...e.titles],
        roles: (e.roles ?? []).map((r) => ({
            start: r.start, end: r.end, title: r.title, institution: r.institution, country: r.country ?? e.country, sector: r.sector,
            past: r.qualifiers.some((q) => PAST.test(q)) || PAST.test(r.title),
        })),
        evidence: firstNameMention(e),
    }));
}
/** The organisation entities of a document record, as observations. */
export function organisationObservations(record) {
    return record.entities.filter((e) => e.type === 'ORG' && e.name.trim()).map((e) => ({
        document: record.id, entity: e.id, date: record.date, name: e.name, country: e.country, evidence: firstNameMention(e),
    }));
}
//# sourceMappingURL=observations.js.map