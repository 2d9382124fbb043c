import { tokenAt, type TokenTable } from '../../core/tokens.js';
import type { Component } from '../pipeline.js';
import { tokenize } from './tokenizer.js';

export { tokenize } from './tokenizer.js';
export { abbreviationClass, type AbbreviationClass } from './abbreviations.js';
export { quoteDirection, type QuoteDirection } from './quote-marks.js';

/**
 * The texts of tokens [from, to) (all tokens by default), for tests, debugging and rules that
 * want strings: `tokenTexts(text, tokenize(text))` -> ["Mr.", "Kuanyshbayev", "said", "."].
 */
export function tokenTexts(text: string, tokens: TokenTable, from = 0, to = tokens.count): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.count); i++) {
    out.push(text.slice(tokens.start[i], tokens.end[i]));
  }
  return out;
}

/**
 * The tokens overlapping the character span [start, end), as a half-open token range
 * `[first, last)`; empty (first === last) when the span holds only white space.
 * `tokenRange(tokens, 0, 3)` on "Mr. Lee" -> [0, 1].
 */
export function tokenRange(tokens: TokenTable, start: number, end: number): [number, number] {
  const first = tokenAt(tokens, start);
  let last = first;
  while (last < tokens.count && (tokens.start[last] ?? 0) < end) last++;
  return [first, last];
}

/** Provides the 'tokens' layer: the whole text tokenized (see tokenizer.ts for conventions). */
export function tokenizerComponent(): Component {
  return {
    name: 'tokenize',
    needs: [],
    provides: ['tokens'],
    run: (a) => { a.tokens = tokenize(a.text); },
  };
}
