import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/annotations.js';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { CueFeatures, RoleFeatures, stem } from '../../src/nlp/quotes/learned/features.js';
import { LEARNED_RULE, loadQuoteModel, loadQuoteModelFrom, mergeQuotes, useQuoteModel } from '../../src/nlp/quotes/learned/index.js';
import { modelPath } from '../../src/core/paths.js';
import { closeQuotation, dropRepeats, joinContent, type LearnedAttribution } from '../../src/nlp/quotes/learned/model.js';
import { analysisOf, person } from './quotes/helpers.js';

/** [cue, content, source] of each attribution the shipped model finds. */
function attributions(text: string): [string, string, string | null][] {
  const a = analysisOf(text);
  return loadQuoteModel().attributions(a.text, a.tokens, a.sentences)
    .map((x) => [text.slice(x.cue.start, x.cue.end), text.slice(x.content.start, x.content.end), x.source ? text.slice(x.source.start, x.source.end) : null]);
}

const quote = (start: number, end: number, rule: string, speaker: Quote['speaker'] = null): Quote => ({
  start, end, text: '', direct: false, cue: null, speaker, by: { component: 'quotes', rule },
});

describe('learned quotes: features', () => {
  it('learned quotes: stems let inflected cue verbs share evidence', () => {
    expect(['says', 'saying', 'stressed', 'denied'].map(stem)).toEqual(['say', 'say', 'stress', 'deny']);
  });

  it('learned quotes: feature buckets stay inside the hash table and depend on the cue position', () => {
    const words = ['The', 'envoy', 'said', 'talks', 'would', 'resume', '.'];
    const cue = new CueFeatures(12).extract(words);
    expect(cue.offsets).toHaveLength(words.length + 1);
    for (const f of cue.feats) expect(f >= 0 && f < 1 << 12).toBe(true);
    const role = new RoleFeatures(12);
    const win = { words, sentence: words.map(() => 0) };
    const a = Array.from(role.extract(win, 2, 3).feats);
    const b = Array.from(role.extract(win, 1, 2).feats);
    expect(a).not.toEqual(b);
  });
});

describe('learned quotes: the PolNeAR model on sentences we wrote', () => {
  it('learned quotes: reported speech with a cue verb, "that" clause as content', () => {
    const [att] = attributions('Finance Minister Tomas Varga argued that the new tariff would hurt exporters in the north.');
    expect(att?.[0]).toBe('argued');
    expect(att?.[1]).toContain('the new tariff would hurt exporters');
    expect(att?.[2]).toContain('Tomas Varga');
  });

  it('learned quotes: "according to" puts the source after the cue', () => {
    const [att] = attributions('According to the central bank of Norland, inflation will ease next year.');
    expect(att?.[0]).toBe('According to');
    expect(att?.[1]).toContain('inflation will ease next year');
    expect(att?.[2]).toContain('central bank');
  });

  it('learned quotes: a belief verb outside a small cue lexicon is still an attribution', () => {
    const [att] = attributions('The opposition leader, Mira Kovac, believes the election was rigged.');
    expect(att?.[0]).toBe('believes');
    expect(att?.[1]).toContain('the election was rigged');
    expect(att?.[2]).toContain('Mira Kovac');
  });

  it('learned quotes: a quotation before "X told reporters"', () => {
    const [att] = attributions('"We will not retreat from the border," the defence minister told reporters on Tuesday.');
    expect(att?.[1]).toContain('We will not retreat from the border');
    expect(att?.[2]).toBe('the defence minister');
  });

  it('learned quotes: a sentence with no statement in it gives nothing', () => {
    expect(attributions('Rain fell over the capital for most of the week, and the river rose by two metres.')).toEqual([]);
  });
});

describe('learned quotes: model folders', () => {
  it('learned quotes: useQuoteModel makes a loaded folder the one the pipeline uses', () => {
    const shipped = loadQuoteModel();
    const other = loadQuoteModelFrom(modelPath('quotes-polnear'));
    other.cueBias = shipped.cueBias + 1;
    useQuoteModel(other);
    try {
      expect(loadQuoteModel()).toBe(other);
    } finally {
      useQuoteModel(shipped);
    }
    expect(loadQuoteModel()).toBe(shipped);
  });
});

describe('learned quotes: merging with the rules', () => {
  it('learned quotes: content pieces split by the cue are joined, distant ones are not', () => {
    expect(joinContent([{ from: 0, to: 5 }, { from: 8, to: 12 }], 5, 6)).toEqual({ from: 0, to: 12 });
    expect(joinContent([{ from: 0, to: 3 }, { from: 20, to: 30 }], 4, 5)).toEqual({ from: 20, to: 30 });
    expect(joinContent([], 0, 1)).toBeNull();
  });

  it('learned quotes: pieces are not joined over a gap the caller forbids (a paragraph break)', () => {
    const pieces = [{ from: 0, to: 5 }, { from: 8, to: 12 }];
    expect(joinContent(pieces, 5, 6, (a, b) => !(a <= 5 && b >= 8))).toEqual({ from: 0, to: 5 });
    expect(joinContent(pieces, 5, 6, () => true)).toEqual({ from: 0, to: 12 });
  });

  it('learned quotes: no content runs from one paragraph into the next', () => {
    const text = '“The harbour will reopen on Monday,” the port director said.\n\n“Ferries to the islands will follow within a week,” the transport minister said.';
    const a = analysisOf(text);
    const para = text.indexOf('\n\n');
    const atts = loadQuoteModel().attributions(a.text, a.tokens, a.sentences);
    expect(atts.length).toBeGreaterThan(0);
    for (const att of atts) expect(att.content.start >= para || att.content.end <= para).toBe(true);
  });

  it('learned quotes: two cues with one content give one attribution, the one with a source', () => {
    const att = (cue: number, start: number, end: number, source: boolean): LearnedAttribution => ({
      cue: { start: cue, end: cue + 4 }, content: { start, end }, source: source ? { start: 0, end: 3 } : null,
    });
    const kept = dropRepeats([att(10, 20, 60, false), att(15, 22, 60, true), att(70, 80, 120, false), att(130, 100, 160, false)]);
    expect(kept.map((a) => a.cue.start)).toEqual([15, 70]);
    // A short content inside a long one is the same statement; two that touch are not.
    expect(dropRepeats([att(0, 10, 100, true), att(5, 40, 50, true)])).toHaveLength(1);
    expect(dropRepeats([att(0, 10, 50, true), att(5, 50, 90, true)])).toHaveLength(2);
  });

  it('learned quotes: a content that opens a quotation runs on to its closing mark, not into the next one', () => {
    const text = 'She said: “Prices will fall. Wages will rise.” Then “A new deal” came.';
    const open = text.indexOf('“');
    expect(text.slice(open, closeQuotation(text, { start: open, end: text.indexOf('fall.') + 5 }).end)).toBe('“Prices will fall. Wages will rise.”');
    const second = text.lastIndexOf('“');
    expect(closeQuotation(text, { start: second, end: second + 6 }).end).toBe(text.lastIndexOf('”') + 1);
    const closed = { start: open, end: text.indexOf('”') + 1 };
    expect(closeQuotation(text, closed)).toEqual(closed);
    const broken = 'He said: “The port will open. “Another” one.';
    const b = broken.indexOf('“');
    expect(closeQuotation(broken, { start: b, end: b + 10 })).toEqual({ start: b, end: b + 10 });
    const straight = 'He said "the port will open. Soon." Then more.';
    const st = straight.indexOf('"');
    expect(straight.slice(st, closeQuotation(straight, { start: st, end: st + 10 }).end)).toBe('"the port will open. Soon."');
  });

  it('learned quotes: rule quotes win on overlap, learned ones fill the gaps, text order', () => {
    const rules = [quote(50, 80, 'said-that', { start: 40, end: 45, name: 'Ana Pires' })];
    const learned = [quote(60, 90, LEARNED_RULE), quote(100, 130, LEARNED_RULE), quote(5, 20, LEARNED_RULE)];
    expect(mergeQuotes(rules, learned).map((q) => [q.start, q.by.rule])).toEqual([[5, LEARNED_RULE], [50, 'said-that'], [100, LEARNED_RULE]]);
  });

  it('learned quotes: a rule quote without a speaker takes the overlapping learned source, and says so', () => {
    const speaker = { start: 0, end: 8, name: 'the mayor' };
    const [q] = mergeQuotes([quote(20, 60, 'direct')], [quote(18, 62, LEARNED_RULE, speaker)]);
    expect(q?.speaker).toEqual(speaker);
    expect(q?.by.rule).toBe('direct+learned-speaker');
    expect(q?.start).toBe(20);
  });

  it('learned quotes: with prefer learned, the model wins on overlap and rule quotes fill its gaps', () => {
    const rules = [quote(50, 80, 'said-that', { start: 40, end: 45, name: 'Ana Pires' }), quote(100, 130, 'direct')];
    const learned = [quote(55, 85, LEARNED_RULE)];
    const merged = mergeQuotes(rules, learned, 'learned');
    expect(merged.map((q) => [q.start, q.by.rule, q.speaker?.name])).toEqual([[55, `${LEARNED_RULE}+rule-speaker`, 'Ana Pires'], [100, 'direct', undefined]]);
  });

  it('learned quotes: off by default, on with learned: true, in persons mode only for PERSON speakers', () => {
    const text = 'The opposition leader, Mira Kovac, believes the election was rigged. The electoral commission rejected the claim as baseless.';
    const setup = (): ReturnType<typeof analysisOf> => { const a = analysisOf(text); person(a, 'p1', 'Mira Kovac'); return a; };
    const learnedOf = (qs: Quote[]): Quote[] => qs.filter((q) => q.by.rule === LEARNED_RULE);
    expect(learnedOf(extractQuotes(setup()))).toEqual([]);
    const all = extractQuotes(setup(), { learned: true });
    const kovac = all.find((q) => q.text.includes('the election was rigged'));
    expect(kovac?.speaker?.entity).toBe('p1');
    const persons = learnedOf(extractQuotes(setup(), { speakers: 'persons', learned: true }));
    for (const q of persons) expect(q.speaker?.entity).toBe('p1');
  });
});
