import { AGENCY_NAMES, AGENCY_SUFFIX, ATTRIBUTION_RULES, DATELINE_RULES, NOT_PLACES } from './dateline-rules.js';
/** The component name recorded in `by` of the metadata spans found here. */
export const DATELINE_COMPONENT = 'ingest.dateline';
export const ATTRIBUTION_COMPONENT = 'ingest.attribution';
/** The attribution patterns with the g flag, so that a search can start after the dateline. */
const GLOBAL_ATTRIBUTION_PATTERNS = ATTRIBUTION_RULES.map((r) => new RegExp(r.pattern.source, 'gu'));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * The dateline opening the text, if any: its span (which the sentence splitter skips), place,
 * agency and date. `date` is set only when the dateline gives a year (YYYY-MM-DD); the date as
 * written is kept in `dateText`.
 */
export function detectDateline(text) {
    const first = datelineAt(text, 0);
    if (first)
        return first;
    // A plain-text file often repeats the headline above the lead: "Ministers meet\n\nASTANA, ...".
    const headline = /^[^\n]{1,200}(?<![.!?:;,"”’»])\n+/u.exec(text);
    return headline ? datelineAt(text, headline[0].length) : undefined;
}
function datelineAt(full, offset) {
    const text = offset === 0 ? full : full.slice(offset);
    for (const rule of DATELINE_RULES) {
        const m = rule.pattern.exec(text);
        const g = m?.groups;
        if (!m || !g?.place)
            continue;
        if (rule.accept && !rule.accept(text, m[0].length))
            continue;
        if (NOT_PLACES.has(g.place.toLowerCase()) || NOT_PLACES.has(g.place.split(' ')[0]?.toLowerCase() ?? ''))
            continue;
        let { date: dateText, source } = g;
        if (g.paren) {
            if (parseDatelineDate(g.paren) !== undefined || /\d/u.test(g.paren))
                dateText = g.paren;
            else
                source = g.paren;
        }
        const dateline = { start: offset, end: offset + m[0].length, place: g.place, by: { component: DATELINE_COMPONENT, rule: rule.id } };
        if (source)
            dateline.source = agencyName(source);
        if (dateText) {
            dateline.dateText = dateText;
            const iso = parseDatelineDate(dateText);
            if (iso && /^\d{4}/u.test(iso))
                dateline.date = iso;
        }
        return dateline;
    }
    return undefined;
}
/**
 * The attribution clause of the lead ("…, Kazinform cites the press service of the Senate"):
 * looked for in the first paragraph, where wire stories put it.
 */
export function detectAttribution(text, from = 0) {
    // The lead paragraph: the first one after the dateline (which may end its own paragraph).
    const leadStart = from + (/^\s*/u.exec(text.slice(from, from + 200))?.[0].length ?? 0);
    const paragraphEnd = text.indexOf('\n', leadStart);
    const lead = text.slice(0, paragraphEnd < 0 ? text.length : paragraphEnd);
    let best;
    for (const [i, rule] of ATTRIBUTION_RULES.entries()) {
        const re = GLOBAL_ATTRIBUTION_PATTERNS[i] ?? new RegExp(rule.pattern.source, 'gu');
        re.lastIndex = leadStart;
        const m = re.exec(lead);
        const span = m?.groups?.span;
        if (!m || span === undefined)
            continue;
        const start = m.index + m[0].indexOf(span);
        if (best && best.start <= start)
            continue;
        best = { start, end: start + span.length, by: { component: ATTRIBUTION_COMPONENT, rule: rule.id } };
        if (m.groups?.source)
            best.source = agencyName(m.groups.source);
        if (m.groups?.cited)
            best.cited = m.groups.cited.trim();
    }
    return best;
}
/**
 * The name an agency goes by: "KAZINFORM" -> "Kazinform", "Kazinform News Agency" -> "Kazinform".
 * Known agencies take their house spelling; another capitalised word of five letters or more
 * is a name set in capitals for the dateline, so it is written in title case; shorter ones
 * ("TASS", "APP") are acronyms and kept.
 */
export function agencyName(raw) {
    const name = raw.trim().replace(/^\/|\/$/gu, '').replace(AGENCY_SUFFIX, '');
    const known = AGENCY_NAMES[name.toUpperCase()];
    if (known)
        return known;
    return name.replace(/\b[A-Z]{5,}\b/gu, (w) => w[0] + w.slice(1).toLowerCase());
}
/**
 * A dateline date as YYYY-MM-DD, or --MM-DD (ISO 8601's year-less form) when the dateline gives
 * no year; undefined when it is not a valid date.
 */
export function parseDatelineDate(raw) {
    const s = raw.replace(/^[A-Za-z]+day,? /u, '');
    let day, month, year;
    const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(s);
    const monthFirst = /^([A-Za-z]+)\.? (\d{1,2})(?:, (\d{4}))?$/u.exec(s);
    const dayFirst = /^(\d{1,2}) ([A-Za-z]+)\.?(?: (\d{4}))?$/u.exec(s);
    if (numeric) {
        [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    }
    else if (monthFirst) {
        [month, day] = [monthIndex(monthFirst[1] ?? ''), Number(monthFirst[2])];
        year = monthFirst[3] ? Number(monthFirst[3]) : undefined;
    }
    else if (dayFirst) {
        [day, month] = [Number(dayFirst[1]), monthIndex(dayFirst[2] ?? '')];
        year = dayFirst[3] ? Number(dayFirst[3]) : undefined;
    }
    else {
        return undefined;
    }
    if (!isValidDay(year ?? 2000, month, day))
        return undefined;
    const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return year === undefined ? `--${mmdd}` : `${year}-${mmdd}`;
}
const monthIndex = (name) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** Whether year-month-day is a real calendar day. */
export function isValidDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
//# sourceMappingURL=detect.js.map