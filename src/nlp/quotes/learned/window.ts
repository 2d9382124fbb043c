import type { Sentence } from '../../../core/annotations.js';
import type { TokenTable } from '../../../core/tokens.js';
import type { WordWindow } from './features.js';

/**
 * The role tagger reads the cue's sentence with one sentence either side: a quotation often runs
 * on after "she said:" or ends in the sentence that the cue follows ("… ,” he added.").
 * Training and run time build windows with this one function so that they agree.
 */
export const WINDOW_SENTENCES_BEFORE = 1;
export const WINDOW_SENTENCES_AFTER = 1;

export interface TokenWindow extends WordWindow {
  /** Document token index of window word 0. */
  readonly firstToken: number;
}

export function sentenceWords(text: string, tokens: TokenTable, s: Sentence): string[] {
  const out: string[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) out.push(text.slice(tokens.start[t], tokens.end[t]));
  return out;
}

/** The window around sentence k: its tokens and those of its neighbours (contiguous token ranges). */
export function windowAround(text: string, tokens: TokenTable, sentences: readonly Sentence[], k: number): TokenWindow {
  const from = Math.max(0, k - WINDOW_SENTENCES_BEFORE);
  const to = Math.min(sentences.length - 1, k + WINDOW_SENTENCES_AFTER);
  const words: string[] = [];
  const sentence: number[] = [];
  const firstToken = sentences[from]!.tokenStart;
  let next = firstToken;
  for (let j = from; j <= to; j++) {
    const s = sentences[j]!;
    // Tokens between sentences (a dateline, stray marks) stay in the window so indices stay contiguous.
    for (let t = next; t < s.tokenEnd; t++) {
      words.push(text.slice(tokens.start[t], tokens.end[t]));
      sentence.push(j - from);
    }
    next = s.tokenEnd;
  }
  return { words, sentence, firstToken };
}
