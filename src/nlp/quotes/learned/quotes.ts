import type { Quote, QuoteSpeaker } from '../../../core/annotations.js';
import type { Analysis } from '../../../core/analysis.js';
import { overlaps, type Span } from '../../../core/span.js';
import { cueLexicon } from '../lexicon.js';
import { resolveSpeaker, speakerContext, type SpeakerKind, type SpeakerState } from '../speaker.js';
import type { LearnedQuoteModel } from './model.js';

export const LEARNED_RULE = 'learned:polnear';

const OPENING = /^[\s"“«„‘'‹]+/u;
// Trailing sentence punctuation goes too: the content is the statement, not the sentence's end.
const CLOSING = /[\s"”»’'›.,;:]+$/u;
const PRONOUN = /^(?:he|she|they|we|i|you|it)$/iu;

/** The content without the quotation marks around it (OUTPUT.md: "the quoted content, without marks"). */
function unquote(text: string, span: Span): { span: Span; direct: boolean } {
  const s = text.slice(span.start, span.end);
  const lead = OPENING.exec(s)?.[0].length ?? 0;
  const trail = CLOSING.exec(s.slice(lead))?.[0].length ?? 0;
  const quoted = /["“«„]/u.test(s.slice(0, lead));
  return { span: { start: span.start + lead, end: span.end - trail }, direct: quoted };
}

function phraseKind(text: string, span: Span): SpeakerKind {
  const words = text.slice(span.start, span.end);
  if (PRONOUN.test(words)) return 'pronoun';
  if (/^\p{Lu}/u.test(words) && !/^(?:The|A|An)\s/u.test(words)) return 'name';
  return 'source';
}

/**
 * The learned model's attributions as quotes: speakers resolved like the rules' (the entity of an
 * overlapping mention; a pronoun to the nearest person before it), provenance `learned:polnear`.
 */
export function learnedQuotes(a: Analysis, model: LearnedQuoteModel): Quote[] {
  const ctx = speakerContext(a.text, cueLexicon(), a.entities, a.names);
  const state: SpeakerState = { lastNamed: null };
  const out: Quote[] = [];
  for (const att of model.attributions(a.text, a.tokens, a.sentences)) {
    const { span, direct } = unquote(a.text, att.content);
    if (span.end <= span.start) continue;
    const speaker: QuoteSpeaker | null = att.source
      ? resolveSpeaker(ctx, { ...att.source, kind: phraseKind(a.text, att.source) }, state)
      : null;
    out.push({
      start: span.start, end: span.end, text: a.text.slice(span.start, span.end), direct,
      cue: { start: att.cue.start, end: att.cue.end, text: a.text.slice(att.cue.start, att.cue.end) },
      speaker,
      by: { component: 'quotes', rule: LEARNED_RULE },
    });
  }
  return out;
}

/**
 * Rule quotes win by default: a learned quote is added only where no rule quote's content overlaps
 * its own (nor an earlier learned one's), so the model fills the gaps of the cue lexicon and never
 * rewrites what the rules found. One gap inside a kept quote is filled too: a quote without a
 * speaker takes the source of an overlapping quote from the other side (its rule id then ends in
 * "+learned-speaker" or "+rule-speaker"). `prefer: 'learned'` swaps the roles. Text order.
 */
export function mergeQuotes(rules: readonly Quote[], learned: readonly Quote[], prefer: 'rules' | 'learned' = 'rules'): Quote[] {
  const [primary, secondary, tag] = prefer === 'rules' ? [rules, learned, 'learned-speaker'] : [learned, rules, 'rule-speaker'];
  const kept: Quote[] = primary.map((q) => {
    if (q.speaker) return q;
    const donor = secondary.find((l) => l.speaker && overlaps(l, q));
    return donor ? { ...q, speaker: donor.speaker, by: { component: q.by.component, rule: `${q.by.rule}+${tag}` } } : q;
  });
  const before = kept.length;
  for (const q of secondary) if (!kept.some((k) => overlaps(k, q))) kept.push(q);
  if (kept.length === before && prefer === 'rules') return kept;
  return kept.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** For the 'persons' mode: a learned quote is kept only when its speaker resolved to a PERSON entity. */
export function spokenByPerson(a: Analysis, q: Quote): boolean {
  const id = q.speaker?.entity;
  return id !== undefined && a.entities.some((e) => e.id === id && e.type === 'PERSON');
}
