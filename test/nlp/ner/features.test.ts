import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../src/nlp/ner/features.js';
import { Gazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { capClass, shortShape, wordShape } from '../../../src/nlp/ner/shape.js';

const tokenFeatures = (fx: FeatureExtractor, words: string[], i: number): number[] => {
  const { feats, offsets } = fx.extract(words);
  return Array.from(feats.subarray(offsets[i]!, offsets[i + 1]!));
};

describe('ner features', () => {
  it('ner features: word shapes cut long runs and keep punctuation', () => {
    expect(wordShape('Kazakhstan')).toBe('Xxxxx');
    expect(wordShape('1997')).toBe('dddd');
    expect(wordShape('U.N.')).toBe('X.X.');
    expect(shortShape('Franco-German')).toBe('Xx-Xx');
    expect(capClass('NATO')).toBe(2);
    expect(capClass('Senate')).toBe(1);
    expect(capClass('iPhone')).toBe(3);
  });

  it('ner features: extraction is deterministic and stays inside the hash space', () => {
    const fx = new FeatureExtractor(16, { gazetteer: null, clusters: null });
    const words = ['Minister', 'Dana', 'Orlova', 'visited', 'Astana', '.'];
    const a = tokenFeatures(fx, words, 2);
    const b = tokenFeatures(fx, words, 2);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(25);
    for (const f of a) expect(f >= 0 && f < 1 << 16).toBe(true);
  });

  it('ner features: the same word in another context shares word features but not context ones', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const a = new Set(tokenFeatures(fx, ['Minister', 'Orlova', 'said'], 1));
    const b = new Set(tokenFeatures(fx, ['the', 'Orlova', 'report'], 1));
    const shared = [...a].filter((f) => b.has(f)).length;
    expect(shared).toBeGreaterThan(10);
    expect(shared).toBeLessThan(a.size);
  });

  it('ner features: gazetteer flags mark the first and inner tokens of multi-word matches', () => {
    const gaz = new Gazetteer(['COUNTRY', 'TITLE'], [['COUNTRY', 'United Arab Emirates'], ['TITLE', 'Prime Minister']]);
    const flags = gaz.match(['the', 'prime', 'minister', 'of', 'the', 'united', 'arab', 'emirates']);
    expect(Array.from(flags)).toEqual([0, 4, 8, 0, 0, 1, 2, 2]);
  });

  it('ner features: gazetteer and document hints add features', () => {
    const gaz = new Gazetteer(['COUNTRY'], [['COUNTRY', 'Malaysia']]);
    const plain = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const withGaz = new FeatureExtractor(20, { gazetteer: gaz, clusters: null });
    const words = ['in', 'Malaysia'];
    expect(tokenFeatures(withGaz, words, 1).length).toBeGreaterThan(tokenFeatures(plain, words, 1).length);
    const { offsets } = plain.extract(words, Int32Array.from([0, 3]));
    expect(offsets[2]! - offsets[1]!).toBe(tokenFeatures(plain, words, 1).length + 2);
  });

  it('ner features: the window reaches a third word either side, no further', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const base = ['envoy', 'orlova', 'met', 'the', 'delegates', 'yesterday', 'again'];
    const third = ['envoy', 'orlova', 'met', 'the', 'delegates', 'today', 'again'];
    const fourth = ['envoy', 'orlova', 'met', 'the', 'delegates', 'yesterday', 'later'];
    expect(tokenFeatures(fx, base, 2)).not.toEqual(tokenFeatures(fx, third, 2));
    expect(tokenFeatures(fx, base, 2)).toEqual(tokenFeatures(fx, fourth, 2));
  });

  it('ner features: tokens inside closed quotation marks get a feature of their own', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const quoted = ['She', 'read', '``', 'Northern', 'Lights', "''", 'twice', 'over', 'there'];
    const unclosed = ['She', 'read', '``', 'Northern', 'Lights', 'twice', 'over', 'there', 'again'];
    const plain = ['She', 'read', 'the', 'Northern', 'Lights', 'twice', 'over', 'there', 'again'];
    // Compare "Northern" (3) inside a closed quotation with the same token outside one: only the
    // quoted one carries the extra feature; an opening mark never closed does not count.
    expect(tokenFeatures(fx, quoted, 3).length).toBe(tokenFeatures(fx, plain, 3).length + 1);
    expect(tokenFeatures(fx, unclosed, 3).length).toBe(tokenFeatures(fx, plain, 3).length);
  });

  it('ner features: every token of a capitalised run sees its last word, beyond the window', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const bank = ['said', 'the', 'National', 'Savings', 'Fund', 'of', 'Lower', 'Saxony', 'Bank', 'staff'];
    const office = ['said', 'the', 'National', 'Savings', 'Fund', 'of', 'Lower', 'Saxony', 'Office', 'staff'];
    // "National" (2) is six words from the run's last word: out of every window template.
    expect(tokenFeatures(fx, bank, 2)).not.toEqual(tokenFeatures(fx, office, 2));
    // A lower-case word as far away, outside any run, is untouched by it.
    expect(tokenFeatures(fx, ['we', 'saw', 'it', 'and', 'left', 'early', 'then', 'Bank'], 1))
      .toEqual(tokenFeatures(fx, ['we', 'saw', 'it', 'and', 'left', 'early', 'then', 'Office'], 1));
  });

  it('ner features: every token of a number run sees the word after it', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null });
    const money = ['cost', 'two', 'hundred', 'and', 'fifty', 'thousand', 'dollars', 'then'];
    const weight = ['cost', 'two', 'hundred', 'and', 'fifty', 'thousand', 'tonnes', 'then'];
    // "two" (1) is five words from the unit; "cost" (0), outside the run, does not see it.
    expect(tokenFeatures(fx, money, 1)).not.toEqual(tokenFeatures(fx, weight, 1));
    expect(tokenFeatures(fx, money, 0)).toEqual(tokenFeatures(fx, weight, 0));
  });
});
