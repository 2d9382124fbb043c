import type { EventParticipant } from '../../core/annotations.js';
import type { Candidate } from './participants.js';
import { countriesOf, isBodyCode } from './participant-sets.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/**
 * EVENT rule 'consult.multilateral+host-state': "X arrived in Lima to attend a session of the
 * ministerial council of <a body not recognised>": the host state of the meeting
 * takes part beside the one country named (GUIDELINE: all participants in actor).
 * The state to add (the sentence's place), or null when the rule does not apply.
 */
export function hostState(t: TriggerMatch, future: boolean, all: readonly EventParticipant[], placeCand: Candidate | null): EventParticipant | null {
  if (t.rule.frame === 'multilateral' && t.rule.event === 'CONSULT' && !future && countriesOf(all).size === 1 && placeCand
    && !all.some((p) => isBodyCode(p.code)) && !countriesOf(all).has(placeCand.participant.code ?? '')) return placeCand.participant;
  return null;
}
