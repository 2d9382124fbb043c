import type { PloverCategory } from '../core/annotations.js';
import type { DocumentRecord } from '../core/record.js';
import type { Span } from '../core/span.js';
import { daysBetween } from './text-fold.js';

/**
 * The same real-world event reported by several articles, merged into one cross-document event
 * with all its sources: counts are events, not rows (GDELT's weakness: one story, many rows).
 * Incremental: `add` one document's events at a time; an event joins the best compatible
 * cluster found through a (category, country) block, or starts its own.
 */
export interface EventParticipantRef {
  readonly code: string | null;
  readonly sector: string | null;
  /** Resolved person id, when the participant is a person the resolver knows. */
  readonly person: string | null;
  readonly name: string;
  readonly titles: readonly string[];
}

export interface EventObservation {
  readonly document: string;
  readonly event: string;
  readonly category: PloverCategory;
  readonly mode: readonly string[];
  /** Event date, else the article date. */
  readonly date: string | null;
  readonly precision: 'day' | 'month' | 'year' | null;
  readonly negated: boolean;
  readonly actor: readonly EventParticipantRef[];
  readonly recipient: readonly EventParticipantRef[];
  readonly evidence: readonly Span[];
  /** The document's topics, for dyad summaries. */
  readonly topics: readonly string[];
}

/** What makes two reports one event, as data: every merge records the criteria it met. */
export const EVENT_RULES = {
  /** Reports of one event can be dated a day apart (time zones, "yesterday" resolved late). */
  dayWindow: 2,
  /** Shared participant countries needed: all of the smaller side's, up to this many. */
  minSharedCountries: 2,
  /** Two events of one document stay apart: the document's own analysis already told them apart. */
  sameDocumentApart: true,
} as const;

export interface EventSource {
  readonly document: string;
  readonly event: string;
  readonly date: string | null;
  readonly evidence: readonly Span[];
  /** "event.first-report" for the report that started the event, else "event.same-event". */
  readonly rule: 'event.first-report' | 'event.same-event';
  readonly sharedCountries: number;
  readonly sharedPersons: number;
}

export interface CrossDocumentEvent {
  /** Stable id: "event:" + the first report's document, event id and category. */
  readonly id: string;
  readonly category: PloverCategory;
  readonly negated: boolean;
  /** Every participant country, sorted. */
  countries: string[];
  /** Resolved persons taking part, sorted. */
  persons: string[];
  modes: string[];
  /** Earliest and latest report date. */
  dateFrom: string | null;
  dateTo: string | null;
  participants: EventParticipantRef[];
  topics: string[];
  documents: string[];
  sources: EventSource[];
}

/** The events of a document record as observations; `personOf` maps (document, entity) to a resolved person. */
export function eventObservations(
  record: Pick<DocumentRecord, 'id' | 'date' | 'entities' | 'events' | 'topics'>,
  personOf: (document: string, entity: string) => string | undefined = () => undefined,
): EventObservation[] {
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const ref = (p: DocumentRecord['events'][number]['actor'][number]): EventParticipantRef => {
    const e = p.entity ? entities.get(p.entity) : undefined;
    return { code: p.code, sector: p.sector, person: (p.entity && personOf(record.id, p.entity)) || null, name: p.entity_text, titles: e?.titles ?? [] };
  };
  return record.events.flatMap((ev) => ev.event.map((category) => ({
    document: record.id, event: ev.id, category, mode: ev.mode,
    date: ev.date ?? record.date, precision: ev.date ? ev.date_precision : record.date ? 'day' as const : null,
    negated: ev.negated ?? false,
    actor: ev.actor.map(ref), recipient: ev.recipient.map(ref),
    evidence: ev.evidence?.length ? ev.evidence : [ev.text_info], topics: record.topics,
  })));
}

const countriesOf = (o: EventObservation): string[] =>
  [...new Set([...o.actor, ...o.recipient].map((p) => p.code).filter((c): c is string => !!c))].sort();
const personsOf = (o: EventObservation): string[] =>
  [...new Set([...o.actor, ...o.recipient].map((p) => p.person).filter((c): c is string => !!c))].sort();

/** Dates compatible at the coarser precision: days within the window, or the same month or year. */
function datesAgree(a: string, b: string): boolean {
  if (a.length === 10 && b.length === 10) return daysBetween(a, b) <= EVENT_RULES.dayWindow;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const intersect = (a: readonly string[], b: readonly string[]): number => a.filter((x) => b.includes(x)).length;

/** The period a report date is indexed under: its month ("2024-06"), or its year for a year-only date. */
const periodOf = (date: string): string | null => (/^\d{4}-\d{2}/u.test(date) ? date.slice(0, 7) : /^\d{4}$/u.test(date) ? date : null);

const shiftDay = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Every period under which an event whose dates agree with `date` (datesAgree) is indexed: for a
 * day, the months and years of the day window around it; for a month, the month and its year;
 * for a year, the year and its months. Blocks keyed by period keep the candidates of a report to
 * the events of its weeks, not every event of its countries since the store began.
 */
function periodsNear(date: string): string[] {
  const year = date.slice(0, 4);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
    const out = new Set<string>();
    for (const d of [-EVENT_RULES.dayWindow, 0, EVENT_RULES.dayWindow]) {
      const day = shiftDay(date, d);
      out.add(day.slice(0, 7));
      out.add(day.slice(0, 4));
    }
    return [...out];
  }
  if (/^\d{4}-\d{2}$/u.test(date)) return [date, year];
  if (/^\d{4}$/u.test(date)) return [year, ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)];
  return [];
}

export class EventClusterIndex {
  private readonly clusters = new Map<string, CrossDocumentEvent>();
  private readonly blocks = new Map<string, Set<string>>();
  private readonly byReport = new Map<string, string>();

  /** Adds one reported event; returns the cross-document event it belongs to. */
  add(o: EventObservation): CrossDocumentEvent {
    const reportKey = `${o.document}#${o.event}#${o.category}`;
    const seen = this.byReport.get(reportKey);
    if (seen) return this.clusters.get(seen)!;
    const countries = countriesOf(o);
    const persons = personsOf(o);
    let best: { c: CrossDocumentEvent; score: number; sharedCountries: number; sharedPersons: number } | null = null;
    const ids = new Set<string>();
    // A report without a date joins nothing (see the date check below): no lookup.
    const periods = o.date ? periodsNear(o.date) : [];
    for (const k of this.keys(o.category, countries, persons, periods)) for (const id of this.blocks.get(k) ?? []) ids.add(id);
    for (const id of [...ids].sort()) {
      const c = this.clusters.get(id)!;
      if (c.negated !== o.negated) continue;
      if (EVENT_RULES.sameDocumentApart && c.documents.includes(o.document)) continue;
      if (!o.date || !c.dateFrom || !c.dateTo || !(datesAgree(o.date, c.dateFrom) || datesAgree(o.date, c.dateTo))) continue;
      const sharedCountries = intersect(countries, c.countries);
      const needed = Math.min(countries.length, c.countries.length, EVENT_RULES.minSharedCountries);
      if (sharedCountries < Math.max(1, needed)) continue;
      const sharedPersons = intersect(persons, c.persons);
      // Named participants on both sides and none in common: a different meeting (ministers, not presidents).
      if (persons.length && c.persons.length && !sharedPersons) continue;
      if (o.mode.length && c.modes.length && !o.mode.some((m) => c.modes.includes(m))) continue;
      const gap = c.dateFrom && o.date ? daysBetween(o.date, c.dateFrom) : 0;
      const score = sharedPersons * 10 + sharedCountries * 5 - gap;
      if (!best || score > best.score) best = { c, score, sharedCountries, sharedPersons };
    }
    const c = best?.c ?? this.create(o);
    c.sources.push({
      document: o.document, event: o.event, date: o.date, evidence: o.evidence,
      rule: best ? 'event.same-event' : 'event.first-report', sharedCountries: best?.sharedCountries ?? countries.length, sharedPersons: best?.sharedPersons ?? persons.length,
    });
    if (!c.documents.includes(o.document)) c.documents.push(o.document);
    c.countries = [...new Set([...c.countries, ...countries])].sort();
    c.persons = [...new Set([...c.persons, ...persons])].sort();
    c.modes = [...new Set([...c.modes, ...o.mode])].sort();
    c.topics = [...new Set([...c.topics, ...o.topics])].sort();
    for (const p of [...o.actor, ...o.recipient]) {
      if (!c.participants.some((q) => (p.person ? q.person === p.person : !q.person && q.code === p.code && q.name === p.name))) c.participants.push(p);
    }
    if (o.date) {
      if (!c.dateFrom || o.date < c.dateFrom) c.dateFrom = o.date;
      if (!c.dateTo || o.date > c.dateTo) c.dateTo = o.date;
    }
    this.byReport.set(reportKey, c.id);
    this.index(c);
    return c;
  }

  /** Adds every event of a document. */
  addAll(observations: readonly EventObservation[]): CrossDocumentEvent[] {
    return observations.map((o) => this.add(o));
  }

  events(): CrossDocumentEvent[] {
    return [...this.clusters.values()];
  }

  event(id: string): CrossDocumentEvent | undefined {
    return this.clusters.get(id);
  }

  eventOf(document: string, event: string, category: PloverCategory): CrossDocumentEvent | undefined {
    const id = this.byReport.get(`${document}#${event}#${category}`);
    return id ? this.clusters.get(id) : undefined;
  }

  /** Puts back a cross-document event saved earlier: its reports and blocks, as if its sources had been added. */
  restore(saved: CrossDocumentEvent): void {
    if (this.clusters.has(saved.id)) return;
    this.clusters.set(saved.id, saved);
    for (const s of saved.sources) this.byReport.set(`${s.document}#${s.event}#${saved.category}`, saved.id);
    this.index(saved);
  }

  /**
   * Indexes an event under every (category, country or person, period) of its reports taken
   * together: `add` and `restore` make the same blocks, so a restored index finds what the
   * original would. Candidates are a superset of the events the date check lets through (their
   * first and last dates are among the periods), so the blocks change no decision.
   */
  private index(c: CrossDocumentEvent): void {
    const periods = [...new Set(c.sources.map((s) => (s.date ? periodOf(s.date) : null)).filter((p): p is string => p !== null))];
    for (const k of this.keys(c.category, c.countries, c.persons, periods)) {
      let set = this.blocks.get(k);
      if (!set) this.blocks.set(k, (set = new Set()));
      set.add(c.id);
    }
  }

  private keys(category: string, countries: readonly string[], persons: readonly string[], periods: readonly string[]): string[] {
    const who = [...countries.map((c) => `c:${c}`), ...persons.map((p) => `p:${p}`)];
    return periods.flatMap((t) => who.map((w) => `${category}|${t}|${w}`));
  }

  private create(o: EventObservation): CrossDocumentEvent {
    const id = `event:${o.document}:${o.event}:${o.category.toLowerCase()}`;
    const c: CrossDocumentEvent = {
      id, category: o.category, negated: o.negated, countries: [], persons: [], modes: [], dateFrom: null, dateTo: null,
      participants: [], topics: [], documents: [], sources: [],
    };
    this.clusters.set(id, c);
    return c;
  }
}

/** Clusters a batch of reported events, in date then document order. */
export function clusterEvents(observations: readonly EventObservation[]): CrossDocumentEvent[] {
  const index = new EventClusterIndex();
  index.addAll(inEventOrder(observations));
  return index.events();
}

/** The order a batch of reports is clustered in: date, document, event. */
export const inEventOrder = (observations: readonly EventObservation[]): EventObservation[] =>
  [...observations].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.event.localeCompare(b.event));
