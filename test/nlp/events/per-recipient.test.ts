import { describe, expect, it } from 'vitest';
import type { PloverEvent } from '../../../src/core/annotations.js';
import { codeEvents } from '../../../src/nlp/events/code-events.js';
import { buildAnalysis, type PersonSpec } from './build-analysis.js';

// Invented officials of real countries.
const persons: PersonSpec[] = [
  { name: 'Ana Verdugo', country: 'CHL', titles: ['Foreign Minister of Chile'] },
  { name: 'Jorge Salinas', country: 'PER' },
  { name: 'Luis Ortega', country: 'PER', titles: ['Governor of Cusco'] },
  { name: 'Rosa Quispe', country: 'PER' },
];
const DATE = '2024-06-13';
const names = (e: PloverEvent, a: ReturnType<typeof buildAnalysis>): string[] =>
  [...e.actor, ...e.recipient].map((p) => a.entities.find((x) => x.id === p.entity)?.name ?? p.entity_text).sort();

describe('events: one CONSULT per person met (consult.per-recipient)', () => {
  it('events: "met with both X and Y" is one meeting with each', () => {
    const a = buildAnalysis(['Ana Verdugo arrived in Lima on Tuesday.', 'During the trip, Ana Verdugo met with both Jorge Salinas and Governor of Cusco Luis Ortega.'], { date: DATE, persons });
    const consult = codeEvents(a).filter((e) => e.event[0] === 'CONSULT');
    expect(consult.map((e) => names(e, a))).toEqual([['Ana Verdugo', 'Jorge Salinas'], ['Ana Verdugo', 'Luis Ortega']]);
    // The undated meeting is the visit the text dates: it takes the arrival's date.
    expect(consult[0]?.date).toBe('2024-06-11');
  });

  it('events: "held talks with X and Y" gives one record per person, the same date and mode', () => {
    const a = buildAnalysis(['Ana Verdugo held talks with Jorge Salinas and Rosa Quispe in Lima today.'], { date: DATE, persons });
    const consult = codeEvents(a).filter((e) => e.event[0] === 'CONSULT');
    expect(consult).toHaveLength(2);
    expect(consult.map((e) => [e.date, e.mode[0]])).toEqual([[DATE, 'visit'], [DATE, 'visit']]);
  });

  it('events: a meeting of the coordinated subjects is one event', () => {
    const a = buildAnalysis(['Jorge Salinas and Rosa Quispe met with Ana Verdugo in Lima today.'], { date: DATE, persons });
    expect(codeEvents(a).filter((e) => e.event[0] === 'CONSULT')).toHaveLength(1);
  });

  it('events: the same meeting named again with the same people merges; a meeting with someone else does not', () => {
    const a = buildAnalysis([
      'Ana Verdugo met with Jorge Salinas in Lima today.',
      'Ana Verdugo and Jorge Salinas discussed trade.',
      'Ana Verdugo also met with Rosa Quispe.',
    ], { date: DATE, persons });
    const consult = codeEvents(a).filter((e) => e.event[0] === 'CONSULT');
    expect(consult.map((e) => names(e, a))).toEqual([['Ana Verdugo', 'Jorge Salinas'], ['Ana Verdugo', 'Rosa Quispe']]);
  });
});

describe('events: journeys, back-references and clause limits', () => {
  it('events: arriving to attend a summit is the multilateral meeting, not a bilateral visit (consult.travel-to-summit)', () => {
    const a = buildAnalysis(['Ana Verdugo arrived in Lima on Monday to attend the Asia-Pacific Economic Cooperation leaders’ meeting.'], { date: DATE, persons });
    const consult = codeEvents(a).filter((e) => e.event[0] === 'CONSULT');
    expect(consult.map((e) => e.mode)).toEqual([['multilateral']]);
  });

  it('events: a definite "the meeting with X" refers back to the cited visit of X', () => {
    const a = buildAnalysis([
      'Ana Verdugo met with Rosa Quispe in Lima today.',
      'The official visit of Jorge Salinas to Chile in May gave a strong impetus to trade.',
      'Ana Verdugo called the meeting with Jorge Salinas historic.',
    ], { date: DATE, persons });
    const consult = codeEvents(a).filter((e) => e.event[0] === 'CONSULT');
    expect(consult.map((e) => e.date)).toEqual([DATE, '2024-05']);
  });

  it('events: a participial clause after an act is not where its object is found', () => {
    const a = buildAnalysis(['Ana Verdugo condemned the hostile actions of the rebels, noting that this harms Peru.'], { date: DATE, persons });
    const accuse = codeEvents(a).filter((e) => e.event[0] === 'ACCUSE');
    expect(accuse.flatMap((e) => e.recipient.map((p) => p.code))).not.toContain('PER');
  });
});
