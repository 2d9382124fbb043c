const toEntity = (p) => ({
    code: p.code,
    sector: p.sector,
    entity_text: p.entity_text,
    ...(p.entity !== undefined ? { identifier_id: p.entity } : {}),
});
/** Index of the sentence that holds a span (manual: textInfo "sequence"), -1 when none does. */
function sentenceIndex(record, start) {
    return record.sentences.findIndex((s) => s.start <= start && start < s.end);
}
/**
 * PLOVER date: "YYYY-MM-DD" is required (manual Table 6.1). An event known only to the month or
 * year keeps its partial date: the manual leaves precision to the provider, and padding would
 * invent a day. An event with no date at all cannot be a PLOVER row (see toPloverRows).
 */
function ploverDate(e, record) {
    return e.date ?? record.date ?? null;
}
export function toPloverRow(record, e) {
    return {
        id: e.id,
        date: ploverDate(e, record) ?? '',
        actor: e.actor.map(toEntity),
        recipient: e.recipient.map(toEntity),
        event: [...e.event],
        mode: [...e.mode],
        context: [...e.context],
        event_text: [...e.event_text],
        text_info: { sequence: sentenceIndex(record, e.text_info.start), start: e.text_info.start, end: e.text_info.end },
        cite_info: { corpus: record.source, citation: record.id, url: record.url },
    };
}
/**
 * One PLOVER row per event of the document. Events without a date or an actor are left out: the
 * manual requires both (Table 6.1), and the document record keeps them for people to read.
 */
export function toPloverRows(record) {
    return record.events.filter((e) => ploverDate(e, record) !== null && e.actor.length > 0).map((e) => toPloverRow(record, e));
}
/** The rows as JSONL, one event a line (PLOVER manual: "newline-delimited JSON"). */
export function toPloverJsonl(record) {
    return toPloverRows(record).map((r) => JSON.stringify(r) + '\n').join('');
}
/** The sixteen PLOVER event categories (PLOVER manual, chapter 2). */
export const PLOVER_CATEGORIES = new Set([
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const ENTITY_CODE = /^(?:[A-Z]{3}|[A-Z]{3}[A-Z]{3})$/u;
/**
 * Checks a row against the PLOVER manual's required fields (Table 6.1: id, date, actor, event are
 * required) and the shapes of the optional ones we write. Returns the problems; [] when valid.
 */
export function validatePloverRow(row) {
    const problems = [];
    const add = (field, message) => { problems.push({ field, message }); };
    if (typeof row !== 'object' || row === null)
        return [{ field: '', message: `expected an object, got ${row === null ? 'null' : typeof row}` }];
    const r = row;
    if (typeof r.id !== 'string' || !r.id)
        add('id', 'required: a non-empty identifier');
    if (typeof r.date !== 'string' || !DATE.test(r.date))
        add('date', `required: YYYY-MM-DD (or YYYY-MM / YYYY when only that is known), got ${JSON.stringify(r.date)}`);
    if (!Array.isArray(r.actor) || r.actor.length === 0)
        add('actor', 'required: a non-empty list of entity objects');
    const entities = (field, v) => {
        if (v === undefined)
            return;
        if (!Array.isArray(v)) {
            add(field, 'expected a list of entity objects');
            return;
        }
        v.forEach((e, i) => {
            if (typeof e !== 'object' || e === null) {
                add(`${field}[${i}]`, 'expected an entity object');
                return;
            }
            const code = e.code;
            if (code !== null && (typeof code !== 'string' || !ENTITY_CODE.test(code)))
                add(`${field}[${i}].code`, `expected a 3-letter code or null, got ${JSON.stringify(code)}`);
        });
    };
    entities('actor', r.actor);
    entities('recipient', r.recipient);
    if (!Array.isArray(r.event) || r.event.length === 0)
        add('event', 'required: a non-empty list of event categories');
    else
        for (const c of r.event)
            if (!PLOVER_CATEGORIES.has(String(c)))
                add('event', `unknown PLOVER category ${JSON.stringify(c)}`);
    for (const f of ['mode', 'context', 'event_text']) {
        if (r[f] !== undefined && (!Array.isArray(r[f]) || !r[f].every((x) => typeof x === 'string')))
            add(f, 'expected a list of strings');
    }
    const ti = r.text_info;
    if (ti !== undefined && (typeof ti !== 'object' || typeof ti.start !== 'number' || typeof ti.end !== 'number' || ti.start > ti.end))
        add('text_info', 'expected {sequence, start, end} with start <= end');
    return problems;
}
//# sourceMappingURL=plover.js.map