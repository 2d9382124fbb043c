import { type TokenTable } from '../../core/tokens.js';
/**
 * Tokens of text[from, to): half-open UTF-16 ranges in document coordinates, in order, never
 * empty, never containing white space; the text between tokens is white space only.
 */
export declare function tokenize(text: string, from?: number, to?: number): TokenTable;
