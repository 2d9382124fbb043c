import type { DateMention, PloverEvent } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';

/** The date of an event and whether a time expression of its sentence gave it. */
export interface EventDate {
  date: string | null;
  precision: PloverEvent['date_precision'];
  fromText: boolean;
}

/** The date of an event: the time expression of its sentence nearest the trigger, else the article date. */
export function eventDate(t: Span, sentence: Span, dates: readonly DateMention[], ref: string | null, future: boolean): EventDate {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end)
    // A date after the article date names the planned event, not the agreement to hold it.
    .filter((d) => !ref || d.value.slice(0, ref.length) <= ref || !future)
    .filter((d) => !ref || d.value <= ref || d.value.startsWith(ref.slice(0, d.value.length)));
  const dist = (d: Span): number => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  const best = [...inSentence].sort((x, y) => dist(x) - dist(y))[0];
  if (best && !future) return { date: best.value, precision: best.precision, fromText: true };
  return { date: ref, precision: ref ? 'day' : null, fromText: false };
}
