import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelPath } from '../../../src/core/paths.js';
import { loadNerModel } from '../../../src/nlp/ner/model-loader.js';
import { bioToSpans } from '../../../src/nlp/ner/spans.js';
import { tagConllText } from '../../../src/nlp/ner/tag-conll.js';
const shipped = existsSync(modelPath('ner-ontonotes', 'manifest.json'));
/** Spans as "text/TYPE", for assertions that read like the sentence. */
const spans = (words, tags) => bioToSpans(tags).map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
describe.skipIf(!shipped)('ner tagging (shipped model)', () => {
    it('ner tagging: finds an invented minister, real countries and a date in text we wrote', () => {
        // Invented official; the sentence is ours.
        const words = 'Foreign Minister Aruzhan Temirbekova of Kazakhstan met her Malaysian counterpart in Kuala Lumpur on Tuesday .'.split(' ');
        const found = spans(words, loadNerModel().tagSentence(words));
        expect(found).toContain('Kazakhstan/GPE');
        expect(found).toContain('Malaysian/NORP');
        expect(found).toContain('Kuala Lumpur/GPE');
        expect(found.some((s) => s.endsWith('/PERSON') && s.includes('Temirbekova') && !s.includes('Minister'))).toBe(true);
        expect(found.some((s) => s.startsWith('Tuesday') && s.endsWith('/DATE'))).toBe(true);
    });
    it('ner tagging: tag --conll keeps -DOCSTART- and blank lines and maps to CoNLL types', () => {
        const input = '-DOCSTART- -X- O O\n\nThe O\ndelegation O\nflew O\nto O\nPeru O\n. O\n\nDr. O\nLena O\nVasquez O\nspoke O\n';
        const out = tagConllText(loadNerModel(), input, { labels: 'conll' });
        expect(out[0]).toBe('-DOCSTART- -X- O O');
        expect(out[1]).toBe('');
        expect(out[8]).toBe('');
        expect(out).toHaveLength(13);
        expect(out[6]).toBe('Peru\tB-LOC');
        expect(out[10]).toMatch(/\t[BI]-PER$/u);
        for (const line of out)
            if (line.includes('\t'))
                expect(line).toMatch(/\t(O|[BI]-(PER|LOC|ORG|MISC))$/u);
    });
});
//# sourceMappingURL=tagging.test.js.map