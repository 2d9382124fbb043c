import type { EventParticipant } from '../../core/annotations.js';
import type { Candidate } from './participants.js';
import { countriesOf } from './participant-sets.js';

/** Who the sides of a meeting are when no entity or place says it: rules used by frame-roles.ts. */

/**
 * EVENT rule 'consult.meet' body of states: "the session of the Council of Baltic Sea States", "a
 * meeting of the Organisation of Turkic States": a capitalised name of a body whose members are
 * states is an international body (PLOVER code IGO) even when no lexicon knows it, and its meeting is
 * multilateral. A bilateral commission ("the Commission on cooperation between X and Y") names no
 * "States" or "Nations" and is left to the rules for meetings of two sides.
 */
const BODY_OF_STATES = /^(?:session|sitting|meeting|summit) of the ((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the))*)/u;
const OF_STATES = /\b(?:States|Nations|Countries)\b/u;

/** The body of states named from the start of a meeting trigger on (`from`: the sentence from the trigger). */
export function bodyOfStates(from: string): EventParticipant | null {
  const name = BODY_OF_STATES.exec(from)?.[1]?.replace(/(?:\s+(?:of|the))+$/u, '');
  return name && OF_STATES.test(name) ? { code: 'IGO', sector: null, entity_text: name } : null;
}

/** "a delegation from Leningrad Oblast", "the delegation of Peru": the words that make a party the travelling side. */
const DELEGATION_BEFORE = /\b(?:delegations?|visiting|representatives|mission)\s+(?:from|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}$/u;

/**
 * EVENT rule 'consult.meet' host by delegation: in a meeting of two countries with no place known,
 * the side that came as "a delegation from X" travelled, so the other side hosts (GUIDELINE: visitor
 * in actor, host in recipient when that is clear).
 */
export function delegationHost(parties: readonly EventParticipant[], cands: readonly Candidate[], sentence: string): string | null {
  const countries = countriesOf(parties);
  if (countries.size !== 2) return null;
  const travelling = new Set(cands.filter((c) => DELEGATION_BEFORE.test(sentence.slice(Math.max(0, c.start - 60), c.start))).map((c) => c.participant.code));
  if (travelling.size !== 1) return null;
  const hosts = [...countries].filter((c) => !travelling.has(c));
  return hosts.length === 1 ? hosts[0]! : null;
}

