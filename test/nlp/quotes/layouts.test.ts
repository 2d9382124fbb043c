import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/core/annotations.js';
import { withLayoutQuotes } from '../../../src/nlp/quotes/layouts.js';
import { QUOTE_RULES } from '../../../src/nlp/quotes/rules.js';
import { brief, person, quotesOf } from './helpers.js';

describe('quote layouts: transcript turns', () => {
  it('layouts: a turn with a title, a name in capitals and a party tag is the speaker\'s whole paragraph', () => {
    const text = 'Senator Jane Doe spoke before the vote.\n\nSEN. JANE DOE (D-MA): We will not accept that. The bill is dead.\n\nThe chamber adjourned.';
    const { quotes } = quotesOf(text, (a) => { person(a, 'p1', 'Jane Doe'); });
    expect(quotes.map(brief)).toEqual([['We will not accept that. The bill is dead', true, 'Jane Doe', 'transcript']]);
    expect(quotes[0]!.speaker?.entity).toBe('p1');
    expect(quotes[0]!.cue?.text).toBe(':');
  });

  it('layouts: a surname label resolves to the person with that surname', () => {
    const text = 'Marta Okafor and Piet Brandt debated the budget on Tuesday.\n\nOKAFOR: The deficit is too large.\n\nBRANDT: I disagree with every word of that.';
    const { quotes } = quotesOf(text, (a) => { person(a, 'p1', 'Marta Okafor'); person(a, 'p2', 'Piet Brandt'); });
    expect(quotes.map(brief)).toEqual([
      ['The deficit is too large', true, 'Marta Okafor', 'transcript'],
      ['I disagree with every word of that', true, 'Piet Brandt', 'transcript'],
    ]);
    expect(quotes.map((q) => q.speaker?.entity)).toEqual(['p1', 'p2']);
  });

  it('layouts: labels with no known person count only in an exchange of two turns or more', () => {
    const lone = quotesOf('LONDON: The ministers met on Monday and agreed to meet again.');
    expect(lone.quotes.filter((q) => q.by.rule === 'transcript')).toEqual([]);
    const exchange = quotesOf('HOST: Will you stand again next year?\n\nKOVAC: I have not decided yet.');
    expect(exchange.quotes.map(brief)).toEqual([
      ['Will you stand again next year?', true, 'HOST', 'transcript'],
      ['I have not decided yet', true, 'KOVAC', 'transcript'],
    ]);
  });

  it('layouts: section labels and mixed-case words before a colon are not speakers', () => {
    const { quotes } = quotesOf('NOTE: This story has been updated.\n\nRELATED: Budget talks stall again.\n\nWashington: a city of many rumours.');
    expect(quotes.filter((q) => q.by.rule === 'transcript')).toEqual([]);
  });

  it('layouts: a mixed-case label needs its title ("Ms. Lind:")', () => {
    const text = 'Ms. Lind: We expect an answer by Friday.\n\nMr. Varga: You will have one.';
    const { quotes } = quotesOf(text);
    expect(quotes.map(brief)).toEqual([
      ['We expect an answer by Friday', true, 'Lind', 'transcript'],
      ['You will have one', true, 'Varga', 'transcript'],
    ]);
  });
});

describe('quote layouts: dash attributions', () => {
  it('layouts: a dash and a name after a quotation name its speaker', () => {
    const { quotes } = quotesOf('“We will win this fight, whatever it costs us.” — Rosa Menendez, senator', (a) => { person(a, 'p1', 'Rosa Menendez'); });
    expect(quotes.map(brief)).toEqual([['We will win this fight, whatever it costs us', true, 'Rosa Menendez', 'dash-attribution:curly']]);
    expect(quotes[0]!.cue?.text).toBe('—');
  });

  it('layouts: the dash attribution may stand as a paragraph of its own', () => {
    const { quotes } = quotesOf('“Nobody in this town listens to the people who work the night shift.”\n\n― Tomas Lindqvist, nurse');
    expect(quotes.map(brief)).toEqual([['Nobody in this town listens to the people who work the night shift', true, 'Tomas Lindqvist', 'dash-attribution:curly']]);
  });

  it('layouts: no-break spaces around the dash, and a run of pull quotes each with its own speaker', () => {
    const text = '“The rent has doubled in three years.”\u00a0―\u00a0Ana Ruiz\n“I work two jobs and still cannot save.” ― Luis Mora';
    const { quotes } = quotesOf(text);
    expect(quotes.map(brief)).toEqual([
      ['The rent has doubled in three years', true, 'Ana Ruiz', 'dash-attribution:curly'],
      ['I work two jobs and still cannot save', true, 'Luis Mora', 'dash-attribution:curly'],
    ]);
  });

  it('layouts: a dash that continues the sentence, or a long clause after it, is not an attribution', () => {
    const lower = quotesOf('“The vote is a farce,” — and the chamber fell silent.');
    expect(lower.quotes.filter((q) => q.by.rule.startsWith('dash-attribution'))).toEqual([]);
    const long = quotesOf('“The vote is a farce.” — Critics of the plan across the country and in both chambers have said much the same for years.');
    expect(long.quotes.filter((q) => q.by.rule.startsWith('dash-attribution'))).toEqual([]);
  });
});

describe('quote layouts: merge with the learned model', () => {
  const q = (start: number, end: number, rule: string): Quote => ({
    start, end, text: '', direct: true, cue: null, speaker: { start: 0, end: 1, name: rule }, by: { component: 'quotes', rule },
  });

  it('layouts: a layout quote replaces a merged quote over the same passage and keeps a nested one', () => {
    const layout = q(10, 110, 'dash-attribution:curly');
    const same = q(12, 108, 'learned:polnear');
    const nested = q(40, 60, 'learned:polnear');
    const elsewhere = q(200, 240, 'learned:polnear');
    const out = withLayoutQuotes([same, nested, elsewhere], [layout]);
    expect(out).toEqual([layout, nested, elsewhere]);
  });

  it('layouts: the layout rule ids are documented rules', () => {
    expect(QUOTE_RULES).toHaveProperty('transcript');
    expect(QUOTE_RULES).toHaveProperty('dash-attribution');
  });
});
