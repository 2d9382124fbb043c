import { describe, expect, it } from 'vitest';
import type { Entity, NameSpan } from '../../../src/core/annotations.js';
import { MINISTRY_COUNTRY_RULES } from '../../../src/nlp/actors/ministry-country.js';
import { actorsOf } from './helpers.js';

/** ORG name spans as an NER layer would give them, for every occurrence of each phrase. */
function orgSpans(text: string, phrases: string[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const p of phrases) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      out.push({ start: at, end: at + p.length, type: 'ORG', tokenStart: 0, tokenEnd: 0, by: { component: 'test', rule: 'given' } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ministry = (es: Entity[]): Entity | undefined => es.find((e) => e.type === 'ORG' && e.name === 'Ministry of Foreign Affairs');

describe('actors: ministries without a country', () => {
  it('actors: every ministry rule has an id and a description', () => {
    for (const r of MINISTRY_COUNTRY_RULES) expect(r.id && r.says).toBeTruthy();
  });

  it('actors: an unqualified ministry takes the nearest earlier minister\'s country (ministry-nearest-qualified)', () => {
    const text = 'Foreign Minister of Chile Rosa Quintero met the press in Lima. The Ministry of Foreign Affairs later issued a note.';
    const m = ministry(actorsOf(text, { names: orgSpans(text, ['Ministry of Foreign Affairs']) }));
    expect(m?.country).toBe('CHL');
    expect(m?.by.rule).toContain('ministry-nearest-qualified');
  });

  it('actors: with no qualified ministry before it, the home country of the article (ministry-home-country)', () => {
    const text = 'The Ministry of Foreign Affairs summoned the envoy on Monday.';
    const m = ministry(actorsOf(text, { names: orgSpans(text, ['Ministry of Foreign Affairs']), source: 'Kazinform' }));
    expect(m?.country).toBe('KAZ');
    expect(m?.by.rule).toContain('ministry-home-country');
  });

  it('actors: "the ministry" links back to the ministry named before it (ministry-anaphor)', () => {
    const text = 'Foreign Minister of Chile Rosa Quintero spoke. The Ministry of Foreign Affairs issued a note. Later the ministry said talks would resume.';
    const m = ministry(actorsOf(text, { names: orgSpans(text, ['Ministry of Foreign Affairs']) }));
    expect(m?.mentions.filter((x) => x.by.rule === 'ministry-anaphor').map((x) => x.text)).toEqual(['the ministry']);
  });

  it('actors: a ministry named with its country keeps it', () => {
    const text = 'Foreign Minister of Chile Rosa Quintero spoke. The Ministry of Foreign Affairs of Peru replied.';
    const es = actorsOf(text, { names: orgSpans(text, ['Ministry of Foreign Affairs of Peru']) });
    expect(es.find((e) => e.type === 'ORG')?.country).toBe('PER');
  });
});
