import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../src/core/paths.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
/** Checks every invariant of a token table over text[from, to); returns the rebuilt text. */
function checkTokens(text, t, from = 0, to = text.length) {
    let rebuilt = '';
    let prevEnd = from;
    for (let i = 0; i < t.count; i++) {
        const s = t.start[i] ?? -1;
        const e = t.end[i] ?? -1;
        expect(s).toBeGreaterThanOrEqual(prevEnd); // ordered, non-overlapping
        expect(e).toBeGreaterThan(s); // non-empty
        expect(e).toBeLessThanOrEqual(to);
        const gap = text.slice(prevEnd, s);
        expect(gap).toMatch(/^\s*$/u); // only white space between tokens
        const tok = text.slice(s, e);
        expect(tok).not.toMatch(/\s/u); // never white space inside
        rebuilt += gap + tok;
        prevEnd = e;
    }
    const tail = text.slice(prevEnd, to);
    expect(tail).toMatch(/^\s*$/u);
    return rebuilt + tail;
}
// Characters the tokenizer treats specially, plus letters, digits and white space.
const SPECIAL = [
    'a', 'B', 'z', 'Ä', 'é', 'Ж', '1', '0', '.', ',', ':', ';', '!', '?', '-', '–', '—', '‒', '…', "'", '’', '‘',
    '"', '“', '”', '„', '«', '»', '‹', '›', '`', '(', ')', '[', ']', '@', '&', '/', '%', '$', '_', ' ', ' ', '\n',
    '\t', '\u00a0', '\u200b', '\u00ad', '\u2028', '🇰', '😀', 'ñ', 'e\u0301', 'M', 'r', 's', 't', 'n', 'http://', 'www.',
];
const specialText = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 80 }).map((a) => a.join(''));
// Any UTF-16 code unit, including lone surrogates and control characters.
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
// Realistic news text assembled from phrases written for this test.
const PHRASES = [
    'ASTANA. KAZINFORM –', 'Mr. Ospanov', 'Dr. Aliyeva', 'M. Tulegenov', 'the U.S. delegation', 'on Jan. 5,', 'Kassym-Jomart Tokayev',
    "Dato' Sri Rahman", "O'Brien", "Kazakhstan's", 'Kazakhstan’s', "we're", "don't", 'said.', 'stressed.”', '“We will', 'deepen ties,”',
    'he said.', 'trade grew 3.5% to $1,000.50 million', 'on 2024-06-13 at 12:30', 'see https://akorda.kz/en/news.', 'info@mfa.gov.kz',
    '— a spokesman —', 'the talks - held', '...', '…', '(CSTO)', '«Yes»', '„Ja“', "the farmers'", 'No. 5', 'etc.', 'Why?', 'Wow!',
    'Kazakhstan-Malaysia', 'parliamentary cooperation', 'in the Senate', '\n', '\n\n',
];
const realisticText = fc.array(fc.constantFrom(...PHRASES), { maxLength: 40 })
    .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', '  ', '', '\n'), { minLength: words.length, maxLength: words.length })
    .map((seps) => words.map((w, i) => w + (seps[i] ?? ' ')).join('')));
describe('tokenizer: properties', () => {
    it('tokenizer: tokens plus white space rebuild random text with special characters', () => {
        fc.assert(fc.property(specialText, (text) => { expect(checkTokens(text, tokenize(text))).toBe(text); }), { numRuns: 2000 });
    });
    it('tokenizer: tokens plus white space rebuild any UTF-16 string', () => {
        fc.assert(fc.property(anyUnits, (text) => { expect(checkTokens(text, tokenize(text))).toBe(text); }), { numRuns: 2000 });
    });
    it('tokenizer: tokens plus white space rebuild full-Unicode strings', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
            expect(checkTokens(text, tokenize(text))).toBe(text);
        }), { numRuns: 1000 });
    });
    it('tokenizer: tokens plus white space rebuild realistic news text', () => {
        fc.assert(fc.property(realisticText, (text) => { expect(checkTokens(text, tokenize(text))).toBe(text); }), { numRuns: 1000 });
    });
    it('tokenizer: a sub-range gives tokens inside it that rebuild it', () => {
        fc.assert(fc.property(specialText, fc.nat(), fc.nat(), (text, a, b) => {
            const x = text.length ? a % (text.length + 1) : 0;
            const y = text.length ? b % (text.length + 1) : 0;
            const from = Math.min(x, y);
            const to = Math.max(x, y);
            expect(checkTokens(text, tokenize(text, from, to), from, to)).toBe(text.slice(from, to));
        }), { numRuns: 1000 });
    });
    it('tokenizer: rebuilds a hand-written article exactly', () => {
        const article = [
            'Kazakh, Malaysian speakers discuss ties',
            '',
            'ASTANA. KAZINFORM – Speaker of the Senate Mr. Berik Ospanov met Dato’ Sri Ahmad Rahman, the visiting',
            'Malaysian envoy, on June 13, Kazinform cites the Senate’s press service.',
            '“Kazakhstan-Malaysia ties are growing – trade rose 12.5% in 2023,” Ospanov said. "We don\'t intend to stop."',
            'M. Rahman noted the U.S. and the E.U. were watching… The talks (held at 10 a.m.) ended; see www.parlam.kz.',
        ].join('\n');
        expect(checkTokens(article, tokenize(article))).toBe(article);
    });
});
describe('tokenizer: real text', () => {
    const seedFile = sharedPath('data', 'seed', 'kazinform-2024-06-13.txt');
    const seed = existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : undefined;
    if (!seed)
        console.log(`tokenizer: seed article not found at ${seedFile}; the real-text check is skipped`);
    it.skipIf(!seed)('tokenizer: tokens plus white space rebuild the seed article exactly', () => {
        const text = seed ?? '';
        const t = tokenize(text);
        expect(t.count).toBeGreaterThan(100);
        expect(checkTokens(text, t)).toBe(text);
        // Every sub-range too, as a component tokenizing part of a document would.
        for (let from = 0; from < text.length; from += 97) {
            const to = Math.min(text.length, from + 301);
            expect(checkTokens(text, tokenize(text, from, to), from, to)).toBe(text.slice(from, to));
        }
    });
});
//# sourceMappingURL=tokenize.property.test.js.map