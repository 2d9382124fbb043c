import type { Analysis } from '../../core/analysis.js';
import type { EventParticipant, PloverCategory, PloverEvent } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { withBodyChairs } from './body-chairs.js';
import { isCited, isDefinite } from './cited.js';
import { eventContext } from './context.js';
import { arrivalCountry, sentenceTriggers, storyCountry, type DocContext, type SentenceTriggers } from './document-context.js';
import { eventDate, type EventDate } from './event-date.js';
import { rolesOf } from './frame-roles.js';
import { datelineCountry } from './location.js';
import { partiesForStates } from './main-parties.js';
import { mergeDrafts, type EventDraft } from './merge.js';
import { completeSides, type TriggerInSentence } from './missing-sides.js';
import { modalityOf } from './modality.js';
import { oneMeetingPerSentence } from './one-meeting.js';
import { countriesOf, dedupe, withoutRedundantStates } from './participant-sets.js';
import { sentenceCandidates, type Candidate } from './participants.js';
import { oneMeetingPerRecipient, peopleMetSeparately } from './per-recipient.js';
import { triggerArguments } from './roles.js';
import { thankedFor } from './thanked-for.js';
import { travelToSummit } from './travel-to-summit.js';

/**
 * Codes the PLOVER events of a document: each trigger of each sentence (trigger-lexicon.ts) gets its
 * sides by the frame of its rule (frame-roles.ts, main-parties.ts, missing-sides.ts), then the
 * drafts of a sentence are joined (travel-to-summit.ts, one-meeting.ts, per-recipient.ts), those of
 * the document merged (merge.ts) and joint bodies given their chairs (body-chairs.ts).
 */

const COMPONENT = 'events';
/** Intentions to do these are AGREE (PLOVER manual: "express intent to meet / cooperate / aid"). */
const BECOMES_AGREE_IN_FUTURE: ReadonlySet<PloverCategory> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'AGREE']);

/** What the coding of every sentence of one document shares. */
interface DocCoding {
  readonly ctx: DocContext;
  /** The article date (or the dateline's): the date of an event that states none. */
  readonly ref: string | null;
  readonly nextId: () => string;
}

/** The fields that differ between the events coded from one trigger. */
interface Coded {
  readonly category: PloverCategory;
  readonly mode: string[];
  readonly context: string[];
  readonly actor: EventParticipant[];
  readonly recipient: EventParticipant[];
  /** The words that state the event, offsets in the sentence. */
  readonly words: Span;
  readonly rule: string;
}

function insideQuote(a: Analysis, s: Span): boolean {
  return a.quotes.some((q) => q.direct && q.start <= s.start && s.end <= q.end);
}

/** The events of one trigger: its own and, for thanks, the help thanked for. */
function codeTrigger(x: TriggerInSentence, s: Span, sentencePlace: string | null, future: boolean, modRule: string | null, doc: DocCoding): EventDraft[] {
  const { t, args, cands, sentence: text } = x;
  const { ctx, ref } = doc;
  const found = rolesOf(t, args, sentencePlace, ctx, cands, text);
  if (!found || !found.actor.length) return [];
  const upgraded = partiesForStates(found, t, ctx);
  const roles = withoutRedundantStates(upgraded ?? found);
  if (!roles.actor.length) return [];
  const category: PloverCategory = future ? 'AGREE' : t.rule.event;
  const all = [...roles.actor, ...roles.recipient];
  const completed = completeSides(x, category, future, roles, all);
  if (!completed) return [];
  const span = { start: s.start + t.start, end: s.start + t.end };
  const when: EventDate = eventDate(span, s, ctx.a.dates, ref, category === 'AGREE');
  const cited = isCited(when, ref, text, t, future);
  if (t.rule.event === 'CONSULT' && !future && !cited && t.rule.frame !== 'multilateral' && countriesOf(all).size >= 2 && !ctx.mainParties.length) ctx.mainParties = dedupe(all);
  const draft = (c: Coded, extra: { definite?: true } = {}): EventDraft => ({
    dateFromText: when.fromText,
    cited,
    ...extra,
    event: {
      id: doc.nextId(),
      event: [c.category],
      mode: c.mode,
      context: c.context,
      date: when.date,
      date_precision: when.precision,
      actor: c.actor,
      recipient: c.recipient,
      event_text: [text.slice(c.words.start, c.words.end)],
      text_info: { start: s.start, end: s.end },
      evidence: [{ start: s.start, end: s.end }],
      by: { component: COMPONENT, rule: c.rule },
    },
  });
  const out = [draft({
    category,
    mode: category === 'CONSULT' && roles.mode ? [roles.mode] : [],
    context: eventContext(category, text, all),
    actor: roles.actor,
    recipient: roles.recipient.filter((r) => !roles.actor.includes(r)),
    words: t,
    rule: `${t.rule.id}${modRule ? `+${modRule}` : ''}${completed.hostAdded ? '+host-state' : ''}${upgraded ? '+main-parties' : ''}`,
  }, isDefinite(text, t) ? { definite: true } : {})];
  // "X thanked Y for the assistance provided ...": Y's help to X is an event of its own.
  if (t.rule.id === 'support.gratitude' && !future && roles.recipient.length) {
    for (const f of thankedFor(text.slice(t.end))) {
      out.push(draft({
        category: f.rule.event,
        mode: [],
        context: eventContext(f.rule.event, text, all),
        actor: [...roles.recipient],
        recipient: [...roles.actor],
        words: { start: t.end + f.start, end: t.end + f.end },
        rule: f.rule.id,
      }));
    }
  }
  return out;
}

/** The events of one sentence outside quotations, joined within the sentence. */
function codeSentence(s: Span, mainCountry: string | null, triggersOf: SentenceTriggers, doc: DocCoding): EventDraft[] {
  const a = doc.ctx.a;
  const sentenceDrafts: EventDraft[] = [];
  // People met one by one: "X met with both Y and Z" (entity ids of the coordinated objects).
  const metSeparately = new Set<string>();
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
    for (const id of peopleMetSeparately(t, args)) metSeparately.add(id);
    sentenceDrafts.push(...codeTrigger({ t, args, cands, sentence: text, placeCand }, s, sentencePlace, future, modRule, doc));
  }
  return oneMeetingPerRecipient(oneMeetingPerSentence(travelToSummit(sentenceDrafts)), metSeparately);
}

/** Codes the PLOVER events of an analysed document (sentences, entities, dates and quotes built). */
export function codeEvents(a: Analysis): PloverEvent[] {
  // GUIDELINE: an event with no stated date takes the article date (or the dateline's); a date
  // guessed from elsewhere in the text would not be the reported day.
  const ref = a.doc.date ?? a.doc.meta.dateline?.date ?? null;
  const mainCountry = storyCountry(a);
  const triggersOf = sentenceTriggers();
  const ctx: DocContext = { a, homeCountry: datelineCountry(a.doc) ?? arrivalCountry(a, triggersOf), mainParties: [] };
  let n = 0;
  const doc: DocCoding = { ctx, ref, nextId: () => `${a.doc.id}-ev${++n}` };
  const drafts: EventDraft[] = [];
  for (const s of a.sentences) if (!insideQuote(a, s)) drafts.push(...codeSentence(s, mainCountry, triggersOf, doc));
  const personIds = new Set(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  return mergeDrafts(drafts, personIds).map((d, i) => ({ ...withBodyChairs(d.event, a), id: `${a.doc.id}-ev${i + 1}` }));
}
