import { describe, expect, it } from 'vitest';
import { FEATURE_SET_VERSION, FeatureExtractor } from '../../../src/nlp/ner/features.js';
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

  it('ner features: feature set 3 reads two words either side; set 4 reads a third', () => {
    const v3 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 3);
    const v4 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 4);
    const a = ['Envoy', 'Orlova', 'met', 'the', 'delegates', 'yesterday'];
    const b = ['Envoy', 'Orlova', 'met', 'the', 'delegates', 'today'];
    // Token 2 ("met") sees "yesterday"/"today" only through the third-word template.
    expect(tokenFeatures(v3, a, 2)).toEqual(tokenFeatures(v3, b, 2));
    expect(tokenFeatures(v4, a, 2)).not.toEqual(tokenFeatures(v4, b, 2));
  });

  it('ner features: feature set 4 marks tokens inside closed quotation marks only', () => {
    const fx = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 4);
    const quoted = ['She', 'read', '``', 'Northern', 'Lights', "''", 'twice', 'over', 'there'];
    const unclosed = ['She', 'read', '``', 'Northern', 'Lights', 'twice', 'over', 'there', 'again'];
    const plain = ['She', 'read', 'the', 'Northern', 'Lights', 'twice', 'over', 'there', 'again'];
    // Token 3 ("Northern") has the same neighbours within two words in all three sentences
    // except for the quotation mark itself, so compare the quoted token with one that is not
    // inside a closed quotation: only the quoted one carries the extra feature.
    expect(tokenFeatures(fx, quoted, 3).length).toBe(tokenFeatures(fx, plain, 3).length + 1);
    expect(tokenFeatures(fx, unclosed, 3).length).toBe(tokenFeatures(fx, plain, 3).length);
  });

  it('ner features: feature set 4 lets every token of a capitalised run see its last word', () => {
    const v3 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 3);
    const v4 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 4);
    const bank = ['said', 'the', 'National', 'Savings', 'Fund', 'of', 'Lower', 'Saxony', 'Bank', 'staff'];
    const office = ['said', 'the', 'National', 'Savings', 'Fund', 'of', 'Lower', 'Saxony', 'Office', 'staff'];
    // "National" (2) is six words from the run's last word: out of every window template.
    expect(tokenFeatures(v3, bank, 2)).toEqual(tokenFeatures(v3, office, 2));
    expect(tokenFeatures(v4, bank, 2)).not.toEqual(tokenFeatures(v4, office, 2));
    // A lower-case word outside the run is untouched by it.
    expect(tokenFeatures(v4, ['we', 'saw', 'it', 'and', 'left', 'early', 'then', 'Bank'], 1))
      .toEqual(tokenFeatures(v4, ['we', 'saw', 'it', 'and', 'left', 'early', 'then', 'Office'], 1));
  });

  it('ner features: feature set 4 lets every token of a number run see the word after it', () => {
    const v3 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 3);
    const v4 = new FeatureExtractor(20, { gazetteer: null, clusters: null }, 4);
    const money = ['cost', 'two', 'hundred', 'and', 'fifty', 'thousand', 'dollars', 'then'];
    const weight = ['cost', 'two', 'hundred', 'and', 'fifty', 'thousand', 'tonnes', 'then'];
    // "two" (1) is five words from the unit.
    expect(tokenFeatures(v3, money, 1)).toEqual(tokenFeatures(v3, weight, 1));
    expect(tokenFeatures(v4, money, 1)).not.toEqual(tokenFeatures(v4, weight, 1));
  });

  it('ner features: new models are trained with the latest feature set; unknown sets are refused', () => {
    expect(new FeatureExtractor(20, { gazetteer: null, clusters: null }).featureSet).toBe(FEATURE_SET_VERSION);
    expect(() => new FeatureExtractor(20, { gazetteer: null, clusters: null }, 2)).toThrow(/feature set 2/);
  });
});
