import type { Quote } from '../../core/annotations.js';

const words = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameSource = (a: Quote, b: Quote): boolean =>
  !!a.speaker && !!b.speaker && (a.speaker.entity ? a.speaker.entity === b.speaker.entity : a.speaker.name === b.speaker.name);

/**
 * QUOTE_CONSTRAINTS 'repeated-quote': a headline often repeats a quotation the body gives in full.
 * A record of the headline (the text before `headlineEnd`) whose words are contained in a record of
 * the body by the same speaker and of the same kind (direct or reported) is that statement, told
 * once: the body's record is kept. Repetitions inside the body (a live blog re-posting a tweet) are
 * separate passages and stay.
 */
export function withoutHeadlineRepeats(quotes: readonly Quote[], headlineEnd: number): Quote[] {
  return quotes.filter((q) => q.end > headlineEnd || !quotes.some((o) => o.start >= headlineEnd
    && sameSource(q, o) && q.direct === o.direct && words(o.text).includes(words(q.text))));
}
