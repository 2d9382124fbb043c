import type { Analysis } from '../../core/analysis.js';
import type { EventParticipant } from '../../core/annotations.js';
import type { DocContext } from './document-context.js';
import { bodyOfStates, delegationHost } from './meeting-sides.js';
import type { Candidate } from './participants.js';
import { countriesOf, dedupe, isBodyCode, type Roles } from './participant-sets.js';
import { relativeVisitor } from './relative-visitor.js';
import { PARTICIPIAL_CLAUSE, participantsOf, type TriggerArguments } from './roles.js';
import type { TriggerMatch } from './trigger-lexicon.js';

/** Actor, recipient and mode of one trigger from its arguments, by the frame of its trigger rule. */

const ENVOY = /\b(?:ambassador|envoy|chargé|charge d'affaires|high commissioner|consul)/iu;

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
export function clauseState(t: TriggerMatch, args: TriggerArguments, cands: readonly Candidate[], sentence: string): EventParticipant | null {
  const subjectCodes = new Set(args.subject.map((c) => c.participant.code));
  const c = cands.find((x) => x.start >= t.end && x.start - t.end < 100 && x.kind === 'state' && !subjectCodes.has(x.participant.code)
    // ", noting that this harms Peru": a participial clause names its own participants.
    && !PARTICIPIAL_CLAUSE.test(sentence.slice(t.end, x.start)));
  return c ? c.participant : null;
}

export function rolesOf(t: TriggerMatch, args: TriggerArguments, sentencePlace: string | null, ctx: DocContext, sentenceCands: readonly Candidate[] = [], sentence = ''): Roles | null {
  const subject = args.subject.length ? participantsOf(args.subject) : args.anaphoricSubject ? ctx.mainParties : [];
  const object = participantsOf(args.object);
  const mode = t.rule.mode;
  switch (t.rule.frame) {
    case 'meet': {
      // "the session of the Turkic Council held in Astana": a meeting of an international body is
      // multilateral, coded with the body as its actor.
      const body = sentenceCands.find((c) => c.kind === 'org' && c.start >= t.start && c.end <= t.end + 2 && isBodyCode(c.participant.code));
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
      if (!host.length) {
        const relative = relativeVisitor(t, args, subject, sentence);
        if (relative) return relative;
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
      const bodies = object.filter((p) => isBodyCode(p.code));
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
