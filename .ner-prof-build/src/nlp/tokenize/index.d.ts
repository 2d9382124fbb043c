import { type TokenTable } from '../../core/tokens.js';
import type { Component } from '../pipeline.js';
export { tokenize } from './tokenizer.js';
export { abbreviationClass, type AbbreviationClass } from './abbreviations.js';
export { quoteDirection, type QuoteDirection } from './quote-marks.js';
/**
 * The texts of tokens [from, to) (all tokens by default), for tests, debugging and rules that
 * want strings: `tokenTexts(text, tokenize(text))` -> ["Mr.", "Ashimbayev", "said", "."].
 */
export declare function tokenTexts(text: string, tokens: TokenTable, from?: number, to?: number): string[];
/**
 * The tokens overlapping the character span [start, end), as a half-open token range
 * `[first, last)`; empty (first === last) when the span holds only white space.
 * `tokenRange(tokens, 0, 3)` on "Mr. Lee" -> [0, 1].
 */
export declare function tokenRange(tokens: TokenTable, start: number, end: number): [number, number];
/** Provides the 'tokens' layer: the whole text tokenized (see tokenizer.ts for conventions). */
export declare function tokenizerComponent(): Component;
