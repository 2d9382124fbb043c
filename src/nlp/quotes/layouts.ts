import type { Entity, Quote } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { MarkedPassage } from './marks.js';
import { speakerAfter, type SpeakerContext, type SpeakerPhrase } from './speaker.js';

/**
 * Attribution layouts: conventions of how news text sets out who speaks, rather than a cue verb.
 *  - 'transcript': a transcript turn, a paragraph opening with a speaker label and a colon
 *    ("SMITH: …", "SEN. JANE DOE (D-MA): …", "Mr. Lee: …"); the whole turn is the speaker's words
 *    (the convention of published transcripts and question-and-answer articles).
 *  - 'dash-attribution': a quotation closed by a dash and the speaker's name, at the end of its
 *    paragraph or as a short paragraph of its own ("“We will win.” — Jane Doe" / "― Jane Doe, senator"),
 *    the epigraph and pull-quote convention (the source set after a dash, on the line or below it).
 */

/** A found attribution: the cue (the colon or the dash) and the phrase naming the speaker. */
export interface LayoutAttribution {
  readonly cue: Span;
  readonly speaker: SpeakerPhrase;
}

/** A transcript turn: its attribution and where the spoken words begin (the paragraph runs to its end). */
export interface TranscriptTurn extends LayoutAttribution {
  readonly paragraph: Span;
  readonly wordsStart: number;
}

// Title abbreviations that may precede a label ("SEN. JANE DOE:", "Mr. Lee:").
const TITLE_ABBR = String.raw`(?:SEN|REP|GOV|PRES|GEN|ADM|AMB|SECY?|DR|MR|MRS|MS|PROF|SGT|COL|CAPT|LT|REV|Sen|Rep|Gov|Pres|Gen|Adm|Amb|Secy?|Dr|Mr|Mrs|Ms|Prof|Sgt|Col|Capt|Lt|Rev)\.?`;
// A word of a label in capitals; initials ("J.") and hyphenated or apostrophised names are one word.
const CAP_WORD = String.raw`\p{Lu}[\p{Lu}'’.-]*`;
// A party-and-state or affiliation tag after the name: "(D-MA)", "(R-Texas)", "(Reuters)".
const TAG = String.raw`\s*\([^()\n]{1,40}\)`;
const LABEL = new RegExp(
  String.raw`^(?<title>${TITLE_ABBR}\s+)?(?<name>${CAP_WORD}(?:\s+${CAP_WORD}){0,3}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?<tag>${TAG})?:\s+(?=\S)`,
  'u',
);
// Labels that introduce a section, not a speaker ("NOTE:", "READ MORE:", "Q:").
const NOT_A_SPEAKER = /^(?:Q|A|NOTE|NOTES|UPDATE|UPDATED|EDITOR['’]?S NOTE|EDITOR|PHOTO|PHOTOS|VIDEO|READ|READ MORE|WATCH|RELATED|SOURCE|SOURCES|CORRECTION|CLARIFICATION|BREAKING|BREAKING NEWS|ANALYSIS|OPINION|EXCLUSIVE|LIVE|ADVERTISEMENT|FILE|CAPTION|CREDIT|ALSO|ALSO READ|MORE|SEE|SEE ALSO|TOPICS|TAGS|KEYWORDS|SUMMARY|BACKGROUND|CONTEXT|FACTBOX|TIMELINE|WHAT|WHY|WHEN|WHERE|WHO|HOW|DATE|TIME|LOCATION|PLACE|SUBJECT|TITLE|TEL|FAX|EMAIL|E-MAIL|WEB|URL|P\.?S)$/u;
// A dash that introduces an attribution: horizontal bar, em or en dash, a double hyphen, or a spaced
// hyphen; the spaces around it may be no-break spaces.
const DASH = /^([^\S\n]*)(―|—|–|--|-(?=\s))[^\S\n]*(?=\p{Lu})/u;
// At most this many words in a dash attribution ("— Jane Doe, senator from Ohio, in a letter to voters").
const MAX_DASH_WORDS = 12;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const surnameOf = (name: string): string => (name.trim().split(/\s+/u).pop() ?? '').toLowerCase().replace(/[.’']s?$/u, '');

/**
 * The person a label names: a mention under the label, else the person entity whose surname the
 * label ends with ("OKAFOR" -> Jane Okafor), the one mentioned last before the label when several share it.
 */
function personForLabel(ctx: SpeakerContext, label: Span): Entity | undefined {
  const under = ctx.mentions.find((m) => m.start < label.end && label.start < m.end && m.kind !== 'pronoun');
  if (under) return under.entity;
  const surname = surnameOf(ctx.text.slice(label.start, label.end));
  if (surname.length < 2) return undefined;
  let before: Entity | undefined;
  let any: Entity | undefined;
  for (const m of ctx.mentions) {
    if (surnameOf(m.entity.name) !== surname) continue;
    any ??= m.entity;
    if (m.end <= label.start) before = m.entity;
  }
  return before ?? any;
}

/** True when the label lies in a name the NER typed as a place or an organisation ("NEW DELHI:" datelines). */
const inOtherName = (ctx: SpeakerContext, label: Span): boolean =>
  ctx.otherNames.some((n) => n.start <= label.start && label.end <= n.end);

/**
 * Transcript turns ('transcript'). A label names a speaker when it is a known person's surname or name,
 * carries a title abbreviation or a party tag, or when the text holds at least two labelled turns (an
 * exchange); a label inside a place or organisation name (a dateline) is not a speaker.
 */
export function transcriptTurns(ctx: SpeakerContext, paragraphs: readonly Span[]): TranscriptTurn[] {
  const found: { turn: TranscriptTurn; known: boolean }[] = [];
  for (const p of paragraphs) {
    const m = LABEL.exec(ctx.text.slice(p.start, p.end));
    const name = m?.groups?.['name'];
    if (!m || !name || NOT_A_SPEAKER.test(name.replace(/[.:]+$/u, ''))) continue;
    // Mixed-case labels ("Mr. Lee:") need their title: "Washington: …" is not a turn. A label in
    // capitals needs a word of two letters or more: an initial alone is not a name.
    const capitals = /^[\p{Lu}\s'’.-]+$/u.test(name);
    if (capitals ? !/\p{Lu}{2}/u.test(name) : !m.groups?.['title']) continue;
    const nameStart = p.start + (m.groups?.['title']?.length ?? 0);
    const label: Span = { start: nameStart, end: nameStart + name.length };
    const colon = p.start + m[0].lastIndexOf(':');
    const entity = personForLabel(ctx, label);
    if (!entity && inOtherName(ctx, label)) continue;
    const speaker: SpeakerPhrase = entity ? { ...label, kind: 'mention', entity } : { ...label, kind: 'name' };
    const known = !!entity || !!m.groups?.['title'] || !!m.groups?.['tag'];
    found.push({ turn: { paragraph: p, wordsStart: p.start + m[0].length, cue: { start: colon, end: colon + 1 }, speaker }, known });
  }
  const exchange = found.length >= 2;
  return found.filter((f) => f.known || exchange).map((f) => f.turn);
}

/**
 * A dash attribution after a quotation ('dash-attribution'): the dash follows the closing mark with
 * nothing but spaces between and the attribution runs to the paragraph's end; or the quotation ends
 * its paragraph and the next paragraph is only the dash and the attribution.
 */
export function dashAttribution(ctx: SpeakerContext, paragraphs: readonly Span[], p: MarkedPassage): LayoutAttribution | null {
  const t = ctx.text;
  const k = paragraphs.findIndex((q) => q.start <= p.close && p.close <= q.end);
  const para = paragraphs[k];
  if (!para) return null;
  let from = p.close;
  let to = para.end;
  let dash = DASH.exec(t.slice(from, to));
  const next = paragraphs[k + 1];
  if (!dash && /^[\s.,!?…]*$/u.test(t.slice(p.close, para.end)) && next) {
    from = next.start;
    to = next.end;
    dash = DASH.exec(t.slice(from, to));
  }
  if (!dash || words(t.slice(from, to)) > MAX_DASH_WORDS) return null;
  // The attribution is the rest of the paragraph; the speaker is its first name or noun phrase.
  if (/["“”«»„]/u.test(t.slice(from, to))) return null;
  const at = from + dash[1]!.length;
  const speaker = speakerAfter(ctx, from + dash[0].length, to);
  return speaker ? { cue: { start: at, end: at + dash[2]!.length }, speaker } : null;
}

/** The rule ids of this file: an attribution set out by the layout, not guessed from a cue verb. */
export const LAYOUT_RULES: ReadonlySet<string> = new Set(['transcript', 'dash-attribution']);

const isLayout = (q: Quote): boolean => LAYOUT_RULES.has(q.by.rule.split(':')[0] ?? '');
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * After the learned model's quotes were merged in ('prefer' mode), the layout quotes come back: a
 * speaker label or a dash names the speaker of the whole passage, which a cue-driven model misses.
 * A merged quote that is mostly the same passage gives way; a shorter one inside it (a nested
 * attribution, "… Smith said …" within the turn) stays, as PolNeAR annotates nested attributions.
 */
export function withLayoutQuotes(merged: readonly Quote[], rules: readonly Quote[]): Quote[] {
  const layouts = rules.filter(isLayout).filter((r) => !merged.includes(r));
  if (!layouts.length) return [...merged];
  const kept = merged.filter((q) => !layouts.some((r) => overlap(q, r) > 0.5 * Math.min(q.end - q.start, r.end - r.start) && (q.end - q.start) > 0.5 * (r.end - r.start)));
  return [...kept, ...layouts].sort((x, y) => x.start - y.start || y.end - x.end);
}
