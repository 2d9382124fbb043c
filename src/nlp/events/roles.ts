import type { EventParticipant } from '../../core/annotations.js';
import type { Candidate } from './participants.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/**
 * Subject and object of a trigger within its sentence, from the candidates around it. The subject
 * is the nearest candidate before the trigger with those coordinated to it ("X and Y met"); the
 * object the first candidate after it with those coordinated to it ("with X and Y").
 */
export interface TriggerArguments {
  readonly subject: Candidate[];
  readonly object: Candidate[];
  /** "with X": the object is a partner of the subject rather than the one acted on. */
  readonly objectIsPartner: boolean;
  /** Where a visit goes ("visit to Kazakhstan", "arrived in Astana"): country code. */
  readonly destination: Candidate | null;
  /** A plural anaphor stands for the subject ("the sides", "the two presidents", "they"). */
  readonly anaphoricSubject: boolean;
}

/** Words that may stand between coordinated participants: "and", commas, title words. */
const COORDINATION = /^[\s,]*(?:(?:and|as well as|&)\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|on|a|an|delegations?|led by|headed by|from|representatives|officials|members|-|–|—)[\s,]*)*|,\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|on|-|–|—)[\s,]*)*)$/u;
const TITLE_ONLY = /^[\s,]*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|on|-|–|—)[\s,]*)*$/u;
/** A clause boundary between a candidate and the trigger ends the search. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|as|after|before|when|which|where)\s|\b(?:said|says|noted|stated|told|reported)\b/iu;
/** ", noting that … Armenia": a participial clause after the trigger has arguments of its own. */
export const PARTICIPIAL_CLAUSE = /,\s+(?!including\b)[a-z]+ing\s/u;
const PLURAL_ANAPHOR = /(?:^|[\s,])(?:the (?:two |both )?(?:sides|parties|countries|leaders|presidents|ministers|heads of state|heads|interlocutors|officials|counterparts|delegations|speakers|prime ministers|chairmen)|both (?:sides|parties|leaders|countries|presidents|ministers)|they|the two(?: \w+)?)\s+(?:\w+\s+){0,3}$/iu;
/** "a delegation from Minsk Oblast visited": the body a delegation comes from is the visitor. */
const DELEGATION_OF = /\b(?:delegations?|representatives|officials|members|envoys?|mission|team)\s+(?:from|of)\s+(?:the\s+)?$/iu;
const PREPOSITION_BEFORE = /\b(?:with|for|to|of|on|from|about|against|towards?|into|over)\s+(?:the\s+)?$/iu;
const ANAPHOR_IN_TRIGGER = /\b(?:the two countries|both countries|the two sides|both sides|the sides|the parties|they)\b/iu;
const PURPOSE_OR_RELATIVE = /^\s*,?\s*(?:who|which)\s+(?:\w+\s+){0,3}$/iu;
const PARTNER_GAP = /^\s*(?:with|between)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|his|her|their|its|counterparts?|colleagues?|president|prime|minister|foreign|deputy|ambassador|leader|head|-|–)[\s,]*)*$/u;
const DESTINATION_LEAD = /^\s*(?:(?:to|in|at)\s+)?(?:the\s+)?(?:(?:city|capital|republic)\s+of\s+(?:the\s+)?)?$/iu;

/** One phrase standing for several entities ("the parties", "the two ministers") joins them all. */
const sameSpan = (a: Candidate, b: Candidate): boolean => a.start === b.start && a.end === b.end;

function coordinatedLeft(cands: readonly Candidate[], i: number, sentence: string, floor = 0): Candidate[] {
  const out = [cands[i]!];
  for (let j = i - 1; j >= 0 && cands[j]!.start >= floor; j--) {
    const gap = sentence.slice(cands[j]!.end, out[0]!.start);
    if (cands[j]!.possessive) continue;
    if (cands[j]!.location || (!COORDINATION.test(gap) && !sameSpan(cands[j]!, out[0]!))) break;
    out.unshift(cands[j]!);
  }
  return out;
}

function coordinatedRight(cands: readonly Candidate[], i: number, sentence: string): Candidate[] {
  const out = [cands[i]!];
  for (let j = i + 1; j < cands.length; j++) {
    const gap = sentence.slice(out[out.length - 1]!.end, cands[j]!.start);
    if (cands[j]!.possessive) continue;
    if (cands[j]!.location || (!COORDINATION.test(gap) && !sameSpan(cands[j]!, out[out.length - 1]!))) break;
    out.push(cands[j]!);
  }
  return out;
}

export function triggerArguments(sentence: string, t: TriggerMatch, cands: readonly Candidate[]): TriggerArguments {
  const before = sentence.slice(0, t.start);
  const after = sentence.slice(t.end);
  let subject: Candidate[] = [];
  // "X, who pays a visit to Brussels, met Y": the relative clause is skipped when looking for the subject.
  const relative = /,\s*(?:who|which)\b[^,;]*(?:,[^,;]*)?,\s*(?:and\s+)?$/iu.exec(before);
  const skipFrom = relative ? relative.index : Number.POSITIVE_INFINITY;
  // "As sources told the paper, officials handed over ...", "According to X, ...": the attribution
  // names the source of the report, not a participant.
  const attribution = /^\s*(?:as|according to)\b[^,;]{0,120}?\b(?:told|said|reported|says|according to|informed|cited)\b[^,;]*,|^\s*according to\b[^,;]*,/iu.exec(before);
  const skipUntil = attribution ? attribution[0].length : 0;
  // Nearest candidate before the trigger, not across a clause boundary. A person's own title
  // words may stand between ("Tokayev, President of Kazakhstan, met").
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.end > t.start || c.location || c.start >= skipFrom) continue;
    if (c.end <= skipUntil) break;
    // A subject is never the object of a preposition ("support for talks with the IMF and invited").
    // ("reminded about Demirci's visit": the possessor of a visit is still its visitor.)
    if (PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, c.start - 12), c.start)) && !c.possessive
      && !DELEGATION_OF.test(sentence.slice(Math.max(0, c.start - 40), c.start))
      && !(t.rule.frame === 'visit' && /^['’]s?\b/u.test(sentence.slice(c.end)))) continue;
    const gap = sentence.slice(c.end, relative ? skipFrom : t.start);
    // "his recent visit": the possessor of a visit is the visitor; elsewhere "his" is no argument.
    if (c.possessive) {
      // "his recent visit", "their summit": the possessor of a visit or meeting takes part in it.
      if ((t.rule.frame === 'visit' || t.rule.frame === 'meet') && /^\s+(?:[\w-]+\s+){0,3}$/u.test(gap)) { subject = cands.filter((x) => x.possessive && sameSpan(x, c)); break; }
      continue;
    }
    if (CLAUSE_BREAK.test(gap) && !PURPOSE_OR_RELATIVE.test(gap) && gap.length > 2) {
      // "X, who arrived in": the relative pronoun points back to X.
      if (!/,\s*who\b/iu.test(gap)) break;
    }
    // "X said the two leaders agreed": the anaphor nearer the trigger is the subject.
    if (PLURAL_ANAPHOR.test(gap)) break;
    subject = coordinatedLeft(cands, i, sentence, skipUntil);
    break;
  }
  // "While on a trip to Lima, Speaker X met ...": an introductory phrase takes the main clause's subject.
  if (!subject.length && /^\s*(?:while|during|after|before|upon|following|in the course of|being)\s+(?:\w+\s+){0,4}$/iu.test(before)) {
    const comma = after.indexOf(',');
    if (comma >= 0) {
      const i = cands.findIndex((c) => c.start > t.end + comma && !c.location);
      if (i >= 0 && TITLE_ONLY.test(sentence.slice(t.end + comma + 1, cands[i]!.start))) subject = coordinatedLeft(cands, i, sentence).filter((c) => c.start > t.end);
    }
  }
  let destination: Candidate | null = null;
  let object: Candidate[] = [];
  // "invited Prime Minister Dana Ferreira to pay a visit": the object can sit inside the trigger phrase.
  const within = cands.findIndex((c) => c.start > t.start && c.end <= t.end && !c.possessive && !c.location
    && (c.kind === 'person' || t.rule.id.startsWith('agree.invite') || (t.rule.frame === 'multilateral' && c.kind === 'org')));
  if (within >= 0) object = coordinatedRight(cands, within, sentence);
  for (let i = 0; i < cands.length && !object.length; i++) {
    const c = cands[i]!;
    if (c.start < t.end) continue;
    const gap = sentence.slice(t.end, c.start);
    if (CLAUSE_BREAK.test(gap) || PARTICIPIAL_CLAUSE.test(gap)) break;
    if (t.rule.frame === 'visit' && c.kind !== 'person' && !destination && DESTINATION_LEAD.test(gap.replace(/^\s*(?:\w+\s+){0,2}?(?=to\b|in\b|at\b)/iu, ''))) {
      destination = c;
      continue;
    }
    if (c.location || c.possessive) continue;
    // What an actor does to someone names them soon after the verb ("thanked X", "accused X of");
    // "support for the talks with X" names X as part of the content, not as the one supported.
    if (gap.length > (t.rule.frame === 'act' ? 60 : 160)) break;
    if (t.rule.frame === 'act' && /\S\s+with\s/iu.test(gap)) break;
    object = coordinatedRight(cands, i, sentence);
    break;
  }
  // "visit of X to Y" / "X's visit to Y": the visitor follows "of"/"by".
  if (t.rule.frame === 'visit' && /\b(?:of|by)\s*$/iu.test(sentence.slice(t.start, t.end)) && object.length) {
    subject = object;
    object = [];
    const rest = cands.filter((c) => c.start > subject[subject.length - 1]!.end);
    const dest = rest.find((c) => c.kind !== 'person' && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*to\s+(?:the\s+)?$/u.test(sentence.slice(subject[subject.length - 1]!.end, c.start)));
    if (dest) destination = dest;
  }
  // "signed ... with X", "agreed with X": X is a partner; "agreed to cooperate with X": X is content.
  const objectIsPartner = object.length > 0 && (/\b(?:with|between|meet|meets)\s*$/iu.test(sentence.slice(t.start, t.end))
    || PARTNER_GAP.test(sentence.slice(t.end, object[0]!.start)));
  // "X touched upon Y’s destructive conduct": Y is whom the act concerns, X the actor.
  if (t.rule.frame === 'act' && subject.length === 1 && /^['’]s?\s*$/u.test(sentence.slice(subject[0]!.end, t.start)) && !object.length) {
    const possessor = subject[0]!;
    object = [possessor];
    subject = [];
    for (let i = cands.indexOf(possessor) - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.location || c.possessive) continue;
      if (!CLAUSE_BREAK.test(sentence.slice(c.end, possessor.start))) subject = coordinatedLeft(cands, i, sentence);
      break;
    }
  }
  // "provocations by Afghanistan along Pakistan's border": the agent follows "by"; whom it
  // concerns is named next.
  if (t.rule.frame === 'act' && /\bby\s*$/iu.test(sentence.slice(t.start, t.end)) && object.length) {
    const agent = object;
    const last = agent[agent.length - 1]!;
    const next = cands.find((c) => c.start > last.end && !c.possessive && c.start - last.end < 60 && !CLAUSE_BREAK.test(sentence.slice(last.end, c.start)));
    subject = agent;
    object = next ? [next] : [];
  }
  // Nobody acts on himself here: the subject's own later mentions are not its object.
  const subjectIds = new Set(subject.map((c) => c.participant.entity).filter(Boolean));
  object = object.filter((c) => !c.participant.entity || !subjectIds.has(c.participant.entity));
  // "the accord the two countries signed": the anaphor inside the trigger is its subject.
  if (ANAPHOR_IN_TRIGGER.test(sentence.slice(t.start, t.end))) subject = [];
  // "talks between X and Y": only those named after "between" take part.
  if (/\bbetween\s*$/iu.test(sentence.slice(t.start, t.end))) subject = [];
  const anaphoricSubject = !subject.length && !/\bbetween\s*$/iu.test(sentence.slice(t.start, t.end))
    && (PLURAL_ANAPHOR.test(before) || ANAPHOR_IN_TRIGGER.test(sentence.slice(t.start, t.end)));
  return { subject, object, objectIsPartner, destination, anaphoricSubject };
}

export const participantsOf = (cands: readonly Candidate[]): EventParticipant[] => {
  const seen = new Set<string>();
  const out: EventParticipant[] = [];
  for (const c of cands) {
    const key = c.participant.entity ?? `${c.participant.code}:${c.participant.entity_text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c.participant);
  }
  return out;
};
