import type { DocContext } from './document-context.js';
import { countriesOf, type Roles } from './participant-sets.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/**
 * EVENT rule '+main-parties': in news of a meeting, a joint act of exactly the meeting's countries
 * named as states ("the parties discussed cooperation between Tajikistan and Kyrgyzstan and agreed
 * to ...") is the act of the people who met: the states are replaced by the meeting's participants.
 * Only when every party is a bare state and the states are the meeting's countries, no more, no less.
 * Null when the rule does not apply.
 */
export function partiesForStates(roles: Roles, t: TriggerMatch, ctx: DocContext): Roles | null {
  if (t.rule.frame !== 'joint' || roles.recipient.length || roles.actor.length < 2) return null;
  if (roles.actor.some((p) => p.entity !== undefined) || !ctx.mainParties.length || ctx.mainParties.some((p) => p.entity === undefined)) return null;
  const mine = countriesOf(roles.actor);
  const theirs = countriesOf(ctx.mainParties);
  if (mine.size !== theirs.size || [...mine].some((c) => !theirs.has(c))) return null;
  return { ...roles, actor: [...ctx.mainParties] };
}
