import type { EventParticipant } from '../../core/annotations.js';
import type { EventDraft } from './merge.js';
import type { TriggerArguments } from './roles.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/**
 * People met one by one: "X met with both Y and Z" names two or more people coordinated in the
 * object of a meeting trigger with a subject. Their entity ids, or none.
 */
export function peopleMetSeparately(t: TriggerMatch, args: TriggerArguments): string[] {
  if (t.rule.frame !== 'meet' || !args.subject.length) return [];
  const people = [...new Set(args.object.filter((c) => c.kind === 'person' && c.participant.entity).map((c) => c.participant.entity!))];
  return people.length >= 2 ? people : [];
}

/**
 * EVENT rule 'consult.per-recipient': "X met with both Y and Z", "X held talks with Y and Z": the
 * subject met each person named in the coordinated object, one CONSULT per person (the gold
 * guideline's "one record per real-world event"; PLOVER codes dyads). A meeting of all together is
 * stated with "between" or with the others as subjects ("X, Y and Z met"), which is not split.
 */
export function oneMeetingPerRecipient(drafts: EventDraft[], separately: ReadonlySet<string>): EventDraft[] {
  if (separately.size < 2) return drafts;
  return drafts.flatMap((d) => {
    const ids = [...new Set([...d.event.actor, ...d.event.recipient].map((p) => p.entity).filter((e): e is string => !!e && separately.has(e)))];
    if (d.event.event[0] !== 'CONSULT' || d.event.mode[0] === 'multilateral' || ids.length < 2) return [d];
    const only = (id: string) => (p: EventParticipant): boolean => !p.entity || !separately.has(p.entity) || p.entity === id;
    return ids.map((id) => ({
      ...d,
      event: { ...d.event, actor: d.event.actor.filter(only(id)), recipient: d.event.recipient.filter(only(id)), by: { ...d.event.by, rule: `${d.event.by.rule}+per-recipient` } },
    }));
  });
}
