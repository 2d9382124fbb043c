import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../src/nlp/ner/features.js';
import { Gazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { capClass, shortShape, wordShape } from '../../../src/nlp/ner/shape.js';
const tokenFeatures = (fx, words, i) => {
    const { feats, offsets } = fx.extract(words);
    return Array.from(feats.subarray(offsets[i], offsets[i + 1]));
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
        for (const f of a)
            expect(f >= 0 && f < 1 << 16).toBe(true);
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
        expect(offsets[2] - offsets[1]).toBe(tokenFeatures(plain, words, 1).length + 2);
    });
});
//# sourceMappingURL=features.test.js.map