import * as chrono from 'chrono-node';
import { overlaps } from '../../core/span.js';
import { DATE_RULES } from './date-rules.js';
const COMPONENT = 'dates';
const pad = (n) => String(n).padStart(2, '0');
export function formatResolved(r) {
    if (r.precision === 'year' || r.month === undefined)
        return String(r.year);
    if (r.precision === 'month' || r.day === undefined)
        return `${r.year}-${pad(r.month)}`;
    return `${r.year}-${pad(r.month)}-${pad(r.day)}`;
}
/** Weekday names alone, which chrono resolves to the nearest such day, future included. */
const WEEKDAY_ONLY = /^(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu;
/**
 * All time expressions of `text` resolved against `ref`. Rules of date-rules.ts first; chrono-node
 * for the rest. Expressions that need a reference are dropped when there is none, and so are dates
 * without a year when there is no reference to give them one.
 */
export function findDates(text, ref, offset = 0) {
    const out = [];
    const taken = [];
    const push = (start, end, r, rule) => {
        const span = { start: offset + start, end: offset + end };
        taken.push({ start, end });
        out.push({ ...span, text: text.slice(start, end), value: formatResolved(r), precision: r.precision, by: { component: COMPONENT, rule } });
    };
    for (const rule of DATE_RULES) {
        rule.pattern.lastIndex = 0;
        for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
            const span = { start: m.index, end: m.index + m[0].length };
            if (taken.some((t) => overlaps(t, span)))
                continue;
            const r = rule.resolve(m, ref);
            if (r)
                push(span.start, span.end, r, rule.id);
        }
    }
    const results = chrono.en.parse(text, ref ? { instant: ref, timezone: 0 } : { instant: new Date(0), timezone: 0 }, { forwardDate: false });
    for (const c of results) {
        // chrono includes a leading preposition ("on June 12"); the mention is the date itself.
        const lead = /^(?:on|in|at)\s+/iu.exec(c.text)?.[0].length ?? 0;
        const span = { start: c.index + lead, end: c.index + c.text.length };
        if (taken.some((t) => overlaps(t, span)))
            continue;
        const s = c.start;
        const yearKnown = s.isCertain('year');
        // Without a reference, chrono's "certain" year of "today" is the epoch's: keep written years only.
        if (!ref && !/\b\d{4}\b/u.test(c.text))
            continue;
        let d = s.date();
        let precision;
        let rule = 'chrono';
        if (s.isCertain('day') || s.isCertain('weekday'))
            precision = 'day';
        else if (s.isCertain('month'))
            precision = 'month';
        else if (yearKnown)
            precision = 'year';
        else
            continue; // times of day alone ("at 10 am") are not dates
        if (ref && !s.isCertain('day') && s.isCertain('weekday') && WEEKDAY_ONLY.test(c.text)) {
            // In news a bare weekday is the most recent such day, the article's day included
            // ("on Tuesday the ministers met" in a Thursday article is two days earlier).
            rule = 'weekday-past';
            const back = (ref.getUTCDay() - s.get('weekday') + 7) % 7;
            d = new Date(ref.getTime() - back * 86_400_000);
        }
        push(span.start, span.end, {
            year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision,
        }, rule);
    }
    return out.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=resolve-dates.js.map