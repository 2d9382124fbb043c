import type { Analysis } from '../../core/analysis.js';
import type { EventParticipant, PloverEvent } from '../../core/annotations.js';
import { countriesOf, withoutRedundantStates } from './participant-sets.js';

/** "session of the Commission", "meeting of the joint Committee": the head noun of the body that met. */
const BODY_SESSION = /\b(?:session|sitting|meeting) of the (?:[\w'’-]+ ){0,4}?(commission|committee|working group|council)\b/iu;

/**
 * EVENT rule '+body-chairs': "The joint committee of the Storting of X and the Chamber of Y met
 * ... Z, co-chair of the X part of the committee, said ...": a
 * meeting of a joint body coded with institutions or states only is the meeting of the people the
 * text names as its chairs (titles "co-chair of ... the Commission", "chairman of the Committee"),
 * who join the side of their country. Only people of the meeting's own countries.
 */
export function withBodyChairs(e: PloverEvent, a: Analysis): PloverEvent {
  if (e.event[0] !== 'CONSULT' || e.mode[0] === 'multilateral') return e;
  const people = new Set(a.entities.filter((x) => x.type === 'PERSON').map((x) => x.id));
  if ([...e.actor, ...e.recipient].some((p) => p.entity && people.has(p.entity))) return e;
  const head = e.event_text.map((t) => BODY_SESSION.exec(t)?.[1]).find((h): h is string => !!h);
  if (!head) return e;
  const chairTitle = new RegExp(`\\b(?:co-?chair|chair|head)\\w*\\b.*\\b${head}\\b`, 'iu');
  const codes = countriesOf([...e.actor, ...e.recipient]);
  const chairs = a.entities.filter((x) => x.type === 'PERSON' && x.country && codes.has(x.country) && x.titles.some((t) => chairTitle.test(t)));
  if (!chairs.length) return e;
  const join = (side: readonly EventParticipant[]): EventParticipant[] => {
    const sideCodes = countriesOf(side);
    const added = chairs.filter((c) => sideCodes.has(c.country!)).map((c) => ({ entity: c.id, code: c.country, sector: c.sector ?? null, entity_text: c.name }));
    return [...side, ...added];
  };
  const roles = withoutRedundantStates({ actor: join(e.actor), recipient: join(e.recipient), mode: null });
  return { ...e, actor: roles.actor, recipient: roles.recipient, by: { ...e.by, rule: `${e.by.rule}+body-chairs` } };
}
