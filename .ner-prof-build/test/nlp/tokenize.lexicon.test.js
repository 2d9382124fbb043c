import { describe, expect, it } from 'vitest';
import { isCommuniqueError } from '../../src/core/errors.js';
import { abbreviationClass } from '../../src/nlp/tokenize/index.js';
import { parseAbbreviations } from '../../src/nlp/tokenize/abbreviations.js';
describe('tokenizer: abbreviation lexicon', () => {
    it('tokenizer: lexicon classes drive the abbreviation rules', () => {
        expect(abbreviationClass('Mr')).toBe('title');
        expect(abbreviationClass('Jan')).toBe('calendar');
        expect(abbreviationClass('No')).toBe('numeric');
        expect(abbreviationClass('etc')).toBe('general');
        expect(abbreviationClass('vs')).toBe('inner');
        expect(abbreviationClass('Calif')).toBe('place');
        expect(abbreviationClass('Dato')).toBe('elision');
        expect(abbreviationClass('Astana')).toBeUndefined();
    });
    it('tokenizer: a lowercase entry also matches capitalised and in capitals', () => {
        const m = parseAbbreviations('# comment\netc\tgeneral\n');
        expect([...m.entries()]).toEqual([['etc', 'general'], ['Etc', 'general'], ['ETC', 'general']]);
    });
    it('tokenizer: a malformed lexicon line is a coded error with its line', () => {
        try {
            parseAbbreviations('Mr\ttitle\nDr\tdoctor\n', 'x.tsv');
            expect.unreachable();
        }
        catch (e) {
            expect(isCommuniqueError(e) && e.code).toBe('LEXICON_INVALID');
            expect(isCommuniqueError(e) && e.location).toEqual({ path: 'x.tsv', line: 2 });
        }
    });
});
//# sourceMappingURL=tokenize.lexicon.test.js.map