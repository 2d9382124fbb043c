import { describe, expect, it } from 'vitest';
import { resolveCountry, scanPlaces } from '../../../src/nlp/countries/index.js';
import { capitalPlaces } from '../../../src/nlp/countries/lexicon.js';

const found = (text: string): string[][] => scanPlaces(text).map((p) => [text.slice(p.start, p.end), p.code]);

describe('countries: capitals and major cities', () => {
  it('capitals: a capital resolves to its country', () => {
    for (const [p, code] of [['Lima', 'PER'], ['Stockholm', 'SWE'], ['Copenhagen', 'DNK'], ['Skopje', 'MKD'], ['Tashkent', 'UZB'], ['Kyiv', 'UKR']] as const) {
      expect(resolveCountry(p)?.code, p).toBe(code);
    }
    expect(resolveCountry("Stockholm's")?.code).toBe('SWE');
  });

  it('capitals: a major city resolves to its country', () => {
    expect(resolveCountry('New York')?.code).toBe('USA');
    expect(resolveCountry('Istanbul')?.code).toBe('TUR');
  });

  it('capitals: a country name still wins over a capital of the same spelling', () => {
    expect(resolveCountry('Singapore')?.code).toBe('SGP');
    expect(resolveCountry('Luxembourg')?.code).toBe('LUX');
  });

  it('capitals: skips given names, shared and stop-listed names', () => {
    for (const p of ['Victoria', 'Kingston', 'Santiago', 'Sofia', 'Brussels', 'Valley', 'Plymouth']) {
      expect(resolveCountry(p), p).toBeNull();
    }
    const names = new Set(capitalPlaces().map(([n]) => n));
    expect(names.has('Lima')).toBe(true);
    expect(names.has('Kingston')).toBe(false);
  });

  it('capitals: finds a capital in running text', () => {
    expect(found('The two ministers held talks in Lima on the fisheries dispute.')).toEqual([['Lima', 'PER']]);
    expect(found('Stockholm has not replied.')).toEqual([['Stockholm', 'SWE']]);
    expect(found('Envoys met in Copenhagen Tuesday and flew on to New York.')).toEqual([['Copenhagen', 'DNK'], ['New York', 'USA']]);
  });

  it('capitals: a person named like a capital is not a place', () => {
    expect(found('Deputy minister Ana Lima told reporters the deal was close.')).toEqual([]);
    expect(found('Mr. Lima declined to comment.')).toEqual([]);
    expect(found('Lima Ortega, a union leader, was detained.')).toEqual([]);
    expect(found('The New York Times reported the visit.')).toEqual([]);
  });
});
