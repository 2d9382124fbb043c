import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/nlp/roles/phrase-matcher.js';
import { words } from '../../../src/nlp/roles/words.js';
describe('roles: words', () => {
    it('roles: words split possessives and keep initials and dotted abbreviations', () => {
        const text = "Uzbekistan’s envoy J. Smith met U.S. officials, Mr. Lee and D.Batbold.";
        expect(words(text).map((w) => w.text)).toEqual(['Uzbekistan', '’s', 'envoy', 'J.', 'Smith', 'met', 'U.S.', 'officials', ',', 'Mr.', 'Lee', 'and', 'D.Batbold', '.']);
    });
    it('roles: words keep offsets into the text', () => {
        const text = 'Dato’ Sri  Ali';
        for (const w of words(text))
            expect(text.slice(w.start, w.end)).toBe(w.text);
    });
});
describe('roles: phrase matcher', () => {
    const m = new PhraseMatcher([
        { phrase: 'Secretary-General' }, { phrase: 'Prime Minister', plural: true }, { phrase: 'PM', caseSensitive: true },
    ]);
    it('roles: phrase matcher treats hyphens and spaces alike', () => {
        expect(m.matchAt('the Secretary General said', 4)?.entry.phrase).toBe('Secretary-General');
        expect(m.matchAt('the secretary-general said', 4)?.entry.phrase).toBe('Secretary-General');
    });
    it('roles: phrase matcher matches plurals and respects case where asked', () => {
        expect(m.matchAt('Prime Ministers met', 0)?.plural).toBe(true);
        expect(m.matchAt('PM Lee', 0)?.entry.phrase).toBe('PM');
        expect(m.matchAt('pm Lee', 0)).toBeNull();
    });
    it('roles: phrase matcher needs a word boundary', () => {
        expect(m.matchAt('PMs', 0)).toBeNull();
        expect(m.matchAt('Prime Ministerial', 0)).toBeNull();
    });
});
//# sourceMappingURL=words.test.js.map