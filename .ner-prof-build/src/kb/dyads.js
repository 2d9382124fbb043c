import { LEVEL_RANK, levelOf } from './contact-levels.js';
import { ploverWeight } from './plover-weights.js';
const monthOf = (e) => (e.dateFrom && e.dateFrom.length >= 7 ? e.dateFrom.slice(0, 7) : null);
/** Is the event between the two countries (both among its participants)? */
export const involvesPair = (e, a, b) => a !== b && e.countries.includes(a) && e.countries.includes(b);
/** The highest contact level among the event's participants from the pair. */
export function eventLevel(participants, pair) {
    let best = null;
    for (const p of participants) {
        if (!p.code || !pair.includes(p.code))
            continue;
        const m = levelOf(p.titles, p.sector === 'GOV' && !p.person ? null : p.sector);
        if (m && (!best || LEVEL_RANK[m.level] > LEVEL_RANK[best]))
            best = m.level;
    }
    return best;
}
/** Months between two YYYY-MM values. */
const monthIndex = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
function slope(points) {
    if (points.length < 2)
        return null;
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
    const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
    if (sxx === 0)
        return null;
    return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}
const increment = (m, k) => { m.set(k, (m.get(k) ?? 0) + 1); };
/** Summarises the events between two countries. Negated events ("did not meet") are left out. */
export function summariseDyad(events, a, b) {
    const pair = [a, b].sort();
    const mine = events.filter((e) => !e.negated && involvesPair(e, a, b));
    const timeline = new Map();
    const levels = new Map();
    const topics = new Map();
    const weights = new Map();
    const all = [];
    for (const e of mine) {
        const month = monthOf(e) ?? 'undated';
        increment(timeline, `${month}|${e.category}`);
        const level = eventLevel(e.participants, pair) ?? 'unknown';
        if (!levels.has(level))
            levels.set(level, new Map());
        increment(levels.get(level), month);
        for (const t of e.topics)
            increment(topics, `${month}|${t}`);
        const w = ploverWeight(e.category);
        all.push(w);
        if (month !== 'undated')
            weights.set(month, [...(weights.get(month) ?? []), w]);
    }
    const split = (k) => { const i = k.indexOf('|'); return [k.slice(0, i), k.slice(i + 1)]; };
    const byMonth = [...weights].sort(([x], [y]) => x.localeCompare(y))
        .map(([month, ws]) => ({ month, mean: ws.reduce((s, w) => s + w, 0) / ws.length, events: ws.length }));
    return {
        pair,
        events: mine.length,
        reports: mine.reduce((s, e) => s + e.sources.length, 0),
        timeline: [...timeline].map(([k, n]) => { const [month, category] = split(k); return { month, category: category, events: n }; })
            .sort((x, y) => x.month.localeCompare(y.month) || x.category.localeCompare(y.category)),
        levels: [...levels].map(([level, months]) => ({ level, events: [...months.values()].reduce((s, n) => s + n, 0), byMonth: Object.fromEntries([...months].sort()) }))
            .sort((x, y) => (y.level === 'unknown' ? 0 : LEVEL_RANK[y.level]) - (x.level === 'unknown' ? 0 : LEVEL_RANK[x.level])),
        topics: [...topics].map(([k, n]) => { const [month, topic] = split(k); return { month, topic, events: n }; })
            .sort((x, y) => x.month.localeCompare(y.month) || y.events - x.events || x.topic.localeCompare(y.topic)),
        temperature: {
            mean: all.length ? all.reduce((s, w) => s + w, 0) / all.length : null,
            byMonth,
            trendPerMonth: slope(byMonth.map((m) => ({ x: monthIndex(m.month), y: m.mean }))),
        },
    };
}
/** Every country pair with at least one event, most events first: the dossiers worth opening. */
export function dyadsOf(events) {
    const counts = new Map();
    for (const e of events) {
        if (e.negated)
            continue;
        for (let i = 0; i < e.countries.length; i++)
            for (let j = i + 1; j < e.countries.length; j++)
                increment(counts, `${e.countries[i]}|${e.countries[j]}`);
    }
    return [...counts].map(([k, n]) => ({ pair: k.split('|'), events: n })).sort((x, y) => y.events - x.events || x.pair.join().localeCompare(y.pair.join()));
}
//# sourceMappingURL=dyads.js.map