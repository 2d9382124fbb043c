import type { EventParticipant, PloverCategory } from '../../core/annotations.js';
import { clauseState } from './frame-roles.js';
import { hostState } from './host-state.js';
import type { Candidate } from './participants.js';
import { countriesOf, type Roles } from './participant-sets.js';
import type { TriggerArguments } from './roles.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/** One trigger in its sentence, with what the sentence offers besides its arguments. */
export interface TriggerInSentence {
  readonly t: TriggerMatch;
  readonly args: TriggerArguments;
  /** The participant candidates of the whole sentence. */
  readonly cands: readonly Candidate[];
  readonly sentence: string;
  /** Where the sentence's meeting happens: a visit's destination or an "in <place>". */
  readonly placeCand: Candidate | null;
}

/**
 * Fills the sides an event of this category needs, or says it is no event (null). Pushes each
 * participant added to `roles` and to `all` (the event's participants, in the order found), in
 * this order of rules; `hostAdded`: the host-state rule added one (its id joins the event's rule).
 */
export function completeSides(x: TriggerInSentence, category: PloverCategory, future: boolean, roles: Roles, all: EventParticipant[]): { hostAdded: boolean } | null {
  const { t, args, cands, sentence } = x;
  if (!countriesOf(all).size) return null;
  // A meeting needs two sides: with one found in the clause, the other is a person named
  // elsewhere in the sentence ("Anwar said the message was conveyed to X during a call").
  if (t.rule.event === 'CONSULT' && t.rule.frame !== 'visit' && t.rule.frame !== 'multilateral' && roles.mode !== 'multilateral' && all.length < 2) {
    const other = cands.find((c) => c.kind === 'person' && !c.possessive && !all.some((p) => p.entity === c.participant.entity));
    if (!other) return null;
    roles.actor.push(other.participant);
    all.push(other.participant);
  }
  // An intention or support is towards someone (GUIDELINE: "agreeing to ... cooperate",
  // "support or praise for another actor"): with one party only, the counterpart is the country
  // named after the trigger ("commitment to continue working with Turkiye"); else it is a statement.
  if ((category === 'AGREE' || category === 'SUPPORT') && !roles.recipient.length && roles.actor.length < 2) {
    const state = clauseState(t, args, cands, sentence);
    if (!state || roles.actor.some((p) => p.code === state.code)) return null;
    roles.recipient.push(state);
    all.push(state);
  }
  const host = hostState(t, future, all, x.placeCand);
  if (host) {
    roles.actor.push(host);
    all.push(host);
  }
  // A summit is a meeting of several: one country alone with no body named is too little to code.
  if (t.rule.frame === 'multilateral' && countriesOf(all).size < 2) return null;
  // Requests and threats are addressed to someone; without a recipient they are statements.
  if ((t.rule.event === 'REQUEST' || t.rule.event === 'THREATEN') && !roles.recipient.length) return null;
  return { hostAdded: host !== null };
}
