import { type TokenTable } from '../../core/tokens.js';
export type QuoteDirection = 'open' | 'close' | 'either';
/**
 * Whether the Quote token i opens or closes a quotation, from the mark itself and, for the
 * straight marks " ' ` and for “ (which closes German „…“), from what touches it: a mark after
 * white space and before a word opens, one after a word and before white space or punctuation
 * closes. Tokens that are not quotation marks give 'either'.
 */
export declare function quoteDirection(text: string, tokens: TokenTable, i: number): QuoteDirection;
