import { describe, expect, it } from 'vitest';
import { quoteDirection, tokenize } from '../../src/nlp/tokenize/index.js';
/** Directions of the quotation marks of a text, in order. */
function directions(text) {
    const t = tokenize(text);
    const out = [];
    for (let i = 0; i < t.count; i++)
        if (t.kind[i] === 3 /* TokenKind.Quote */)
            out.push(quoteDirection(text, t, i));
    return out;
}
describe('tokenizer: quotation mark direction', () => {
    it('tokenizer: curly quotes and guillemets give their direction', () => {
        expect(directions('“We agree,” he said. ‘Yes.’ «Да» ‹oui›')).toEqual(['open', 'close', 'open', 'close', 'open', 'close', 'open', 'close']);
    });
    it('tokenizer: straight quotes take their direction from what touches them', () => {
        expect(directions('He said "we agree" and \'yes\'.')).toEqual(['open', 'close', 'open', 'close']);
        expect(directions('a " b')).toEqual(['either']);
    });
    it('tokenizer: the German closing mark “ closes', () => {
        expect(directions('Er sagte „ja“ und ging.')).toEqual(['open', 'close']);
    });
    it('tokenizer: PTB-style `` and \'\' open and close', () => {
        expect(directions("``We agree,'' he said.")).toEqual(['open', 'close']);
    });
    it('tokenizer: a token that is not a quotation mark gives either', () => {
        const text = 'the farmers\' union';
        const t = tokenize(text);
        expect(quoteDirection(text, t, 2)).toBe('either');
    });
});
//# sourceMappingURL=tokenize.quotes.test.js.map