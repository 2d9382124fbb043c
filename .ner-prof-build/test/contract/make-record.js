import { contentHash } from '../../src/core/hash.js';
const by = (component, rule) => ({ component, rule });
function spanOf(text, needle, from = 0) {
    const start = text.indexOf(needle, from);
    if (start < 0)
        throw new Error(`test record: "${needle}" not in text`);
    return { start, end: start + needle.length };
}
export function makeRecord(spec) {
    const host = spec.hostName ?? 'Aigerim Tulegenova';
    const guest = spec.guestName ?? 'Farid Rahman';
    const hostCountry = spec.hostCountry ?? 'KAZ';
    const guestCountry = spec.guestCountry ?? 'MYS';
    const hostSurname = host.split(' ').at(-1) ?? host;
    const date = spec.date === undefined ? '2025-03-03' : spec.date;
    const category = spec.category ?? 'CONSULT';
    const topics = spec.topics ?? ['legislative', 'trade'];
    const lead = `Senate Speaker ${host} met Ambassador ${guest} in Astana on Monday.`;
    const quoted = 'Our parliaments will work together on trade and transport';
    const quoteSentence = `"${quoted}," ${hostSurname} said.`;
    const text = [lead, quoteSentence, spec.extra ?? ''].join(' ').trim();
    const leadSpan = spanOf(text, lead);
    const hostSpan = spanOf(text, host);
    const guestSpan = spanOf(text, guest);
    const quoteSpan = spanOf(text, quoted);
    const surnameSpan = spanOf(text, hostSurname, quoteSpan.end);
    const cueSpan = spanOf(text, 'said', surnameSpan.end);
    const quoteSentenceSpan = spanOf(text, quoteSentence);
    return {
        id: spec.id,
        date,
        url: spec.url === undefined ? `https://example.org/news/${spec.id}` : spec.url,
        source: spec.source === undefined ? 'Example News' : spec.source,
        title: spec.title === undefined ? `${host} meets ${guest}` : spec.title,
        text,
        meta: { language: 'en' },
        paragraphs: [{ start: 0, end: text.length }],
        sentences: [leadSpan, quoteSentenceSpan],
        tokens: text.split(/\s+/u).length,
        names: [
            { ...hostSpan, type: 'PERSON', by: by('ner', 'model'), text: host },
            { ...guestSpan, type: 'PERSON', by: by('ner', 'model'), text: guest },
            { ...spanOf(text, 'Astana'), type: 'GPE', by: by('ner', 'gazetteer'), text: 'Astana' },
        ],
        dates: date === null ? [] : [{ ...spanOf(text, 'Monday'), text: 'Monday', value: date, precision: 'day', by: by('dates', 'weekday') }],
        entities: [
            {
                id: 'e1',
                type: 'PERSON',
                name: host,
                country: hostCountry,
                sector: 'LEG',
                titles: ['Senate Speaker'],
                roles: [
                    { ...spanOf(text, 'Senate Speaker'), title: 'Senate Speaker', country: hostCountry, sector: 'LEG', institution: 'Senate', qualifiers: [], by: by('roles', 'title-before-name') },
                ],
                honorifics: [],
                mentions: [
                    { ...hostSpan, text: host, kind: 'name', by: by('actors', 'ner-person') },
                    { ...surnameSpan, text: hostSurname, kind: 'name', by: by('coref', 'surname') },
                ],
                by: by('actors', 'person'),
            },
            {
                id: 'e2',
                type: 'PERSON',
                name: guest,
                country: guestCountry,
                sector: 'GOV',
                titles: ['Ambassador'],
                roles: [],
                honorifics: [],
                mentions: [{ ...guestSpan, text: guest, kind: 'name', by: by('actors', 'ner-person') }],
                by: by('actors', 'person'),
            },
        ],
        events: [
            {
                id: `${spec.id}-ev1`,
                event: [category],
                mode: [],
                context: ['diplomatic'],
                date: spec.eventDate === undefined ? date : spec.eventDate,
                date_precision: (spec.eventDate === undefined ? date : spec.eventDate) === null ? null : 'day',
                actor: [{ entity: 'e2', code: guestCountry, sector: 'GOV', entity_text: guest }],
                recipient: [{ entity: 'e1', code: hostCountry, sector: 'LEG', entity_text: host }],
                event_text: ['met'],
                text_info: leadSpan,
                evidence: [leadSpan],
                by: by('events', 'meet-verb'),
            },
        ],
        quotes: [
            {
                ...quoteSpan,
                text: quoted,
                direct: true,
                cue: { ...cueSpan, text: 'said' },
                speaker: { ...surnameSpan, entity: 'e1', name: hostSurname },
                by: by('quotes', 'quote-comma-name-said'),
            },
        ],
        topics,
        topic_scores: Object.fromEntries(topics.map((t, i) => [t, 0.9 - i * 0.1])),
        pipeline: { version: 'test', components: ['hand-made'] },
    };
}
/** The content hash ingest would compute for this record. */
export const hashOf = (record) => contentHash(record.text);
//# sourceMappingURL=make-record.js.map