import type { Analysis } from '../../core/analysis.js';
import type { EventParticipant } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { scanPlaces } from '../countries/index.js';
import { citedByWords } from './cited.js';
import { datelineCountry } from './location.js';
import { modalityOf } from './modality.js';
import { sentenceCandidates } from './participants.js';
import { isBodyCode } from './participant-sets.js';
import { triggerArguments } from './roles.js';
import { findTriggers, type TriggerMatch } from './trigger-lexicon.js';

/** What the coding of one document knows beyond the sentence at hand. */
export interface DocContext {
  readonly a: Analysis;
  /** Country of the dateline place, where an unplaced meeting is taken to happen. */
  readonly homeCountry: string | null;
  /**
   * The participants of the document's first bilateral meeting, for "the sides agreed ...": in news
   * of a meeting, "the sides" and "the parties" are its participants.
   */
  mainParties: EventParticipant[];
}

/** The triggers of one sentence, by its span and text. */
export type SentenceTriggers = (s: Span, text: string) => readonly TriggerMatch[];

/** The triggers of each sentence of one document, found once for arrivalCountry and the coding loop. */
export function sentenceTriggers(): SentenceTriggers {
  const found = new Map<string, readonly TriggerMatch[]>();
  return (s, text) => {
    const key = `${s.start}:${s.end}`;
    let triggers = found.get(key);
    if (!triggers) found.set(key, (triggers = findTriggers(text)));
    return triggers;
  };
}

/**
 * Where a visiting party arrived ("the minister, who arrived in Hanoi"; "on a trip to Lima"): with no
 * dateline, the document's meetings are taken to be there. The first asserted, uncited arrival.
 */
export function arrivalCountry(a: Analysis, triggersOf: SentenceTriggers): string | null {
  for (const s of a.sentences) {
    const text = a.text.slice(s.start, s.end);
    const triggers = triggersOf(s, text).filter((t) => t.rule.frame === 'visit' && t.rule.event === 'CONSULT');
    if (!triggers.length) continue;
    const cands = sentenceCandidates(text, s.start, a.entities);
    for (const t of triggers) {
      if (citedByWords(text, t)) continue;
      if (modalityOf(text.slice(0, t.start), text.slice(t.end), text.slice(t.start, t.end)).modality !== 'asserted') continue;
      const dest = triggerArguments(text, t, cands).destination?.participant.code;
      if (dest && !isBodyCode(dest)) return dest;
    }
  }
  return null;
}

/**
 * The country a story is about: the dateline's, else the country its place names mention most
 * (ties: the first named). Unnamed "authorities" or "police" belong to it.
 */
export function storyCountry(a: Analysis): string | null {
  const fromDateline = datelineCountry(a.doc);
  if (fromDateline) return fromDateline;
  const counts = new Map<string, number>();
  for (const p of scanPlaces(a.text)) {
    if (p.kind === 'organisation' || isBodyCode(p.code)) continue;
    counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code;
  return best;
}
