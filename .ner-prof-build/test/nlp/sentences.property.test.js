import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/nlp/sentences/index.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
// Phrases written for this test, joined by random separators (spaces, line breaks).
const PHRASES = [
    'Mr. Ospanov', 'M. Tulegenov', 'the U.S.', 'U.S.', 'on Jan. 5', 'etc.', 'No. 5', 'said.', 'said', 'He', 'They', 'the envoy',
    '“We agree.”', '“We agree,”', '"Why?"', 'Yes!', '(It ended.)', '…', '...', 'The', 'talks', 'ended.', '—', "Dato' Sri", 'Kazakhstan’s',
    '3.5%.', 'https://akorda.kz.', '«Да.»', 'it', '\n', '\n\n', ' ', '.', '?',
];
const newsText = fc.array(fc.constantFrom(...PHRASES), { maxLength: 50 })
    .chain((words) => fc.array(fc.constantFrom(' ', ' ', '  ', '', '\n', ' \n '), { minLength: words.length, maxLength: words.length })
    .map((seps) => words.map((w, i) => w + (seps[i] ?? ' ')).join('')));
const anyText = fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 80 }));
describe('sentences: properties', () => {
    it('sentences: sentences partition the tokens of each paragraph, in order, without line breaks', () => {
        fc.assert(fc.property(anyText, fc.nat(), (text, cut) => {
            const from = text.length ? cut % (text.length + 1) : 0;
            const tokens = tokenize(text);
            const paras = splitParagraphs(text, from);
            const sents = splitSentences(text, tokens, paras);
            let expectedToken = -1;
            let prevPara = -1;
            for (const s of sents) {
                const para = paras[s.paragraph];
                expect(para).toBeDefined();
                if (!para)
                    continue;
                expect(s.start).toBeGreaterThanOrEqual(para.start);
                expect(s.end).toBeLessThanOrEqual(para.end);
                expect(s.start).toBeGreaterThanOrEqual(from);
                expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
                expect(tokens.start[s.tokenStart]).toBe(s.start);
                expect(tokens.end[s.tokenEnd - 1]).toBe(s.end);
                const body = text.slice(s.start, s.end);
                expect(body).not.toMatch(/[\n\r\u2028\u2029]/u);
                expect(body).toBe(body.trim());
                // Within one paragraph, sentences follow each other with no token left out.
                if (s.paragraph === prevPara)
                    expect(s.tokenStart).toBe(expectedToken);
                expect(s.paragraph).toBeGreaterThanOrEqual(prevPara);
                expectedToken = s.tokenEnd;
                prevPara = s.paragraph;
            }
            // Every token of every paragraph lies in exactly one sentence.
            const covered = sents.reduce((n, s) => n + s.tokenEnd - s.tokenStart, 0);
            let inParas = 0;
            for (let i = 0; i < tokens.count; i++) {
                if (paras.some((p) => (tokens.start[i] ?? 0) >= p.start && (tokens.end[i] ?? 0) <= p.end))
                    inParas++;
            }
            expect(covered).toBe(inParas);
        }), { numRuns: 1500 });
    });
    it('sentences: paragraphs are trimmed, non-empty and free of line breaks', () => {
        fc.assert(fc.property(anyText, (text) => {
            for (const p of splitParagraphs(text)) {
                const body = text.slice(p.start, p.end);
                expect(body.length).toBeGreaterThan(0);
                expect(body).toBe(body.trim());
                expect(body).not.toMatch(/[\n\r\u2028\u2029]/u);
            }
        }), { numRuns: 1500 });
    });
});
//# sourceMappingURL=sentences.property.test.js.map