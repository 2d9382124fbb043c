import type { Entity, NameSpan, QuoteSpeaker } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { CueLexicon } from './lexicon.js';
import { chainPronoun, type SaidBefore } from './pronoun-chain.js';

/** What kind of phrase names the source, which decides how it is resolved. */
export type SpeakerKind = 'mention' | 'name' | 'pronoun' | 'title' | 'source' | 'relative';

export interface SpeakerPhrase extends Span {
  readonly kind: SpeakerKind;
  /** The entity when the phrase is one of its mentions. */
  readonly entity?: Entity;
}

interface MentionRef extends Span {
  readonly entity: Entity;
  readonly kind: string;
}

/** The document as speaker finding sees it: text, lexicon, PERSON mentions and other names. */
export interface SpeakerContext {
  readonly text: string;
  readonly lex: CueLexicon;
  /** Mentions of PERSON entities, in text order. */
  readonly mentions: readonly MentionRef[];
  /** NER spans that are not persons (ORG, GPE, …): a capitalised run inside one is an institution. */
  readonly otherNames: readonly NameSpan[];
  /** Sentence spans, for the pronoun chain (empty: pronouns resolve to the nearest person). */
  readonly sentences: readonly Span[];
}

export function speakerContext(text: string, lex: CueLexicon, entities: readonly Entity[], names: readonly NameSpan[], sentences: readonly Span[] = []): SpeakerContext {
  const mentions: MentionRef[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    // A group mention ("the two leaders", "the parties") is shared by several people: a statement
    // made by it is nobody's alone (QUOTE_CONSTRAINTS 'collective-speaker').
    for (const m of e.mentions) if (m.kind !== 'group') mentions.push({ start: m.start, end: m.end, entity: e, kind: m.kind });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, lex, mentions, otherNames: names.filter((n) => n.type !== 'PERSON'), sentences };
}

// Between a speaker and its cue: auxiliaries, adverbs, "for his part", and up to two appositives
// ("Daniyar Sultanov, co-chair of the Council, Mazhilis Deputy Speaker, noted").
const FILLER = String.raw`(?:also|has|have|had|further|again|once again|then|later|previously|repeatedly|in turn|in particular|particularly|especially|strongly|firmly|briefly|separately|reportedly|publicly|recently|earlier|subsequently|too|even|already|still|would|will|could|may|might|can|is|was|were|are|did|does|do|not|never|personally|clearly|highly|positively|greatly|deeply|fully|actively|categorically|sharply|flatly|emphatically|repeatedly|specially|openly|specifically|explicitly|as well|then|however|meanwhile|first|finally|additionally|once|officially|formally|confidently|proudly|warmly|sincerely|himself|herself|themselves|for (?:his|her|their|its) part|on (?:his|her|their|its) part|in (?:his|her|their|its) turn|in (?:his|her|their|its) (?:speech|remarks|statement|address|letter|message|interview|post|turn)|in an? (?:interview|statement|speech|post|letter|address|message)(?: [\p{L}\p{N}'’.-]+){0,5}|today|yesterday|tonight|this (?:week|month|year|morning|afternoon|evening)|last (?:week|month|year)|earlier (?:this|today)|on (?:\p{Lu}\p{L}+day|[\p{L}\p{N}]+ [\p{L}\p{N}]+))`;
// A party-and-state tag after a name ("Sen. Ann Lee (D-Ore.)") is part of the name phrase.
const GAP = new RegExp(String.raw`^(?:\s*\([^()]{1,40}\))?(?:(?:\s*,[^,;:"“”«»]{1,100}?){1,2}\s*,)?\s*(?:${FILLER}\s*,?\s*)*,?\s*$`, 'iu');

export const validGap = (text: string, from: number, to: number): boolean => to >= from && GAP.test(text.slice(from, to));

const PRONOUN = /(?<![\p{L}])(he|she|they|i|we|who)(?![\p{L}'’])/giu;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.\-]*`;
const LINK = String.raw`(?:of|the|de|del|da|dos|bin|binti|ibn|al|el|van|von|der|la|le|du|and)`;
const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:${LINK}\s+)*${NAME_WORD})*`, 'gu');
// Heads of capitalised institution names ("Foreign Ministry", "National Assembly", "Xinhua News Agency").
const INSTITUTION_HEAD = /^(?:ministry|assembly|parliament|senate|council|commission|committee|agency|service|office|department|government|administration|house|court|bank|fund|union|organization|organisation|party|news|times|post|journal|press|tv|television|radio|embassy|mission|group|institute|university|company|corporation|association|federation|majilis|duma|congress|cabinet|secretariat|bureau|forces|army|navy|police|media|website|daily|gazette|tribune|herald|network|channel|kremlin|pentagon|akorda|kazinform|xinhua|tass|reuters|ria|interfax|bernama|yonhap|kyodo|twitter|facebook|telegram|instagram|x)$/u;
const DETERMINER = /^(?:the|a|an|some|several|many|other|another|his|her|their|its|our|these|those|this|that|most|all|no)$/iu;
const NP_STOP = /^(?:and|or|but|with|to|in|on|at|from|by|for|which|who|as|after|before|than|while|when|if|because|said|says|told|is|was|are|were|has|have|had)$/iu;

// Determiners and numerals that make a noun phrase plural ("both sides", "the two ministers").
const PLURAL_DETERMINER = /^(?:(?:the|these|those|all)\s+)?(?:both|two|three|four|several|many|some|various|other|most|all)\b/iu;
const PLURAL_ONLY = new Set(['people', 'police', 'staff', 'personnel']);
const SINGULAR_S = new Set(['press', 'congress', 'boss', 'status', 'news']);

/**
 * A phrase that names several sources ("the parties", "both sides", "diplomatic sources", "the two
 * leaders"): its statement is not one person's, so it never resolves to a person entity.
 */
export function isPluralSource(lex: CueLexicon, phrase: string): boolean {
  if (/^(?:they|we)$/iu.test(phrase.trim())) return true;
  const head = (phrase.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[’']$/u, '');
  if (PLURAL_ONLY.has(head)) return true;
  const nouns = (w: string): boolean => lex.personNouns.has(w) || lex.sourceNouns.has(w);
  // The lexicon's nouns ending in -s are plurals ("sides", "officials"), bar a few singulars.
  const pluralHead = /s$/u.test(head) && nouns(head) && !SINGULAR_S.has(head);
  return pluralHead || (PLURAL_DETERMINER.test(phrase.trim()) && nouns(head));
}

const lastWord = (s: string): string => (s.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[.’']s?$/u, '');

/** A capitalised run whose head is a title word ("Mazhilis Deputy Speaker", "The Minister") names an office, not a person. */
export function isTitleRun(lex: CueLexicon, run: string): boolean {
  const words = run.split(/\s+/);
  return lex.titleWords.has(lastWord(run)) || words.every((w) => lex.titleWords.has(w.toLowerCase().replace(/\.$/, '')) || /^(?:the|of|and)$/iu.test(w));
}

/** Every phrase in [start, end) that could name a source, nearest to `end` first. */
function candidates(ctx: SpeakerContext, start: number, end: number): SpeakerPhrase[] {
  const { text, lex } = ctx;
  const region = text.slice(start, end);
  const out: SpeakerPhrase[] = [];
  for (const m of ctx.mentions) {
    if (m.start >= start && m.end <= end) out.push({ start: m.start, end: m.end, kind: 'mention', entity: m.entity });
  }
  for (const m of region.matchAll(PRONOUN)) {
    const w = m[1]!.toLowerCase();
    out.push({ start: start + m.index, end: start + m.index + m[0].length, kind: w === 'who' ? 'relative' : 'pronoun' });
  }
  for (const m of region.matchAll(NAME_RUN)) {
    let s = start + m.index;
    let run = m[0].replace(/[.’']+$/u, '');
    // "The" at a sentence start belongs to a common-noun phrase, handled as a source below.
    const lead = /^(?:(?:The|A|An|This|That|These|Those|But|And|However|In|On|At|For|As|After|Before|While|When|He|She|They|We|I|It|Earlier|Later|Meanwhile|Also|Then|Yesterday|Today|Thus|Additionally|Furthermore|Moreover|Separately|Finally|Speaking|According|Besides|Still|Now|Here|There|Last|Next|During|Since|Following|Opening|Addressing|Commenting|Meeting|Welcoming|Concluding|In addition)\s+)+/u.exec(run);
    if (lead) { s += lead[0].length; run = run.slice(lead[0].length); }
    if (!run || /^(?:The|A|An|He|She|They|We|I|It|But|And|However|In|On|At|For|As)$/u.test(run)) continue;
    const e = s + run.length;
    if (ctx.otherNames.some((n) => n.start <= s && e <= n.end)) {
      out.push({ start: s, end: e, kind: 'source' });
      continue;
    }
    const head = lastWord(run);
    out.push({ start: s, end: e, kind: isTitleRun(lex, run) ? 'title' : lex.sourceNouns.has(head) || INSTITUTION_HEAD.test(head) ? 'source' : 'name' });
  }
  // Common-noun sources ("a senior official", "the ministry", "Kremlin spokesman Dmitry" is a name run).
  for (const m of region.matchAll(/[\p{L}’'-]+/gu)) {
    const w = m[0].toLowerCase().replace(/[’']s$/u, '');
    if (!lex.sourceNouns.has(w) && !lex.personNouns.has(w)) continue;
    const nounEnd = start + m.index + m[0].length;
    // Walk back over up to four modifiers to a determiner.
    const before = region.slice(0, m.index).split(/(?<=\s)/u);
    let s = start + m.index;
    for (let k = 1; k <= 4 && before.length - k >= 0; k++) {
      const word = (before[before.length - k] ?? '').trim();
      if (!word || /[,;:.!?"“”]/u.test(word) || NP_STOP.test(word)) break;
      s -= before[before.length - k]!.length;
      if (DETERMINER.test(word)) break;
      if (k === 4) { s = start + m.index; }
    }
    out.push({ start: s, end: nounEnd, kind: lex.personNouns.has(w) ? 'title' : 'source' });
  }
  return out.sort((a, b) => b.end - a.end || a.start - b.start || rank(a) - rank(b));
}

// At the same end, an entity mention beats a name run, a name run beats a common noun.
const rank = (p: SpeakerPhrase): number => ['mention', 'name', 'pronoun', 'relative', 'title', 'source'].indexOf(p.kind);

/**
 * The source of a cue that starts at `cue`, looking back to `from` (the clause start): the nearest
 * phrase that names a source with only auxiliaries, adverbs or appositives between it and the cue.
 * A relative "who" stands for the phrase before it; a title in apposition to a name yields the name.
 * With `wholeClause`, a short subject that opens the clause counts when nothing else does.
 */
export function speakerBefore(ctx: SpeakerContext, from: number, cue: number, wholeClause = false): SpeakerPhrase | null {
  const all = candidates(ctx, from, cue);
  const near = all.find((c) => validGap(ctx.text, c.end, cue));
  if (!near) return wholeClause ? wholeSubject(ctx, from, cue) : null;
  if (near.kind === 'relative') {
    // "X, who …, said" / "a man who said": the phrase before "who".
    const comma = ctx.text.lastIndexOf(',', near.start);
    const before = /,\s*$/u.test(ctx.text.slice(from, near.start)) ? comma : near.start;
    return before > from ? speakerBefore(ctx, from, before, wholeClause) : null;
  }
  if (near.kind === 'title' || near.kind === 'source') {
    // "Daniyar Sultanov, co-chair of …, Mazhilis Deputy Speaker, noted": prefer the name the title is in apposition to.
    const named = all.find((c) => c.end <= near.start && (c.kind === 'mention' || c.kind === 'name') && validGap(ctx.text, c.end, cue));
    if (named) return named;
  }
  // A mention inside a longer name run ("Kazakh Senate Speaker [Erbol Kuanyshbayev]") is the better span.
  if (near.kind === 'name') {
    const inner = all.find((c) => c.kind === 'mention' && c.start >= near.start && c.end <= near.end);
    if (inner) return inner;
  }
  return near;
}

/**
 * When no phrase is recognised, a short comma-free subject that opens the clause is the source
 * ("Experts on North Korea said", "The bank said"), kept unnamed.
 */
function wholeSubject(ctx: SpeakerContext, from: number, cue: number): SpeakerPhrase | null {
  const region = ctx.text.slice(from, cue);
  const lead = /^[\s,]*(?:(?:but|and|yet|so|still|now|meanwhile|however|also)\s*,?\s+)?/iu.exec(region)![0];
  const core = region.slice(lead.length).replace(/\s+(?:also|has|have|had|would|will|did|does|previously|recently|reportedly)?\s*$/iu, '');
  const words = core.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10 || /[,;:()"“”«»]/u.test(core)) return null;
  if (/^(?:as|if|when|while|after|before|since|because|although|though|it|this|that|there|here|what|which|how|according|in|on|at|to|for|with|by|from)$/iu.test(words[0]!)) return null;
  if (!/^(?:the|a|an|one|two|some|many|several|most|all|other|another|both|these|those|\p{Lu})/iu.test(core)) return null;
  // A verb inside means it is a clause, not a subject ("the talks were held and said").
  if (/\s(?:is|are|was|were|be|been|has|have|had|will|would|can|could)\s/iu.test(` ${core} `)) return null;
  const start = from + lead.length;
  return { start, end: start + core.length, kind: 'source' };
}

// Where a source named after its cue ends: punctuation (but not the full stop of an initial or an
// abbreviation, "Daniel K. Mercer", "Sen. Lee"), or a preposition or participle that starts an adjunct.
const AFTER_STOP = /\s*(?:[,;:!?”"»)]|(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|St|Prof))\.|$|\s(?:in|on|at|during|after|before|while|when|adding|noting|to|told|as|from|with|about|that|who)\b)/gu;

/** The source named right after a cue ("…, said Foreign Minister Sara Lind", "said the source"). */
export function speakerAfter(ctx: SpeakerContext, from: number, limit: number, anyPhrase = false): SpeakerPhrase | null {
  const { text } = ctx;
  let s = from;
  while (s < limit && /\s/u.test(text[s] ?? '')) s++;
  const rest = text.slice(s, limit);
  AFTER_STOP.lastIndex = 1;
  const m = AFTER_STOP.exec(rest);
  const len = m ? m.index : rest.length;
  const phrase = rest.slice(0, len).replace(/[\s,]+$/u, '');
  if (!phrase || phrase.split(/\s+/).length > 12) return null;
  const e = s + phrase.length;
  const all = candidates(ctx, s, e);
  const mention = all.find((c) => c.kind === 'mention');
  if (mention) return mention;
  const first = /^(he|she|they|i|we)$/iu.exec(phrase);
  if (first) return { start: s, end: e, kind: 'pronoun' };
  if (/^\p{Lu}/u.test(phrase)) {
    const run = all.filter((c) => c.kind === 'name').sort((a, b) => a.start - b.start)[0];
    if (run) return run;
    return { start: s, end: e, kind: isTitleRun(ctx.lex, phrase) ? 'title' : 'source' };
  }
  // "according to the data": a frame names its source whatever the noun.
  if (anyPhrase && /^[\p{L}\p{N}]/u.test(phrase)) {
    return { start: s, end: e, kind: ctx.lex.personNouns.has(lastWord(phrase)) ? 'title' : 'source' };
  }
  if (/^(?:the|a|an|one|two|some|several|many|other|another|his|her|their|its|senior|top)\s/iu.test(phrase) && (ctx.lex.sourceNouns.has(lastWord(phrase)) || ctx.lex.personNouns.has(lastWord(phrase)))) {
    return { start: s, end: e, kind: ctx.lex.personNouns.has(lastWord(phrase)) ? 'title' : 'source' };
  }
  return null;
}

/** Resolution state carried through a document in reading order. */
export interface SpeakerState {
  lastNamed: QuoteSpeaker | null;
  /** The statements attributed so far, in reading order (for 'pronoun-chain'). */
  said?: SaidBefore[];
}

function nearestPersonBefore(ctx: SpeakerContext, offset: number, head: string | null): Entity | undefined {
  let fallback: Entity | undefined;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > offset) continue;
    if (m.kind === 'pronoun') continue;
    if (!head) return m.entity;
    fallback ??= m.entity;
    if (m.entity.titles.some((t) => t.toLowerCase().includes(head))) return m.entity;
  }
  return fallback;
}

/** A surname alone ("said Kuanyshbayev") takes the fuller form the text gave before ("Erbol Kuanyshbayev"). */
function fullerName(lex: CueLexicon, text: string, name: string, offset: number): string {
  if (/\s/u.test(name)) return name;
  let best = name;
  const re = new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{M}’'\-]*\s+){1,2}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'gu');
  for (const m of text.slice(0, offset).matchAll(re)) {
    const person = personPart(lex, m[0]);
    if (person.length > best.length) best = person;
  }
  return best;
}

/** The part of a name run after its last title word ("Kazakh Senate Speaker Erbol Kuanyshbayev" -> "Erbol Kuanyshbayev"). */
function personPart(lex: CueLexicon, run: string): string {
  const words = run.split(/\s+/);
  let k = 0;
  words.forEach((w, i) => { if (lex.titleWords.has(w.toLowerCase().replace(/[.’']s?$/u, ''))) k = i + 1; });
  const tail = words.slice(k).join(' ');
  return tail || run;
}

const speakerOf = (p: Span, name: string, entity?: Entity): QuoteSpeaker =>
  entity ? { start: p.start, end: p.end, entity: entity.id, name: entity.name } : { start: p.start, end: p.end, name };

/**
 * Resolves a speaker phrase: a mention -> its entity; a pronoun or title -> the entity whose mention
 * it is, else the nearest preceding person (or the last named speaker when there are no entities);
 * a name -> its entity, else the fullest form of the name in the text; a common noun -> kept unnamed.
 */
export function resolveSpeaker(ctx: SpeakerContext, p: SpeakerPhrase, state: SpeakerState): QuoteSpeaker {
  const { text } = ctx;
  const phrase = text.slice(p.start, p.end);
  // A mention overlapping the phrase names it; a pronoun mention counts only when it is exactly the phrase.
  const own = p.entity ?? ctx.mentions.find((m) => (m.start < p.end && p.start < m.end && m.kind !== 'pronoun') || (m.start === p.start && m.end === p.end))?.entity;
  let out: QuoteSpeaker;
  const chained = chainPronoun(ctx, p, state.said ?? []);
  if (chained && 'mentions' in chained) out = speakerOf(p, '', chained);
  else if (chained) out = { start: p.start, end: p.end, name: chained.name, ...(chained.entity ? { entity: chained.entity } : {}) };
  else if (own) out = speakerOf(p, '', own);
  else if (p.kind === 'pronoun' || p.kind === 'relative' || p.kind === 'title') {
    const plural = isPluralSource(ctx.lex, phrase);
    const head = p.kind === 'title' ? lastWord(phrase) : null;
    const e = plural ? undefined : nearestPersonBefore(ctx, p.start, head);
    if (e) out = speakerOf(p, '', e);
    else if (!plural && state.lastNamed) out = { start: p.start, end: p.end, name: state.lastNamed.name, ...(state.lastNamed.entity ? { entity: state.lastNamed.entity } : {}) };
    else out = speakerOf(p, phrase);
  } else if (p.kind === 'name') {
    out = speakerOf(p, fullerName(ctx.lex, text, personPart(ctx.lex, phrase), p.end));
  } else {
    out = speakerOf(p, phrase);
  }
  if (out.entity || p.kind === 'name' || p.kind === 'mention') state.lastNamed = out;
  return out;
}
