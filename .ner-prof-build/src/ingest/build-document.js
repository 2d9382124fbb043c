import { basename, extname } from 'node:path';
import { problem } from '../core/errors.js';
import { contentHash } from '../core/hash.js';
import { detectAttribution, detectDateline, isValidDay } from './metadata/detect.js';
import { normalizeText } from './normalize.js';
/** The file name without its extension: the document id when the input has none (OUTPUT.md). */
export function idFromName(name) {
    const base = basename(name, extname(name));
    return base.startsWith('.') ? '' : base;
}
/**
 * Normalises the text once, finds the dateline and attribution, and fills the id, source and
 * date the input left out. Returns a problem instead when the text is empty or the date invalid.
 */
export function buildDocument(raw, ctx) {
    const location = { path: ctx.path ?? ctx.origin, ...(ctx.line !== undefined ? { line: ctx.line } : {}) };
    const text = normalizeText(raw.text);
    if (text === '')
        return { kind: 'problem', problem: problem('INPUT_EMPTY', 'the text is empty after normalisation', location) };
    let date = null;
    const rawDate = raw.date?.trim();
    if (rawDate) {
        date = ctx.dates === 'loose' ? looseDate(rawDate) : isoDate(rawDate);
        if (date === null && ctx.dates !== 'loose') {
            return { kind: 'problem', problem: problem('INPUT_DATE_INVALID', `expected YYYY-MM-DD, got ${JSON.stringify(rawDate)}`, location) };
        }
    }
    const dateline = detectDateline(text);
    const attribution = detectAttribution(text, dateline?.end ?? 0);
    const meta = { ...raw.meta };
    if (dateline)
        meta.dateline = dateline;
    if (attribution)
        meta.attribution = attribution;
    const doc = {
        id: nonEmpty(raw.id) ?? nonEmpty(ctx.fallbackId) ?? contentHash(text).slice(0, 16),
        text,
        date: date ?? (dateline?.date && /^\d{4}-/u.test(dateline.date) ? dateline.date : null),
        url: nonEmpty(raw.url),
        source: nonEmpty(raw.source) ?? dateline?.source ?? attribution?.source ?? null,
        title: raw.title ? normalizeText(raw.title) || null : null,
        origin: ctx.origin,
        meta,
    };
    return { kind: 'document', doc };
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const nonEmpty = (s) => (s && s.trim() !== '' ? s.trim() : null);
/** "2024-06-13" or an ISO date-time starting with it; null when not a real calendar day. */
export function isoDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(s);
    if (!m)
        return null;
    return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
/** Dates from page metadata and feeds: ISO, RFC 822 ("Thu, 13 Jun 2024 09:00:00 GMT"), … The calendar day as written is kept, not shifted to UTC. */
export function looseDate(s) {
    const iso = /^(\d{4}-\d{2}-\d{2})/u.exec(s);
    if (iso?.[1])
        return isoDate(iso[1]);
    const ms = Date.parse(s);
    if (Number.isNaN(ms))
        return null;
    const rfc = /(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})/u.exec(s);
    const month = rfc ? MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) + 1 : 0;
    if (rfc && month > 0)
        return `${rfc[3]}-${String(month).padStart(2, '0')}-${String(rfc[1]).padStart(2, '0')}`;
    const d = new Date(ms);
    // Date.parse reads a date without a zone ("June 13, 2024") as local midnight: the local
    // calendar day is the one written.
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
//# sourceMappingURL=build-document.js.map