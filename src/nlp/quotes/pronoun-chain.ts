import type { Entity, QuoteSpeaker } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { sentenceAt } from './text-units.js';

/** A statement already attributed, in reading order: where its cue and content lie, who said it. */
export interface SaidBefore extends Span {
  /** The phrase that named the speaker ("he", "Ms Lind"). */
  readonly phrase: Span;
  readonly speaker: QuoteSpeaker;
}

/** What the chain reads: the text, its sentences and the PERSON mentions in text order. */
export interface ChainContext {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly entity: Entity; readonly kind: string }[];
}

const FEMALE = /\b(?:Ms|Mrs|Miss|Madam|Madame|Dame|Lady|Queen|Princess|spokeswoman|chairwoman|congresswoman)\b/iu;
const MALE = /\b(?:Mr|Sir|Lord|Sheikh|King|Prince|Emir|Sultan|spokesman|chairman|congressman)\b/u;

/**
 * False when the entity's honorifics or titles give the other gender than the pronoun, or when the
 * text only ever refers to it with pronouns of the other gender.
 */
function fitsGender(e: Entity, pronoun: string): boolean {
  const she = /^she$/iu.test(pronoun);
  const cues = [...e.honorifics, ...e.titles].join(' ; ');
  if (she ? MALE.test(cues) && !FEMALE.test(cues) : FEMALE.test(cues) && !MALE.test(cues)) return false;
  const pronouns = e.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text.toLowerCase());
  const female = pronouns.filter((w) => /^(?:she|her|hers|herself)$/u.test(w)).length;
  const male = pronouns.filter((w) => /^(?:he|him|his|himself)$/u.test(w)).length;
  return she ? !(male > 0 && female === 0) : !(female > 0 && male === 0);
}

// A sentence that opens with an adverbial or participial phrase before its subject:
// "During the meeting, the minister …", "Greeting the delegation, Speaker X …".
const LEAD_PHRASE = /^[^,;:"“”«»]{2,90},\s*/u;
// Between a clause start and its subject: an article and capitalised title words ("the Kazakh Speaker").
const BEFORE_SUBJECT = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{M}’'.-]*\s+){0,6}$/u;

/**
 * The person a sentence is about: its grammatical subject when that is a person (a name, a title
 * or a pronoun whose statement was attributed before), past a leading adverbial phrase.
 */
function subjectOf(ctx: ChainContext, s: Span, said: readonly SaidBefore[]): QuoteSpeaker | Entity | null {
  const { text } = ctx;
  let from = s.start;
  const lead = LEAD_PHRASE.exec(text.slice(s.start, s.end));
  if (lead && !ctx.mentions.some((m) => m.start >= s.start && m.start < s.start + lead[0].length)) from += lead[0].length;
  const first = ctx.mentions.find((m) => m.start >= from && m.start < s.end && m.kind !== 'group');
  const pronoun = said.find((q) => q.phrase.start >= from && q.phrase.start < s.end && /^(?:he|she)$/iu.test(text.slice(q.phrase.start, q.phrase.end)));
  if (pronoun && (!first || pronoun.phrase.start <= first.start) && BEFORE_SUBJECT.test(text.slice(from, pronoun.phrase.start))) return pronoun.speaker;
  if (!first || first.kind === 'pronoun' || !BEFORE_SUBJECT.test(text.slice(from, first.start))) return null;
  return first.entity;
}

/**
 * QUOTE_CONSTRAINTS 'pronoun-chain': "he said" / "she added" continues the speaker of the statement just
 * before it (same or previous sentence), else refers to the subject of the previous sentence (the
 * centre of attention, Grosz, Joshi and Weinstein 1995), rather than the last person named, who is
 * often inside the previous statement ("He said Tokayev's policy …. He added …").
 */
export function chainPronoun(ctx: ChainContext, p: Span, said: readonly SaidBefore[]): QuoteSpeaker | Entity | null {
  const pronoun = ctx.text.slice(p.start, p.end);
  if (!/^(?:he|she)$/iu.test(pronoun)) return null;
  const i = sentenceAt(ctx.sentences, p.start);
  if (i < 0) return null;
  const prev = ctx.sentences[i - 1];
  const current = ctx.sentences[i]!;
  const last = [...said].reverse().find((q) => q.end <= p.start || q.phrase.end <= p.start);
  const fits = (x: QuoteSpeaker | Entity | null): boolean => {
    if (!x) return false;
    const e = 'mentions' in x ? x : ctx.mentions.find((m) => m.entity.id === x.entity)?.entity;
    return !e || fitsGender(e, pronoun);
  };
  if (last && last.speaker.entity && (last.end > (prev ?? current).start || last.phrase.start >= (prev ?? current).start) && fits(last.speaker)) return last.speaker;
  if (!prev) return null;
  const subject = subjectOf(ctx, prev, said);
  return fits(subject) ? subject : null;
}
