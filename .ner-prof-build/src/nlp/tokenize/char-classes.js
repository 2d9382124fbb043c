/**
 * Character classes as bit flags in a table indexed by UTF-16 code unit, so the tokenizer tests a
 * class with one array read instead of a regular expression. ASCII is filled when the module
 * loads; other code units are classified on first sight with Unicode property escapes.
 */
export const SPACE = 1;
/** Letter, number, combining mark or underscore: the stuff of words. */
export const WORD = 2;
export const UPPER = 4;
export const LOWER = 8;
export const DIGIT = 16;
/** Invisible format characters (soft hyphen, zero-width joiner): kept inside a word. */
export const FORMAT = 32;
export const LETTER = 64;
/** Combining mark (accents, variation selectors): joins the character before it. */
export const MARK = 128;
const UNKNOWN = 255;
const table = new Uint8Array(0x10000).fill(UNKNOWN);
// Exactly the characters of JavaScript's \s, so "a token never contains white space" means what
// a reader testing with /\s/ expects.
const SPACE_RE = /\s/u;
const WORD_RE = /[\p{L}\p{M}\p{N}_]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /[\p{Lu}\p{Lt}]/u;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{Nd}/u;
const FORMAT_RE = /\p{Cf}/u;
const MARK_RE = /\p{M}/u;
function classifyString(s) {
    if (SPACE_RE.test(s))
        return SPACE;
    let f = 0;
    if (WORD_RE.test(s))
        f |= WORD;
    if (LETTER_RE.test(s))
        f |= LETTER;
    if (UPPER_RE.test(s))
        f |= UPPER;
    if (LOWER_RE.test(s))
        f |= LOWER;
    if (DIGIT_RE.test(s))
        f |= DIGIT;
    if (FORMAT_RE.test(s))
        f |= FORMAT;
    if (MARK_RE.test(s))
        f |= MARK;
    return f;
}
for (let c = 0; c < 128; c++)
    table[c] = classifyString(String.fromCharCode(c));
/** Flags of a UTF-16 code unit (surrogates get 0: see codePointFlags). */
export function flagsOf(c) {
    const f = table[c] ?? 0;
    if (f !== UNKNOWN)
        return f;
    const g = c >= 0xd800 && c <= 0xdfff ? 0 : classifyString(String.fromCharCode(c));
    table[c] = g;
    return g;
}
const astral = new Map();
/** Flags of an astral code point (given as its surrogate pair's code point). */
export function codePointFlags(cp) {
    let f = astral.get(cp);
    if (f === undefined) {
        f = classifyString(String.fromCodePoint(cp));
        if (astral.size < 4096)
            astral.set(cp, f);
    }
    return f;
}
/**
 * Length in code units of the word character at i (1, or 2 for an astral letter written as a
 * surrogate pair), or 0 when the character at i is not a word character.
 */
export function wordCharLength(text, i, to) {
    if (i >= to)
        return 0;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff)
        return flagsOf(c) & (WORD | FORMAT) ? 1 : 0;
    if (i + 1 >= to)
        return 0;
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff)
        return 0;
    const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    return codePointFlags(cp) & WORD ? 2 : 0;
}
export const isSpaceCode = (c) => (flagsOf(c) & SPACE) !== 0;
export const isDigitCode = (c) => (flagsOf(c) & DIGIT) !== 0;
export const isUpperCode = (c) => (flagsOf(c) & UPPER) !== 0;
export const isLowerCode = (c) => (flagsOf(c) & LOWER) !== 0;
export const isLetterCode = (c) => (flagsOf(c) & LETTER) !== 0;
//# sourceMappingURL=char-classes.js.map