/**
 * Character classes as bit flags in a table indexed by UTF-16 code unit, so the tokenizer tests a
 * class with one array read instead of a regular expression. ASCII is filled when the module
 * loads; other code units are classified on first sight with Unicode property escapes.
 */
export declare const SPACE = 1;
/** Letter, number, combining mark or underscore: the stuff of words. */
export declare const WORD = 2;
export declare const UPPER = 4;
export declare const LOWER = 8;
export declare const DIGIT = 16;
/** Invisible format characters (soft hyphen, zero-width joiner): kept inside a word. */
export declare const FORMAT = 32;
export declare const LETTER = 64;
/** Combining mark (accents, variation selectors): joins the character before it. */
export declare const MARK = 128;
/** Flags of a UTF-16 code unit (surrogates get 0: see codePointFlags). */
export declare function flagsOf(c: number): number;
/** Flags of an astral code point (given as its surrogate pair's code point). */
export declare function codePointFlags(cp: number): number;
/**
 * Length in code units of the word character at i (1, or 2 for an astral letter written as a
 * surrogate pair), or 0 when the character at i is not a word character.
 */
export declare function wordCharLength(text: string, i: number, to: number): number;
export declare const isSpaceCode: (c: number) => boolean;
export declare const isDigitCode: (c: number) => boolean;
export declare const isUpperCode: (c: number) => boolean;
export declare const isLowerCode: (c: number) => boolean;
export declare const isLetterCode: (c: number) => boolean;
