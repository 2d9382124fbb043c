import type { EventParticipant } from '../../core/annotations.js';
import { countriesOf, type Roles } from './participant-sets.js';
import type { TriggerArguments } from './roles.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/** ", who is on an official visit": the relative clause that ties a visit to the one person before it. */
const WHO_CLAUSE = /^[^.;:]*,\s*who\s/iu;

/**
 * EVENT rule '+relative-visitor': "the signing, witnessed by X, President of Peru, and Y,
 * President of Ghana, who is on an official visit to the Andean country": the relative
 * pronoun names one visitor, the one just before it; the others named with it are the hosts.
 * For a visit trigger with no host named; null when the subject is not of two countries or more,
 * or no relative clause leads from its last member to the trigger.
 */
export function relativeVisitor(t: TriggerMatch, args: TriggerArguments, subject: readonly EventParticipant[], sentence: string): Roles | null {
  if (countriesOf(subject).size < 2) return null;
  const last = [...args.subject].sort((x, y) => y.start - x.start)[0];
  if (!last || !WHO_CLAUSE.test(sentence.slice(last.end, t.start))) return null;
  const visitor = args.subject.filter((c) => c.participant.code === last.participant.code).map((c) => c.participant);
  return { actor: visitor, recipient: subject.filter((p) => p.code !== last.participant.code), mode: 'visit' };
}
