export function person(id, p, text) {
    const at = Math.max(0, text.indexOf(p.name));
    return {
        id, type: 'PERSON', name: p.name, country: p.country ?? null, sector: p.sector ?? null, titles: p.titles ?? [],
        roles: (p.titles ?? []).map((title) => ({
            start: Math.max(0, text.indexOf(title)), end: Math.max(0, text.indexOf(title)) + title.length, title,
            country: p.country ?? null, sector: p.sector ?? null, institution: null, qualifiers: /former/i.test(title) ? ['former'] : [],
            by: { component: 'test', rule: 'test' },
        })),
        honorifics: [],
        mentions: [{ start: at, end: at + p.name.length, text: p.name, kind: 'name', by: { component: 'test', rule: 'test' } }],
        by: { component: 'actors', rule: `country:${p.inferred ? 'article-default' : 'role'};sector:role` },
    };
}
/** A record with the given persons (ids e1, e2, … in order) and events over them. */
export function record(id, date, persons, events = [], topics = []) {
    const text = persons.map((p) => `${(p.titles ?? [])[0] ?? ''} ${p.name} spoke.`).join(' ');
    const entities = persons.map((p, i) => person(`e${i + 1}`, p, text));
    const part = (x) => {
        if (typeof x !== 'string')
            return { code: x.code, sector: x.sector ?? 'GOV', entity_text: x.code };
        const i = persons.findIndex((p) => p.name === x);
        const p = persons[i];
        return { entity: `e${i + 1}`, code: p.country ?? null, sector: p.sector ?? null, entity_text: p.name };
    };
    const evs = events.map((e, i) => ({
        id: `${id}-ev${i + 1}`, event: [e.category], mode: e.mode ?? [], context: [], date: e.date === undefined ? date : e.date,
        date_precision: 'day', actor: e.actor.map(part), recipient: (e.recipient ?? []).map(part), event_text: [],
        text_info: { start: 0, end: Math.min(20, text.length) }, evidence: [{ start: 0, end: Math.min(20, text.length) }],
        by: { component: 'test', rule: 'test' },
    }));
    return {
        id, date, url: null, source: null, title: null, text, meta: {}, paragraphs: [], sentences: [], tokens: 0, names: [], dates: [],
        entities, events: evs, quotes: [], topics, topic_scores: {}, pipeline: { version: 'test', components: [] },
    };
}
//# sourceMappingURL=build-records.js.map