import { describe, expect, it } from 'vitest';
import type { PloverEvent } from '../../../src/core/annotations.js';
import { codeEvents } from '../../../src/nlp/events/code-events.js';
import { buildAnalysis, type PersonSpec } from './build-analysis.js';

// Invented officials of real countries.
const ORTEGA: PersonSpec = { name: 'Lucia Ortega', country: 'URY' };
const HALVORSEN: PersonSpec = { name: 'Erik Halvorsen', country: 'DNK' };
const persons = [ORTEGA, HALVORSEN];
const codes = (ps: PloverEvent['actor']): string[] => ps.map((p) => p.code ?? '?').sort();
const run = (lines: string[]) => codeEvents(buildAnalysis(lines, { date: '2024-03-07', persons }));

describe('events: participants', () => {
  it('events: the possessor of a nominal accusation is its target, the clause subject its actor', () => {
    const [e] = run(['Lucia Ortega touched upon Denmark’s aggressive rhetoric.']);
    expect(e?.event).toEqual(['ACCUSE']);
    expect(codes(e!.actor)).toEqual(['URY']);
    expect(codes(e!.recipient)).toEqual(['DNK']);
  });
  it('events: the agent after "by" is the actor of an attack', () => {
    const [e] = run(['Lucia Ortega spoke of the provocations by Denmark along Uruguay’s coast.']);
    expect(e?.event).toEqual(['ASSAULT']);
    expect(codes(e!.actor)).toEqual(['DNK']);
    expect(codes(e!.recipient)).toEqual(['URY']);
  });
  it('events: a passive signing is done by those the sentence names before it', () => {
    const out = run(['Erik Halvorsen recalled his visit to Uruguay, when a memorandum on fisheries was signed.']);
    const sign = out.find((e) => e.event[0] === 'SUPPORT');
    expect(codes(sign!.actor)).toEqual(['DNK', 'URY']);
  });
  it('events: "the accord the two countries signed" takes the parties of the meeting', () => {
    const out = run(['Lucia Ortega held talks with Erik Halvorsen.', 'They praised the accord the two countries signed last year.']);
    const sign = out.find((e) => e.by.rule.startsWith('support.sign'));
    expect(codes(sign!.actor)).toEqual(['DNK', 'URY']);
  });
  it('events: talks "between" two states have only those states as parties', () => {
    const out = run(['Lucia Ortega discussed the negotiation process between Denmark and Norway.']);
    const consult = out.find((e) => e.event[0] === 'CONSULT');
    expect(codes(consult!.actor)).toEqual(['DNK', 'NOR']);
  });
  it('events: a one-sided statement of readiness with no counterpart is not an event', () => {
    expect(run(['Lucia Ortega expressed readiness to expand exports.'])).toEqual([]);
  });
  it('events: a commitment to work with a named country has that country as recipient', () => {
    const [e] = run(['Lucia Ortega reiterated her commitment to continue working closely with Denmark.']);
    expect(e?.event).toEqual(['AGREE']);
    expect(codes(e!.recipient)).toEqual(['DNK']);
  });
  it('events: a relative clause is skipped when looking for the subject', () => {
    const [e] = run(['Lucia Ortega, who arrived in Denmark on Monday, met Erik Halvorsen.']);
    expect(e?.event).toEqual(['CONSULT']);
    expect(codes(e!.actor)).toEqual(['URY']);
    expect(codes(e!.recipient)).toEqual(['DNK']);
  });
  it('events: a prepositional object is not the subject of the next verb', () => {
    const out = run(['Erik Halvorsen spoke in favour of talks with Uruguay and congratulated Lucia Ortega.']);
    const congrat = out.find((e) => e.event[0] === 'SUPPORT');
    expect(codes(congrat!.actor)).toEqual(['DNK']);
  });
});

describe('events: merging', () => {
  it('events: two acts of support in opposite directions stay two events', () => {
    const out = run(['Lucia Ortega thanked Erik Halvorsen for the grain.', 'Erik Halvorsen praised Lucia Ortega for the reforms.']);
    expect(out.filter((e) => e.event[0] === 'SUPPORT')).toHaveLength(2);
  });
  it('events: a summit and a bilateral meeting on its sidelines stay two events', () => {
    const out = run(['Lucia Ortega and Erik Halvorsen attended the Nordic-Latin summit.', 'Lucia Ortega met Erik Halvorsen in Denmark.']);
    expect(out.filter((e) => e.event[0] === 'CONSULT').map((e) => e.mode[0]).sort()).toEqual(['multilateral', 'visit']);
  });
});

describe('events: attribution', () => {
  it('events: the source named in an "As X told Y," clause is not the actor', () => {
    const out = run(['As sources told Erik Halvorsen, officials of Uruguay lodged a protest with Denmark.']);
    expect(out.every((e) => !e.actor.some((p) => p.code === 'DNK'))).toBe(true);
  });
});

describe('events: participants named by office', () => {
  it('events: "the Secretary-General" alone is the United Nations', () => {
    const [e] = run(['Today, the Secretary-General met with Erik Halvorsen.']);
    expect(codes(e!.actor)).toEqual(['DNK', 'UNO']);
  });
  it('events: unnamed authorities belong to the country of the story', () => {
    const out = codeEvents(buildAnalysis(['Uruguay held elections on Sunday.', 'The authorities arrested twelve observers.'], { date: '2024-03-07', persons }));
    const coerce = out.find((e) => e.event[0] === 'COERCE');
    expect(codes(coerce!.actor)).toEqual(['URY']);
  });
});
