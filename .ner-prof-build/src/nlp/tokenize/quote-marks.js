import { isSpaceCode } from './char-classes.js';
const K_QUOTE = 3 /* TokenKind.Quote */;
/** Marks that open in English, Russian, French, Japanese; German „ and ‚ always open. */
const OPENERS = new Set([0x201c, 0x2018, 0x201e, 0x201a, 0x201f, 0x201b, 0xab, 0x2039, 0x300c, 0x300e, 0x301d]);
/** Marks that close. (» and › open in Danish and Swedish text; that style is rare in news.) */
const CLOSERS = new Set([0x201d, 0x2019, 0xbb, 0x203a, 0x300d, 0x300f, 0x301e, 0x301f]);
const isGlueBreak = (c) => Number.isNaN(c) || isSpaceCode(c)
    || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d
    || c === 0x2026 || c === 0x2014 || c === 0x2013;
const isOpenContext = (c) => Number.isNaN(c) || isSpaceCode(c)
    || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || OPENERS.has(c);
/**
 * Whether the Quote token i opens or closes a quotation, from the mark itself and, for the
 * straight marks " ' ` and for “ (which closes German „…“), from what touches it: a mark after
 * white space and before a word opens, one after a word and before white space or punctuation
 * closes. Tokens that are not quotation marks give 'either'.
 */
export function quoteDirection(text, tokens, i) {
    if (tokens.kind[i] !== K_QUOTE)
        return 'either';
    const start = tokens.start[i] ?? 0;
    const end = tokens.end[i] ?? 0;
    const c = text.charCodeAt(start);
    if (end - start === 2)
        return c === 0x60 ? 'open' : 'close'; // PTB `` and ''
    if (CLOSERS.has(c))
        return 'close';
    const before = start > 0 ? text.charCodeAt(start - 1) : NaN;
    const after = text.charCodeAt(end);
    const gluedBefore = !isOpenContext(before);
    const gluedAfter = !isGlueBreak(after);
    if (c === 0x201e || c === 0x201a)
        return 'open';
    if (OPENERS.has(c))
        return gluedBefore && !gluedAfter ? 'close' : 'open';
    if (gluedBefore && !gluedAfter)
        return 'close';
    if (!gluedBefore && gluedAfter)
        return 'open';
    return 'either';
}
//# sourceMappingURL=quote-marks.js.map