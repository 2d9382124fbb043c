import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_RULES, EventClusterIndex, type EventObservation } from '../../src/kb/event-clusters.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { daysBetween } from '../../src/kb/text-fold.js';
import { record } from './build-records.js';

/**
 * The clustering rule without blocks: every earlier event is a candidate. The index's blocks
 * (category, country, period) must only save work, never change a decision.
 */
function clusterWithoutBlocks(observations: readonly EventObservation[]): Array<{ id: string; reports: string[] }> {
  const agree = (a: string, b: string): boolean =>
    a.length === 10 && b.length === 10 ? daysBetween(a, b) <= EVENT_RULES.dayWindow : a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));
  const events: Array<{ id: string; category: string; negated: boolean; countries: string[]; documents: string[]; from: string | null; to: string | null; reports: string[] }> = [];
  const seen = new Set<string>();
  for (const o of observations) {
    const key = `${o.document}#${o.event}#${o.category}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const countries = [...new Set([...o.actor, ...o.recipient].map((p) => p.code!))].sort();
    let best: { e: (typeof events)[number]; score: number } | null = null;
    for (const e of [...events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (e.category !== o.category || e.negated !== o.negated || e.documents.includes(o.document)) continue;
      if (!o.date || !e.from || !e.to || !(agree(o.date, e.from) || agree(o.date, e.to))) continue;
      const shared = countries.filter((c) => e.countries.includes(c)).length;
      if (shared < Math.max(1, Math.min(countries.length, e.countries.length, EVENT_RULES.minSharedCountries))) continue;
      const score = shared * 5 - daysBetween(o.date, e.from);
      if (!best || score > best.score) best = { e, score };
    }
    const e = best?.e ?? { id: `event:${o.document}:${o.event}:${o.category.toLowerCase()}`, category: o.category, negated: o.negated, countries: [], documents: [], from: null, to: null, reports: [] };
    if (!best) events.push(e);
    e.reports.push(key);
    if (!e.documents.includes(o.document)) e.documents.push(o.document);
    e.countries = [...new Set([...e.countries, ...countries])].sort();
    if (o.date) {
      if (!e.from || o.date < e.from) e.from = o.date;
      if (!e.to || o.date > e.to) e.to = o.date;
    }
  }
  return events.map((e) => ({ id: e.id, reports: e.reports }));
}

const COUNTRIES = ['KAZ', 'MYS', 'RUS', 'UZB'];
const CATEGORIES = ['CONSULT', 'AGREE'] as const;

/** Report dates at every precision, days close enough to merge and month and year ends to cross. */
const date = fc.oneof(
  fc.constantFrom('2024-01-30', '2024-01-31', '2024-02-01', '2024-02-02', '2024-06-15', '2023-12-31', '2024-01-01'),
  fc.constantFrom('2024-01', '2024-02', '2023-12'),
  fc.constantFrom('2024', '2023'),
  fc.constant(null),
);

const observation = fc.record({
  document: fc.integer({ min: 0, max: 7 }).map((n) => `d${n}`),
  event: fc.integer({ min: 0, max: 3 }).map((n) => `ev${n}`),
  category: fc.constantFrom(...CATEGORIES),
  date,
  actor: fc.constantFrom(...COUNTRIES),
  recipient: fc.constantFrom(...COUNTRIES),
  negated: fc.boolean(),
}).map((o): EventObservation => ({
  document: o.document, event: o.event, category: o.category, mode: [], date: o.date, precision: null, negated: o.negated,
  actor: [{ code: o.actor, sector: 'GOV', person: null, name: o.actor, titles: [] }],
  recipient: [{ code: o.recipient, sector: 'GOV', person: null, name: o.recipient, titles: [] }],
  evidence: [], topics: [],
}));

describe('kb events: a restored index goes on as the original', () => {
  it('event clustering: the blocks change no decision (same events as comparing every earlier event)', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 40 }), (all) => {
      const index = new EventClusterIndex();
      index.addAll(all);
      const got = index.events().map((e) => ({ id: e.id, reports: e.sources.map((s) => `${s.document}#${s.event}#${e.category}`) }));
      expect(got).toEqual(clusterWithoutBlocks(all));
    }), { numRuns: 300 });
  });

  it('event clustering: events saved and restored midway end as if clustered in one go', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 40 }), fc.nat(), (all, cut) => {
      const at = all.length ? cut % all.length : 0;
      const whole = new EventClusterIndex();
      whole.addAll(all);
      const first = new EventClusterIndex();
      first.addAll(all.slice(0, at));
      const restored = new EventClusterIndex();
      for (const e of structuredClone(first.events())) restored.restore(e);
      restored.addAll(all.slice(at));
      expect(restored.events()).toEqual(whole.events());
    }), { numRuns: 300 });
  });

  it('knowledge base: state saved after one batch and restored takes the next batch as the original does', () => {
    const docs = [
      record('b1', '2024-03-01', [{ name: 'Serik Baimukhanov', country: 'KAZ', sector: 'GOV' }, { name: 'Bat-Erdene Gansukh', country: 'MNG', sector: 'GOV' }],
        [{ category: 'CONSULT', actor: ['Serik Baimukhanov'], recipient: ['Bat-Erdene Gansukh'] }]),
      record('b2', '2024-03-02', [{ name: 'S. Baimukhanov', country: 'KAZ' }], [{ category: 'CONSULT', actor: ['S. Baimukhanov'], recipient: [{ code: 'MNG' }] }]),
      record('b3', '2024-03-20', [{ name: 'Baimukhanov', country: 'KAZ' }], [{ category: 'AGREE', actor: ['Baimukhanov'], recipient: [{ code: 'MNG' }] }]),
    ];
    const original = new KnowledgeBase();
    original.addBatch(docs.slice(0, 1));
    const restored = KnowledgeBase.restore(structuredClone(original.state()));
    const changes = restored.addBatch(docs.slice(1));
    original.addBatch(docs.slice(1));
    expect(restored.state()).toEqual(original.state());
    expect(changes.documents.map((d) => d.document)).toEqual(['b2', 'b3']);
    expect(changes.persons.map((p) => p.id)).toEqual(['serik-baimukhanov-kaz']);
    expect(restored.personOf('b3', 'e1')).toBe('serik-baimukhanov-kaz');
  });
});
