import type { EventParticipant } from '../../core/annotations.js';

/** Helpers over the participants of one event, shared by the event rule families of this folder. */

/** The two sides of one event, and its CONSULT mode when the rule that found them knows it. */
export interface Roles {
  actor: EventParticipant[];
  recipient: EventParticipant[];
  mode: string | null;
}

/** The codes PLOVER gives international bodies rather than states: IGO, the UN (UNO), the EU (EUR). */
export const isBodyCode = (code: string | null | undefined): boolean => code === 'IGO' || code === 'UNO' || code === 'EUR';

export const countriesOf = (ps: readonly EventParticipant[]): Set<string> => new Set(ps.map((p) => p.code).filter((c): c is string => !!c));

/** Each participant once: an entity by its id, else a code with its words. */
export function dedupe(ps: readonly EventParticipant[]): EventParticipant[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = p.entity ?? `${p.code}:${p.entity_text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A country named beside one of its own people adds nothing ("Tokayev ... visit to Kazakhstan"):
 * the whole-state participant is dropped when a person or body of that country takes part.
 */
export function withoutRedundantStates(roles: Roles): Roles {
  const named = new Set([...roles.actor, ...roles.recipient].filter((p) => p.entity !== undefined).map((p) => p.code));
  const keep = (p: EventParticipant): boolean => p.entity !== undefined || !named.has(p.code);
  return { ...roles, actor: dedupe(roles.actor.filter(keep)), recipient: dedupe(roles.recipient.filter(keep)) };
}
