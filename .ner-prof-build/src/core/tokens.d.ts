/**
 * Tokens as parallel typed arrays rather than one object per token: the tokenizer runs on
 * millions of tokens and the tagger reads them column by column. A token's trailing white space
 * is the text between its end and the next token's start, so tokens always rebuild the text.
 */
export declare const enum TokenKind {
    Word = 0,
    Number = 1,
    Punct = 2,
    Quote = 3,
    Dash = 4,
    Url = 5,
    Email = 6,
    Symbol = 7,
    Ellipsis = 8,
    Abbreviation = 9
}
export interface TokenTable {
    readonly count: number;
    readonly start: Uint32Array;
    readonly end: Uint32Array;
    readonly kind: Uint8Array;
}
export declare function tokenText(text: string, tokens: TokenTable, i: number): string;
/** Index of the first token whose end is > offset (binary search); tokens.count when none. */
export declare function tokenAt(tokens: TokenTable, offset: number): number;
