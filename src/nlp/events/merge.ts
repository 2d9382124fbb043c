import type { EventParticipant, PloverEvent } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';

/** An event before merging: the record plus what merging needs to know. */
export interface EventDraft {
  event: PloverEvent;
  /** The date came from a time expression of the sentence, not the article date. */
  dateFromText: boolean;
  /**
   * An earlier event the text cites ("the visit of X to Y in May", "his recent visit"), as opposed
   * to the reported news: it merges only with records of that same earlier event.
   */
  cited?: boolean;
  /** Named by a definite noun phrase ("the meeting with X"): may refer back to an event named before. */
  definite?: boolean;
}

/**
 * Two meetings that name different people are two meetings ("met with both X and Y"; "X met Y.
 * Also, X met Z."): neither record's persons include the other's. Person entity ids only.
 */
function differentPeople(a: EventDraft, b: EventDraft, personIds: ReadonlySet<string>): boolean {
  const x = peopleOf(a, personIds);
  const y = peopleOf(b, personIds);
  const within = (p: Set<string>, q: Set<string>): boolean => [...p].every((e) => q.has(e));
  return x.size > 0 && y.size > 0 && !within(x, y) && !within(y, x);
}

const peopleOf = (d: EventDraft, personIds: ReadonlySet<string>): Set<string> => new Set([...d.event.actor, ...d.event.recipient]
  .map((p) => p.entity).filter((e): e is string => e !== undefined && personIds.has(e)));

/**
 * "The official visit of X to Y in May … Y's leader called the meeting with X historic": an
 * undated definite mention of a meeting with a person of a cited earlier event refers back to it.
 */
function refersBack(a: EventDraft, b: EventDraft, personIds: ReadonlySet<string>): boolean {
  const [cited, other] = a.cited ? [a, b] : [b, a];
  if (!cited.cited || other.cited || !other.definite || other.dateFromText || a.event.event[0] !== 'CONSULT') return false;
  const people = peopleOf(other, personIds);
  return [...peopleOf(cited, personIds)].some((p) => people.has(p));
}

/**
 * A record dated by the article's date only (no time expression in its sentence) may be the same
 * event as a record the text dates ("arrived on 3 March … While there, X met Y").
 */
function datesAgree(a: EventDraft, b: EventDraft): boolean {
  return compatibleDates(a.event.date, b.event.date) || !a.dateFromText || !b.dateFromText;
}

export const participantCountries = (e: Pick<PloverEvent, 'actor' | 'recipient'>): string =>
  [...new Set([...e.actor, ...e.recipient].map((p) => p.code ?? '?'))].sort().join('+');

/** Dates agree when equal, when one is a prefix of the other ("2024-06" and "2024-06-13"), or one is missing. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The rule family for merging: announcements of one planned meeting or visit ("plans to hold a
 * meeting", "is expected to meet", "upcoming visit") are one intention, whatever the wording.
 */
function baseRule(d: EventDraft): string {
  const rule = d.event.by.rule;
  const base = rule.split('+')[0] ?? '';
  const planned = d.event.event[0] === 'AGREE' && ((base.startsWith('consult.') && !base.startsWith('consult.multilateral')) || base === 'agree.plan' || base === 'agree.plan-visit' || base === 'agree.future-visit');
  return planned ? 'planned-meeting' : base;
}

/** Who acted: "X thanked Y" and "Y praised X" are two acts. */
const actorCountries = (d: EventDraft): string => [...new Set(d.event.actor.map((p) => p.code ?? '?'))].sort().join('+');

const persons = (ps: readonly EventParticipant[]): number => ps.filter((p) => p.entity !== undefined).length;

/** How much a record says: named participants, a direction, a mode, a stated date. */
function richness(d: EventDraft): number {
  return persons(d.event.actor) + persons(d.event.recipient) + (d.event.recipient.length ? 2 : 0)
    + (d.event.mode.length ? 1 : 0) + (d.dateFromText ? 0.5 : 0);
}

function spanUnion(a: readonly Span[], b: readonly Span[]): Span[] {
  const out = [...a];
  for (const s of b) if (!out.some((o) => o.start === s.start && o.end === s.end)) out.push(s);
  return out.sort((x, y) => x.start - y.start);
}

/**
 * One record per real-world event (GUIDELINE.md: "a meeting mentioned three times is one event"):
 * records of the same category with the same participant countries and compatible dates merge.
 * The richest record is kept; evidence spans, event texts and contexts are pooled.
 */
export function mergeDrafts(drafts: readonly EventDraft[], personIds: ReadonlySet<string> = new Set()): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const i = out.findIndex((o) => o.event.event[0] === d.event.event[0]
      && participantCountries(o.event) === participantCountries(d.event)
      && (refersBack(o, d, personIds) || (o.event.event[0] === 'CONSULT' && !o.cited && !d.cited ? datesAgree(o, d) : compatibleDates(o.event.date, d.event.date)))
      && !(o.event.event[0] === 'CONSULT' && differentPeople(o, d, personIds))
      && (!!o.cited === !!d.cited || refersBack(o, d, personIds))
      // A summit and a bilateral meeting on its sidelines are two events.
      && (o.event.mode[0] === 'multilateral') === (d.event.mode[0] === 'multilateral')
      // Meetings repeat in headline, lead and body; two statements of support or intent with the
      // same parties are usually two acts, unless worded with the same trigger.
      && (o.event.event[0] === 'CONSULT' || (baseRule(o) === baseRule(d) && actorCountries(o) === actorCountries(d))));
    if (i < 0) { out.push(d); continue; }
    const o = out[i]!;
    const [keep, other] = richness(d) > richness(o) ? [d, o] : [o, d];
    const date = keep.dateFromText || !other.dateFromText ? keep : other;
    out[i] = {
      dateFromText: keep.dateFromText || other.dateFromText,
      ...(o.cited ? { cited: true } : {}),
      event: {
        ...keep.event,
        id: o.event.id,
        mode: keep.event.mode.length ? keep.event.mode : other.event.mode,
        context: [...new Set([...keep.event.context, ...other.event.context])],
        date: date.event.date,
        date_precision: date.event.date_precision,
        event_text: [...new Set([...o.event.event_text, ...d.event.event_text])],
        evidence: spanUnion(o.event.evidence, d.event.evidence),
      },
    };
  }
  return out;
}
