import { newAnalysis } from '../../../src/core/analysis.js';
import { findDates } from '../../../src/nlp/dates/resolve-dates.js';
import { referenceDate } from '../../../src/nlp/dates/reference-date.js';
const by = { component: 'test', rule: 'hand-built' };
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
function mentionsOf(text, forms, kind) {
    const out = [];
    for (const f of forms) {
        const re = new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'gu');
        for (let m = re.exec(text); m; m = re.exec(text))
            out.push({ start: m.index, end: m.index + f.length, text: f, kind, by });
    }
    return out;
}
/**
 * An analysis built by hand, as a rule's test needs it (STYLE.md habit 7): one sentence per line,
 * person entities with their mentions (full name, surname, titles), dates from the dates rules.
 */
export function buildAnalysis(lines, opts = {}) {
    const text = lines.join('\n');
    const a = newAnalysis({ id: opts.id ?? 'doc', text, date: opts.date ?? null, url: null, source: null, title: null, meta: {} });
    let at = 0;
    a.sentences = lines.map((l, i) => {
        const s = { start: at, end: at + l.length, tokenStart: 0, tokenEnd: 0, paragraph: i };
        at += l.length + 1;
        return s;
    });
    const taken = [];
    a.entities = (opts.persons ?? []).map((p, i) => {
        const parts = p.name.split(' ');
        const mentions = [
            ...mentionsOf(text, [p.name], 'name'),
            ...mentionsOf(text, p.titles ?? [], 'title'),
            ...(parts.length > 1 ? mentionsOf(text, [parts[parts.length - 1]], 'name') : []),
        ].filter((m) => {
            if (taken.some((t) => t.start < m.end && m.start < t.end))
                return false;
            taken.push(m);
            return true;
        });
        return { id: `e${i + 1}`, type: 'PERSON', name: p.name, country: p.country, sector: p.sector ?? 'GOV', titles: p.titles ?? [], roles: [], honorifics: [], mentions, by };
    });
    a.quotes = (opts.quotes ?? []).map(([start, end]) => ({ start, end, text: text.slice(start, end), direct: true, cue: null, speaker: null, by }));
    a.dates = findDates(text, referenceDate(a.doc));
    return a;
}
//# sourceMappingURL=build-analysis.js.map