import type { Span } from '../../core/span.js';
import type { EventDate } from './event-date.js';

/** Words that mark an event as one the text cites from before ("his recent visit", "the historic visit"). */
const CITED_WORDS = /\b(?:recent|recently|previous|previously|earlier|last|historic|landmark|past|first-ever)\b/iu;
/** "the meeting with X", "that visit": a definite noun phrase may name an event told before. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+$/iu;

/** CITED_WORDS in the trigger or the 30 characters before it (`t`: offsets in `sentence`). */
export const citedByWords = (sentence: string, t: Span): boolean => CITED_WORDS.test(sentence.slice(Math.max(0, t.start - 30), t.end));

/**
 * A past event the text cites, not the reported news: dated to a month or year before the news, or
 * called "recent"/"previous"/"historic" ("Putin's historic visit to Kazakhstan"). Never a future one.
 */
export function isCited(when: EventDate, ref: string | null, sentence: string, t: Span, future: boolean): boolean {
  return !future && ((when.fromText && when.precision !== 'day' && when.date !== (ref ?? '').slice(0, when.date?.length ?? 0))
    || citedByWords(sentence, t));
}

/** The trigger follows "the", "this" or "that" (`t`: offsets in `sentence`). */
export const isDefinite = (sentence: string, t: Span): boolean => DEFINITE_BEFORE.test(sentence.slice(Math.max(0, t.start - 12), t.start));
