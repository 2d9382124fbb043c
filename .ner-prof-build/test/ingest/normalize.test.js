import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize.js';
describe('normalizeText', () => {
    it('normalize: turns CRLF, CR and Unicode line separators into \\n', () => {
        expect(normalizeText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
    });
    it('normalize: removes the BOM, zero-width characters, soft hyphens and bidi controls', () => {
        expect(normalizeText('\uFEFFKassym\u00AD-Jomart\u200B To\u200Dkayev\u202Asaid\u202C')).toBe('Kassym-Jomart Tokayevsaid');
    });
    it('normalize: turns no-break and thin spaces into one plain space each', () => {
        expect(normalizeText('10\u00A0000 and 5\u202F%')).toBe('10 000 and 5 %');
    });
    it('normalize: composes to NFC, also across a removed invisible character', () => {
        expect(normalizeText('Mu\u0308ller')).toBe('M\u00FCller');
        expect(normalizeText('Mu\u200B\u0308ller')).toBe('M\u00FCller');
    });
    it('normalize: keeps curly quotes, guillemets, apostrophes and dashes as written', () => {
        const s = '“Yes,” he said. «Oui» — ‘single’ Dato\' Sri O’Brien – 2024–2025';
        expect(normalizeText(s)).toBe(s);
    });
    it('normalize: drops trailing spaces of lines and blank ends, keeps tabs and blank lines inside', () => {
        expect(normalizeText('  \n a \t\n\n\tb  \n\n')).toBe('a\n\n\tb');
    });
    it('normalize: removes control characters other than tab and line feed', () => {
        expect(normalizeText('a\u0001b\u0007c\u007Fd\u009Be')).toBe('abcde');
    });
    it('normalize: is idempotent, so a second pass cannot shift offsets', () => {
        const alphabet = fc.constantFrom('a', 'Z', ' ', '\n', '\r', '\t', '\u00A0', '\u200B', '\uFEFF', '\u0301', 'e', '\u2028', '“', '«', '\u0000', '\u00AD', 'é', '\u202F');
        fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
            const once = normalizeText(s);
            expect(normalizeText(once)).toBe(once);
        }), { numRuns: 500 });
    });
});
//# sourceMappingURL=normalize.test.js.map