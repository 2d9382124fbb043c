import type { Analysis } from '../../core/analysis.js';
import type { DateMention, EventParticipant, PloverCategory, PloverEvent } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { scanPlaces } from '../countries/index.js';
import { eventContext } from './context.js';
import { datelineCountry } from './location.js';
import { mergeDrafts, type EventDraft } from './merge.js';
import { modalityOf } from './modality.js';
import { sentenceCandidates, type Candidate } from './participants.js';
import { PARTICIPIAL_CLAUSE, participantsOf, triggerArguments, type TriggerArguments } from './roles.js';
import { bodyOfStates, delegationHost } from './meeting-sides.js';
import { thankedFor } from './thanked-for.js';
import { findTriggers, type TriggerMatch } from './trigger-lexicon.js';

const COMPONENT = 'events';
/** Intentions to do these are AGREE (PLOVER manual: "express intent to meet / cooperate / aid"). */
const BECOMES_AGREE_IN_FUTURE: ReadonlySet<PloverCategory> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'AGREE']);
const CITED_WORDS = /\b(?:recent|recently|previous|previously|earlier|last|historic|landmark|past|first-ever)\b/iu;
/** "the meeting with X", "that visit": a definite noun phrase may name an event told before. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+$/iu;
const ENVOY = /\b(?:ambassador|envoy|chargé|charge d'affaires|high commissioner|consul)/iu;

interface DocContext {
  readonly a: Analysis;
  /** Country of the dateline place, where an unplaced meeting is taken to happen. */
  readonly homeCountry: string | null;
  /**
   * The participants of the document's first bilateral meeting, for "the sides agreed ...": in news
   * of a meeting, "the sides" and "the parties" are its participants.
   */
  mainParties: EventParticipant[];
}

interface Roles {
  actor: EventParticipant[];
  recipient: EventParticipant[];
  mode: string | null;
}

const countriesOf = (ps: readonly EventParticipant[]): Set<string> => new Set(ps.map((p) => p.code).filter((c): c is string => !!c));

function isEnvoy(a: Analysis, p: EventParticipant): boolean {
  const e = p.entity ? a.entities.find((x) => x.id === p.entity) : undefined;
  return !!e && e.titles.some((t) => ENVOY.test(t));
}

/**
 * Splits meeting parties into visitor (actor) and host (recipient) when the place of the meeting is
 * known: GUIDELINE "visitor in actor, host in recipient when that is clear; otherwise every
 * participant goes in actor". Mode: visit (one side travelled), third-party (a third country),
 * multilateral (three or more states).
 */
function placeMeeting(parties: EventParticipant[], host: string | null): Roles {
  const countries = countriesOf(parties);
  if (countries.size >= 3) return { actor: parties, recipient: [], mode: 'multilateral' };
  if (!host || countries.size < 2) return { actor: parties, recipient: [], mode: null };
  if (!countries.has(host)) return { actor: parties, recipient: [], mode: 'third-party' };
  return { actor: parties.filter((p) => p.code !== host), recipient: parties.filter((p) => p.code === host), mode: 'visit' };
}

/** The first country named after the trigger in its clause, location or not. */
function clauseState(t: TriggerMatch, args: TriggerArguments, cands: readonly Candidate[], sentence: string): EventParticipant | null {
  const subjectCodes = new Set(args.subject.map((c) => c.participant.code));
  const c = cands.find((x) => x.start >= t.end && x.start - t.end < 100 && x.kind === 'state' && !subjectCodes.has(x.participant.code)
    // ", noting that this harms Peru": a participial clause names its own participants.
    && !PARTICIPIAL_CLAUSE.test(sentence.slice(t.end, x.start)));
  return c ? c.participant : null;
}

function rolesOf(t: TriggerMatch, args: TriggerArguments, sentencePlace: string | null, ctx: DocContext, sentenceCands: readonly Candidate[] = [], sentence = ''): Roles | null {
  const subject = args.subject.length ? participantsOf(args.subject) : args.anaphoricSubject ? ctx.mainParties : [];
  const object = participantsOf(args.object);
  const mode = t.rule.mode;
  switch (t.rule.frame) {
    case 'meet': {
      // "the session of the Turkic Council held in Astana": a meeting of an international body is
      // multilateral, coded with the body as its actor.
      const body = sentenceCands.find((c) => c.kind === 'org' && c.start >= t.start && c.end <= t.end + 2
        && (c.participant.code === 'IGO' || c.participant.code === 'UNO' || c.participant.code === 'EUR'));
      if (body) return { actor: [body.participant], recipient: [], mode: 'multilateral' };
      const named = bodyOfStates(sentence.slice(t.start));
      if (named) return { actor: [named], recipient: [], mode: 'multilateral' };
      // "talks between X and Y" names both sides; otherwise a lone object meets "the sides" before.
      const parties = dedupe([...(subject.length || args.object.length > 1 ? subject : ctx.mainParties), ...object]);
      return placeMeeting(parties, sentencePlace ?? ctx.homeCountry ?? delegationHost(parties, [...args.subject, ...args.object], sentence));
    }
    case 'visit': {
      const dest = args.destination ? [args.destination.participant] : [];
      // The host is a person visited ("visited President X"), else the country or city visited.
      // A person named after the place belongs to another clause ("visit to Malaysia, where he met X").
      const people = args.object.filter((c) => c.kind === 'person' && (!args.destination || c.start < args.destination.start)).map((c) => c.participant);
      const host = people.length ? people : dest.length ? dest : object;
      // EVENT rule '+relative-visitor': "the signing, witnessed by X, President of Peru, and Y,
      // President of Ghana, who is on an official visit to the Andean country": the relative
      // pronoun names one visitor, the one just before it; the others named with it are the hosts.
      if (!host.length && countriesOf(subject).size >= 2) {
        const last = [...args.subject].sort((x, y) => y.start - x.start)[0];
        if (last && /^[^.;:]*,\s*who\s/iu.test(sentence.slice(last.end, t.start))) {
          const visitor = args.subject.filter((c) => c.participant.code === last.participant.code).map((c) => c.participant);
          return { actor: visitor, recipient: subject.filter((p) => p.code !== last.participant.code), mode: 'visit' };
        }
      }
      return { actor: subject, recipient: host, mode: 'visit' };
    }
    case 'receive':
    case 'received-by': {
      const [host, visitor] = t.rule.frame === 'receive' ? [subject, object] : [object, subject];
      const differ = [...countriesOf(visitor)].some((c) => !countriesOf(host).has(c));
      const envoy = visitor.some((p) => isEnvoy(ctx.a, p));
      return { actor: visitor, recipient: host, mode: differ && !envoy && t.rule.id === 'consult.receive' ? 'visit' : mode };
    }
    case 'call':
      return { actor: dedupe([...subject, ...object]), recipient: [], mode };
    case 'call-from':
    case 'invited-by':
      return { actor: object, recipient: subject, mode };
    case 'multilateral': {
      const bodies = object.filter((p) => p.code === 'IGO' || p.code === 'UNO' || p.code === 'EUR');
      // "join a summit of heads of government": the heads named take part too.
      const people = args.object.filter((c) => c.kind === 'person').map((c) => c.participant);
      const actor = dedupe([...subject, ...people]);
      return { actor: actor.length ? actor : bodies, recipient: actor.length ? bodies : [], mode };
    }
    case 'joint': {
      // "when a memorandum was signed": a passive signing with no one named is done by those the
      // sentence names before it.
      if (!subject.length && /\b(?:was|were|been)\s+signed$/iu.test(t.text)) {
        const before = sentenceCands.filter((c) => c.end <= t.start && !c.possessive).map((c) => c.participant);
        return { actor: dedupe(before), recipient: [], mode };
      }
      // Only a "with" partner joins the actors; other objects are what was agreed or signed.
      return { actor: dedupe([...subject, ...(args.objectIsPartner ? object : [])]), recipient: [], mode };
    }
    case 'act': {
      // Praise or blame with no one named after the verb concerns the country named in the
      // clause ("commended the preservation of the language in Kyrgyzstan").
      if (!object.length && (t.rule.id === 'support.gratitude' || t.rule.id === 'accuse.accuse' || t.rule.id === 'aid.provide')) {
        const state = clauseState(t, args, sentenceCands, sentence);
        if (state) return { actor: subject, recipient: [state], mode };
      }
      return { actor: subject, recipient: object, mode };
    }
  }
}

/**
 * EVENT rule '+main-parties': in news of a meeting, a joint act of exactly the meeting's countries
 * named as states ("the parties discussed cooperation between Tajikistan and Kyrgyzstan and agreed
 * to ...") is the act of the people who met: the states are replaced by the meeting's participants.
 * Only when every party is a bare state and the states are the meeting's countries, no more, no less.
 */
function partiesForStates(roles: Roles, t: TriggerMatch, ctx: DocContext): Roles | null {
  if (t.rule.frame !== 'joint' || roles.recipient.length || roles.actor.length < 2) return null;
  if (roles.actor.some((p) => p.entity !== undefined) || !ctx.mainParties.length || ctx.mainParties.some((p) => p.entity === undefined)) return null;
  const mine = countriesOf(roles.actor);
  const theirs = countriesOf(ctx.mainParties);
  if (mine.size !== theirs.size || [...mine].some((c) => !theirs.has(c))) return null;
  return { ...roles, actor: [...ctx.mainParties] };
}

/** "session of the Commission", "meeting of the joint Committee": the head noun of the body that met. */
const BODY_SESSION = /\b(?:session|sitting|meeting) of the (?:[\w'’-]+ ){0,4}?(commission|committee|working group|council)\b/iu;

/**
 * EVENT rule '+body-chairs': "The joint committee of the Storting of X and the Chamber of Y met
 * ... Z, co-chair of the X part of the committee, said ...": a
 * meeting of a joint body coded with institutions or states only is the meeting of the people the
 * text names as its chairs (titles "co-chair of ... the Commission", "chairman of the Committee"),
 * who join the side of their country. Only people of the meeting's own countries.
 */
function withBodyChairs(e: PloverEvent, a: Analysis): PloverEvent {
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

/**
 * A country named beside one of its own people adds nothing ("Tokayev ... visit to Kazakhstan"):
 * the whole-state participant is dropped when a person or body of that country takes part.
 */
function withoutRedundantStates(roles: Roles): Roles {
  const named = new Set([...roles.actor, ...roles.recipient].filter((p) => p.entity !== undefined).map((p) => p.code));
  const keep = (p: EventParticipant): boolean => p.entity !== undefined || !named.has(p.code);
  return { ...roles, actor: dedupe(roles.actor.filter(keep)), recipient: dedupe(roles.recipient.filter(keep)) };
}

/**
 * The bilateral CONSULT triggers of one sentence state one meeting ("While on a trip to Lima, X
 * met Y"; "X received a phone call from Y ... during the conversation"): one draft, with the
 * direction of the most specific trigger and phone mode if any trigger was a call.
 */
function oneMeetingPerSentence(input: EventDraft[]): EventDraft[] {
  const drafts = invitationIntoPlannedVisit(input);
  const meetings = drafts.filter((d) => d.event.event[0] === 'CONSULT' && d.event.mode[0] !== 'multilateral' && !d.cited);
  if (meetings.length < 2) return drafts;
  const named = (d: EventDraft): number => d.event.recipient.filter((p) => p.entity !== undefined).length * 10 + d.event.recipient.length;
  const best = [...meetings].sort((x, y) => named(y) - named(x))[0]!;
  const present = new Set([...best.event.actor, ...best.event.recipient].map((p) => p.entity ?? p.code));
  const extra = meetings.flatMap((m) => [...m.event.actor, ...m.event.recipient]).filter((p) => {
    const k = p.entity ?? p.code;
    if (present.has(k)) return false;
    present.add(k);
    return true;
  });
  const phone = meetings.some((m) => m.event.mode[0] === 'phone');
  const mode = phone ? ['phone'] : best.event.mode.length ? best.event.mode : meetings.find((m) => m.event.mode.length)?.event.mode ?? [];
  // A participant found by another trigger joins the side of its country (host or visitor).
  const hostCodes = new Set(best.event.recipient.map((p) => p.code));
  const roles = withoutRedundantStates({
    actor: [...best.event.actor, ...extra.filter((p) => !hostCodes.has(p.code))],
    recipient: [...best.event.recipient, ...extra.filter((p) => hostCodes.has(p.code))],
    mode: null,
  });
  const merged: EventDraft = {
    dateFromText: meetings.some((m) => m.dateFromText),
    event: {
      ...best.event, ...roles, mode,
      event_text: [...new Set(meetings.flatMap((m) => m.event.event_text))],
      ...(meetings.find((m) => m.dateFromText) ? { date: meetings.find((m) => m.dateFromText)!.event.date, date_precision: meetings.find((m) => m.dateFromText)!.event.date_precision } : {}),
    },
  };
  return [merged, ...drafts.filter((d) => !meetings.includes(d))];
}

/**
 * EVENT rule 'consult.travel-to-summit': "X arrived in Beijing to attend the APEC leaders' meeting":
 * the journey is the way to the multilateral meeting, not a bilateral visit to the host (GUIDELINE:
 * mode "multilateral" for a summit or forum). The visit record of a traveller who, in the same
 * sentence, attends a multilateral meeting is dropped; the multilateral record stays.
 */
function travelToSummit(drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.event.event[0] === 'CONSULT' && d.event.by.rule.startsWith('consult.multilateral'));
  if (!summits.length) return drafts;
  const key = (p: EventParticipant): string => p.entity ?? p.code ?? '?';
  return drafts.filter((d) => {
    if (d.event.event[0] !== 'CONSULT' || !d.event.by.rule.startsWith('consult.visit') || d.cited) return true;
    const travellers = new Set(d.event.actor.map(key));
    return !summits.some((m) => m.event.actor.some((p) => travellers.has(key(p))));
  });
}

/**
 * EVENT rule 'consult.per-recipient': "X met with both Y and Z", "X held talks with Y and Z": the
 * subject met each person named in the coordinated object, one CONSULT per person (the gold
 * guideline's "one record per real-world event"; PLOVER codes dyads). A meeting of all together is
 * stated with "between" or with the others as subjects ("X, Y and Z met"), which is not split.
 */
function oneMeetingPerRecipient(drafts: EventDraft[], separately: ReadonlySet<string>): EventDraft[] {
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

/**
 * "X will fly to Peru at the invitation of Y": one AGREE, the visitor X as actor and the
 * inviting host Y as recipient, rather than two intentions.
 */
function invitationIntoPlannedVisit(input: EventDraft[]): EventDraft[] {
  // "invited X to visit ..., combining it with a meeting of Y": the meeting is part of the invitation.
  const invite = input.find((d) => d.event.by.rule.startsWith('agree.invite'));
  const drafts = invite ? input.filter((d) => d === invite || !(d.event.event[0] === 'AGREE' && d.event.by.rule.startsWith('consult.'))) : input;
  const invitation = drafts.find((d) => d.event.by.rule.startsWith('agree.at-invitation'));
  const visit = drafts.find((d) => d !== invitation && d.event.event[0] === 'AGREE' && d.event.by.rule.includes('visit'));
  if (!invitation || !visit) return drafts;
  const roles = withoutRedundantStates({ actor: visit.event.actor, recipient: [...invitation.event.actor, ...visit.event.recipient], mode: null });
  const merged: EventDraft = { ...visit, event: { ...visit.event, ...roles, mode: [], event_text: [...visit.event.event_text, ...invitation.event.event_text] } };
  return [merged, ...drafts.filter((d) => d !== invitation && d !== visit)];
}

function dedupe(ps: readonly EventParticipant[]): EventParticipant[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = p.entity ?? `${p.code}:${p.entity_text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The date of an event: the time expression of its sentence nearest the trigger, else the article date. */
function eventDate(t: Span, sentence: Span, dates: readonly DateMention[], ref: string | null, future: boolean):
  { date: string | null; precision: PloverEvent['date_precision']; fromText: boolean } {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end)
    // A date after the article date names the planned event, not the agreement to hold it.
    .filter((d) => !ref || d.value.slice(0, ref.length) <= ref || !future)
    .filter((d) => !ref || d.value <= ref || d.value.startsWith(ref.slice(0, d.value.length)));
  const dist = (d: Span): number => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  const best = [...inSentence].sort((x, y) => dist(x) - dist(y))[0];
  if (best && !future) return { date: best.value, precision: best.precision, fromText: true };
  return { date: ref, precision: ref ? 'day' : null, fromText: false };
}

function insideQuote(a: Analysis, s: Span): boolean {
  return a.quotes.some((q) => q.direct && q.start <= s.start && s.end <= q.end);
}

/**
 * Where a visiting party arrived ("the minister, who arrived in Hanoi"; "on a trip to Lima"): with no
 * dateline, the document's meetings are taken to be there. The first asserted, uncited arrival.
 */
function arrivalCountry(a: Analysis, triggersOf: (s: Span, text: string) => readonly TriggerMatch[]): string | null {
  for (const s of a.sentences) {
    const text = a.text.slice(s.start, s.end);
    const triggers = triggersOf(s, text).filter((t) => t.rule.frame === 'visit' && t.rule.event === 'CONSULT');
    if (!triggers.length) continue;
    const cands = sentenceCandidates(text, s.start, a.entities);
    for (const t of triggers) {
      if (CITED_WORDS.test(text.slice(Math.max(0, t.start - 30), t.end))) continue;
      if (modalityOf(text.slice(0, t.start), text.slice(t.end), text.slice(t.start, t.end)).modality !== 'asserted') continue;
      const dest = triggerArguments(text, t, cands).destination?.participant.code;
      if (dest && dest !== 'IGO' && dest !== 'UNO' && dest !== 'EUR') return dest;
    }
  }
  return null;
}

/**
 * The country a story is about: the dateline's, else the country its place names mention most
 * (ties: the first named). Unnamed "authorities" or "police" belong to it.
 */
function storyCountry(a: Analysis): string | null {
  const fromDateline = datelineCountry(a.doc);
  if (fromDateline) return fromDateline;
  const counts = new Map<string, number>();
  for (const p of scanPlaces(a.text)) {
    if (p.kind === 'organisation' || p.code === 'IGO' || p.code === 'UNO' || p.code === 'EUR') continue;
    counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** The triggers of each sentence of one document, found once for arrivalCountry and the coding loop. */
function sentenceTriggers(): (s: Span, text: string) => readonly TriggerMatch[] {
  const found = new Map<string, readonly TriggerMatch[]>();
  return (s, text) => {
    const key = `${s.start}:${s.end}`;
    let triggers = found.get(key);
    if (!triggers) found.set(key, (triggers = findTriggers(text)));
    return triggers;
  };
}

/** Codes the PLOVER events of an analysed document (sentences, entities, dates and quotes built). */
export function codeEvents(a: Analysis): PloverEvent[] {
  // GUIDELINE: an event with no stated date takes the article date (or the dateline's); a date
  // guessed from elsewhere in the text would not be the reported day.
  const ref = a.doc.date ?? a.doc.meta.dateline?.date ?? null;
  const mainCountry = storyCountry(a);
  const triggersOf = sentenceTriggers();
  const ctx: DocContext = { a, homeCountry: datelineCountry(a.doc) ?? arrivalCountry(a, triggersOf), mainParties: [] };
  const drafts: EventDraft[] = [];
  let n = 0;
  const personIds = new Set(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  for (const s of a.sentences) {
    const sentenceDrafts: EventDraft[] = [];
    // People met one by one: "X met with both Y and Z" (entity ids of the coordinated objects).
    const metSeparately = new Set<string>();
    if (insideQuote(a, s)) continue;
    const text = a.text.slice(s.start, s.end);
    const cands = sentenceCandidates(text, s.start, a.entities, mainCountry);
    const triggers = triggersOf(s, text);
    const argsOf = new Map(triggers.map((t) => [t, triggerArguments(text, t, cands)]));
    // Where this sentence's meeting happens: a visit's destination or an "in <place>".
    const dest = [...argsOf.values()].map((x) => x.destination).find((d): d is Candidate => !!d);
    const loc = cands.find((c) => c.location && c.kind === 'state');
    const placeCand = dest ?? loc ?? null;
    const sentencePlace = placeCand?.participant.code ?? null;
    for (const t of triggers) {
      const args = argsOf.get(t)!;
      const { modality, rule: modRule } = modalityOf(text.slice(0, t.start), text.slice(t.end), text.slice(t.start, t.end));
      if (modality === 'negated' || modality === 'hypothetical') continue;
      const future = modality === 'future';
      if (future && !BECOMES_AGREE_IN_FUTURE.has(t.rule.event)) continue;
      if (t.rule.frame === 'meet' && args.subject.length) {
        const people = [...new Set(args.object.filter((c) => c.kind === 'person' && c.participant.entity).map((c) => c.participant.entity!))];
        if (people.length >= 2) for (const id of people) metSeparately.add(id);
      }
      const found = rolesOf(t, args, sentencePlace, ctx, cands, text);
      if (!found || !found.actor.length) continue;
      const upgraded = partiesForStates(found, t, ctx);
      const roles = withoutRedundantStates(upgraded ?? found);
      if (!roles.actor.length) continue;
      const category: PloverCategory = future ? 'AGREE' : t.rule.event;
      const all = [...roles.actor, ...roles.recipient];
      if (!countriesOf(all).size) continue;
      // A meeting needs two sides: with one found in the clause, the other is a person named
      // elsewhere in the sentence ("Anwar said the message was conveyed to X during a call").
      if (t.rule.event === 'CONSULT' && t.rule.frame !== 'visit' && t.rule.frame !== 'multilateral' && roles.mode !== 'multilateral' && all.length < 2) {
        const other = cands.find((c) => c.kind === 'person' && !c.possessive && !all.some((p) => p.entity === c.participant.entity));
        if (!other) continue;
        roles.actor.push(other.participant);
        all.push(other.participant);
      }
      // An intention or support is towards someone (GUIDELINE: "agreeing to ... cooperate",
      // "support or praise for another actor"): with one party only, the counterpart is the country
      // named after the trigger ("commitment to continue working with Turkiye"); else it is a statement.
      if ((category === 'AGREE' || category === 'SUPPORT') && !roles.recipient.length && roles.actor.length < 2) {
        const state = clauseState(t, args, cands, text);
        if (!state || roles.actor.some((p) => p.code === state.code)) continue;
        roles.recipient.push(state);
        all.push(state);
      }
      // EVENT rule 'consult.multilateral+host-state': "X arrived in Lima to attend a session of the
      // ministerial council of <a body not recognised>": the host state of the meeting
      // takes part beside the one country named (GUIDELINE: all participants in actor).
      let hostAdded = false;
      if (t.rule.frame === 'multilateral' && t.rule.event === 'CONSULT' && !future && countriesOf(all).size === 1 && placeCand
        && !all.some((p) => p.code === 'IGO' || p.code === 'UNO' || p.code === 'EUR') && !countriesOf(all).has(placeCand.participant.code ?? '')) {
        roles.actor.push(placeCand.participant);
        all.push(placeCand.participant);
        hostAdded = true;
      }
      // A summit is a meeting of several: one country alone with no body named is too little to code.
      if (t.rule.frame === 'multilateral' && countriesOf(all).size < 2) continue;
      // Requests and threats are addressed to someone; without a recipient they are statements.
      if ((t.rule.event === 'REQUEST' || t.rule.event === 'THREATEN') && !roles.recipient.length) continue;
      const span = { start: s.start + t.start, end: s.start + t.end };
      const agreeing = category === 'AGREE';
      const when = eventDate(span, s, a.dates, ref, agreeing);
      // A past event the text cites: dated to a month or year before the news, or called
      // "recent"/"previous"/"historic" ("Putin's historic visit to Kazakhstan").
      const cited = !future && ((when.fromText && when.precision !== 'day' && when.date !== (ref ?? '').slice(0, when.date?.length ?? 0))
        || CITED_WORDS.test(text.slice(Math.max(0, t.start - 30), t.end)));
      if (t.rule.event === 'CONSULT' && !future && !cited && t.rule.frame !== 'multilateral' && countriesOf(all).size >= 2 && !ctx.mainParties.length) ctx.mainParties = dedupe(all);
      sentenceDrafts.push({
        dateFromText: when.fromText,
        cited,
        ...(DEFINITE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) ? { definite: true } : {}),
        event: {
          id: `${a.doc.id}-ev${++n}`,
          event: [category],
          mode: category === 'CONSULT' && roles.mode ? [roles.mode] : [],
          context: eventContext(category, text, all),
          date: when.date,
          date_precision: when.precision,
          actor: roles.actor,
          recipient: roles.recipient.filter((r) => !roles.actor.includes(r)),
          event_text: [text.slice(t.start, t.end)],
          text_info: { start: s.start, end: s.end },
          evidence: [{ start: s.start, end: s.end }],
          by: { component: COMPONENT, rule: `${t.rule.id}${modRule ? `+${modRule}` : ''}${hostAdded ? '+host-state' : ''}${upgraded ? '+main-parties' : ''}` },
        },
      });
      // "X thanked Y for the assistance provided ...": Y's help to X is an event of its own.
      if (t.rule.id === 'support.gratitude' && !future && roles.recipient.length) {
        for (const f of thankedFor(text.slice(t.end))) {
          sentenceDrafts.push({
            dateFromText: when.fromText,
            cited,
            event: {
              id: `${a.doc.id}-ev${++n}`,
              event: [f.rule.event],
              mode: [],
              context: eventContext(f.rule.event, text, all),
              date: when.date,
              date_precision: when.precision,
              actor: [...roles.recipient],
              recipient: [...roles.actor],
              event_text: [text.slice(t.end + f.start, t.end + f.end)],
              text_info: { start: s.start, end: s.end },
              evidence: [{ start: s.start, end: s.end }],
              by: { component: COMPONENT, rule: f.rule.id },
            },
          });
        }
      }
    }
    drafts.push(...oneMeetingPerRecipient(oneMeetingPerSentence(travelToSummit(sentenceDrafts)), metSeparately));
  }
  return mergeDrafts(drafts, personIds).map((d, i) => ({ ...withBodyChairs(d.event, a), id: `${a.doc.id}-ev${i + 1}` }));
}
