import type { PloverCategory } from '../core/annotations.js';
import { LEVEL_RANK, levelOf, type ContactLevel } from './contact-levels.js';
import type { CrossDocumentEvent, EventParticipantRef } from './event-clusters.js';
import { ploverWeight } from './plover-weights.js';

/**
 * A country-pair dossier from cross-document events: a timeline by category and month, levels of
 * contact, topics over time and a relations "temperature" (mean PLOVER weight per month and its
 * trend). Counts are events, not reports.
 */
export interface DyadSummary {
  /** The pair, sorted ("KAZ", "RUS"). */
  readonly pair: readonly [string, string];
  readonly events: number;
  readonly reports: number;
  /** Events per month (YYYY-MM) and category. */
  readonly timeline: Array<{ month: string; category: PloverCategory; events: number }>;
  /** Events per contact level: the highest level of a participant of either country. */
  readonly levels: Array<{ level: ContactLevel | 'unknown'; events: number; byMonth: Record<string, number> }>;
  /** Topics of the reporting documents, per month: how many events each topic came up with. */
  readonly topics: Array<{ month: string; topic: string; events: number }>;
  readonly temperature: {
    /** Mean weight of all events (-10..+10). */
    readonly mean: number | null;
    readonly byMonth: Array<{ month: string; mean: number; events: number }>;
    /** Least-squares slope of the monthly means, per month (positive: warming). */
    readonly trendPerMonth: number | null;
  };
}

const monthOf = (e: CrossDocumentEvent): string | null => (e.dateFrom && e.dateFrom.length >= 7 ? e.dateFrom.slice(0, 7) : null);

/** Is the event between the two countries (both among its participants)? */
export const involvesPair = (e: CrossDocumentEvent, a: string, b: string): boolean => a !== b && e.countries.includes(a) && e.countries.includes(b);

/** The highest contact level among the event's participants from the pair. */
export function eventLevel(participants: readonly EventParticipantRef[], pair: readonly string[]): ContactLevel | null {
  let best: ContactLevel | null = null;
  for (const p of participants) {
    if (!p.code || !pair.includes(p.code)) continue;
    const m = levelOf(p.titles, p.sector === 'GOV' && !p.person ? null : p.sector);
    if (m && (!best || LEVEL_RANK[m.level] > LEVEL_RANK[best])) best = m.level;
  }
  return best;
}

/** Months between two YYYY-MM values. */
const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

function slope(points: ReadonlyArray<{ x: number; y: number }>): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

const increment = <K>(m: Map<K, number>, k: K): void => { m.set(k, (m.get(k) ?? 0) + 1); };

/** Summarises the events between two countries. Negated events ("did not meet") are left out. */
export function summariseDyad(events: readonly CrossDocumentEvent[], a: string, b: string): DyadSummary {
  const pair = [a, b].sort() as [string, string];
  const mine = events.filter((e) => !e.negated && involvesPair(e, a, b));
  const timeline = new Map<string, number>();
  const levels = new Map<ContactLevel | 'unknown', Map<string, number>>();
  const topics = new Map<string, number>();
  const weights = new Map<string, number[]>();
  const all: number[] = [];
  for (const e of mine) {
    const month = monthOf(e) ?? 'undated';
    increment(timeline, `${month}|${e.category}`);
    const level = eventLevel(e.participants, pair) ?? 'unknown';
    if (!levels.has(level)) levels.set(level, new Map());
    increment(levels.get(level)!, month);
    for (const t of e.topics) increment(topics, `${month}|${t}`);
    const w = ploverWeight(e.category);
    all.push(w);
    if (month !== 'undated') weights.set(month, [...(weights.get(month) ?? []), w]);
  }
  const split = (k: string): [string, string] => { const i = k.indexOf('|'); return [k.slice(0, i), k.slice(i + 1)]; };
  const byMonth = [...weights].sort(([x], [y]) => x.localeCompare(y))
    .map(([month, ws]) => ({ month, mean: ws.reduce((s, w) => s + w, 0) / ws.length, events: ws.length }));
  return {
    pair,
    events: mine.length,
    reports: mine.reduce((s, e) => s + e.sources.length, 0),
    timeline: [...timeline].map(([k, n]) => { const [month, category] = split(k); return { month, category: category as PloverCategory, events: n }; })
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
export function dyadsOf(events: readonly CrossDocumentEvent[]): Array<{ pair: [string, string]; events: number }> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.negated) continue;
    for (let i = 0; i < e.countries.length; i++) for (let j = i + 1; j < e.countries.length; j++) increment(counts, `${e.countries[i]}|${e.countries[j]}`);
  }
  return [...counts].map(([k, n]) => ({ pair: k.split('|') as [string, string], events: n })).sort((x, y) => y.events - x.events || x.pair.join().localeCompare(y.pair.join()));
}
