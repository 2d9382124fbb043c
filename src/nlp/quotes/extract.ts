import type { Span } from '../../core/span.js';
import { cueForm, type CueLexicon, type CueVerb } from './lexicon.js';
import { dashAttribution, transcriptTurns } from './layouts.js';
import { findMarkedPassages, wordCount, type MarkedPassage } from './marks.js';
import type { QuoteRuleId } from './rules.js';
import { speakerAfter, speakerBefore, validGap, type SpeakerContext, type SpeakerPhrase } from './speaker.js';
import { sentenceAt, type SentenceUnit, type TextUnits } from './text-units.js';

/** A quote before its speaker is resolved to an entity. */
export interface QuoteDraft extends Span {
  readonly direct: boolean;
  readonly cue: Span | null;
  speaker: SpeakerPhrase | null;
  /** Shares the speaker of an earlier draft (split quotation, continuation, participial clause). */
  readonly sameSpeakerAs?: QuoteDraft;
  readonly rule: QuoteRuleId;
  readonly style?: string;
}

interface CueHit extends Span {
  readonly verb: CueVerb;
  readonly form: string;
}

// Where a coordinated or contrasted clause begins: ", but", "; ", " — and", " while", " and he" ('pronoun-clause-link').
const CLAUSE_LINK = /(?:[,;]|\s[—–]|\s--)\s*(?:(?:but|and|while|though|although|whereas|yet|as)\s+)?|\s(?:but|while|though|although|whereas)\s+|\sand\s+(?=(?:he|she|they|we|I)\s)/gu;
// A bare complement that starts like this is an adverbial or a prepositional phrase, not a reported clause.
const NOT_A_CLAUSE = /^\s+(?:on|at|in|during|after|before|as|to|about|of|for|with|from|by|into|over|under|than)\b/iu;
// A bare complement ("said the talks went well") is a clause only with a finite verb in it; "claimed
// victory in the election" is a verb with its object ('bare-clause').
const FINITE = /(?<![\p{L}’'])(?:is|are|was|were|am|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|went|came|made|took|gave|met|held|saw|knew|became|remains?|seems?|[a-z]{2,}(?:ed|es|[^s’'\s]s))(?![\p{L}’'])/u;
// Also a clause: a negated auxiliary ("weren't", "cannot"), a nominative pronoun subject ("they
// plan …"), or an object with an infinitive ("expects Lee to win").
const NEGATED = /(?<![\p{L}])(?:\p{L}+n[’']t|cannot)(?![\p{L}])/iu;
const NOMINATIVE_START = /^\s*(?:he|she|they|we|i|it)\s/iu;
const INFINITIVE = /(?<![\p{L}])to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|be\s+held)\b)[a-z]{2,}(?![\p{L}])/u;
const looksLikeClause = (s: string): boolean => {
  const head = s.slice(0, 300);
  return FINITE.test(head) || NEGATED.test(head) || NOMINATIVE_START.test(head) || INFINITIVE.test(head);
};
// A second predicate of the same subject after an object: ", and invited the …", " and signed a …".
const NEXT_PREDICATE = /,?\s+and\s+(?:also\s+|further\s+|then\s+|later\s+)?([a-z]{3,}ed|met|held|made|gave|took|sent|paid|led|spoke|went|saw|left|brought|signed)(?=\s+(?:the|a|an|his|her|their|its|to|that|on|with|for|in|him|them|it|\p{Lu}))/gu;
// Before a term in marks: the article, a possessive or "so-called" ("the “Shanghai spirit”").
const TERM_BEFORE = /(?<![\p{L}])(?:the|its|their|his|her|our|so-called|dubbed|named|titled|entitled)\s*$/iu;
const CUE_ASIDE = /^\s*,\s*(?:(?:which|who|where|when)\b[^,;:“”"«»]{1,100},\s*(?=that\b)|(?:however|though|moreover|meanwhile|furthermore|nevertheless|in turn|in particular|for (?:his|her|its|their) part)\s*,(?=\s*\S))/iu;
const LISTENER_TOPIC = /^\s+[^,;:.“”"«»]{1,60}?\s(?:about|regarding|concerning)\s/iu;
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|we|We|we’re|We’re|we're|We're|we’ve|We’ve|our|Our|us|my|My|me|ours)(?![\p{L}])/u;
const LEADING_JUNK = /^[\s,;:—–-]+/u;
// A final question or exclamation mark is part of what was said; a full stop or comma is not.
const TRAILING_JUNK = /[\s,;:.…—–-]+$/u;
// Adverbials between a cue and its content that do not belong to the content.
const CUE_ADJUNCT = /^\s*(?:,\s*)?(?:(?:on|in|at|during|after|before|earlier|later|last|this|yesterday|today|late|via|through|while|following|when|speaking|addressing)\b[^,:;“”"«»]{0,80}?)?\s*(?=that\b|[,:]|$)/iu;

export class QuoteExtractor {
  private readonly text: string;
  private readonly passages: MarkedPassage[];
  readonly drafts: QuoteDraft[] = [];
  private readonly usedCues = new Map<SentenceUnit, Set<number>>();

  /**
   * @param splitEmbedded words in marks inside a reported clause become a direct record of their own
   *   (the gold guideline); false keeps them inside the clause's content (PolNeAR's attributions).
   */
  constructor(private readonly ctx: SpeakerContext, private readonly lex: CueLexicon, private readonly units: TextUnits, private readonly splitEmbedded = true) {
    this.text = ctx.text;
    this.passages = findMarkedPassages(ctx.text, units.paragraphs);
  }

  run(): QuoteDraft[] {
    this.transcripts();
    // Frames and tail attributions first: a passage "…, said X." may hold cues of its own ("I believe").
    for (const s of this.units.sentences) {
      const used = new Set<number>();
      const parts = this.participles(s);
      this.framesIn(s, used, parts);
      this.tailIn(s, used, parts);
      this.usedCues.set(s, used);
    }
    for (const s of this.units.sentences) {
      const used = this.usedCues.get(s) ?? new Set<number>();
      const parts = this.participles(s);
      this.verbsIn(s, used, parts);
      this.participialIn(s, used, parts);
    }
    this.directQuotes();
    return this.drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  // ---- helpers ----

  private inPassage(offset: number): MarkedPassage | undefined {
    return this.passages.find((p) => p.start <= offset && offset < p.end);
  }

  /** True when every word of [start, end) lies inside quotation marks. */
  private allQuoted(start: number, end: number): boolean {
    for (const m of this.text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!this.inPassage(start + m.index)) return false;
    }
    return true;
  }

  private cuesIn(from: number, to: number): CueHit[] {
    const out: CueHit[] = [];
    const re = new RegExp(this.lex.cuePattern.source, 'giu');
    for (const m of this.text.slice(from, to).matchAll(re)) {
      const form = cueForm(m[0]);
      const verb = this.lex.byForm.get(form);
      // A capitalised form inside a sentence is a name ("United States", "State President"), not a verb.
      const at = from + m.index;
      if (/^\p{Lu}/u.test(m[0]) && !this.startsSentence(at)) continue;
      if (verb) out.push({ start: from + m.index, end: from + m.index + m[0].length, verb, form });
    }
    return out;
  }

  /** Trims white space, dashes and end punctuation; drops a leading "that". */
  private content(start: number, end: number): Span | null {
    let s = start;
    let e = end;
    const lead = LEADING_JUNK.exec(this.text.slice(s, e));
    if (lead) s += lead[0].length;
    const that = /^that\s+/iu.exec(this.text.slice(s, e));
    if (that) s += that[0].length;
    const tail = TRAILING_JUNK.exec(this.text.slice(s, e));
    if (tail) e -= tail[0].length;
    // Keep a closing mark when its opening mark is inside the content.
    while (e > s && /["”’»']/u.test(this.text[e - 1] ?? '') && !this.text.slice(s, e - 1).match(/["“‘«„]|''/u)) e--;
    const trail2 = TRAILING_JUNK.exec(this.text.slice(s, e));
    if (trail2) e -= trail2[0].length;
    return e - s >= 2 && wordCount(this.text.slice(s, e)) >= 1 ? { start: s, end: e } : null;
  }

  private add(d: QuoteDraft): QuoteDraft {
    this.drafts.push(d);
    return d;
  }

  private draftCovering(offset: number): QuoteDraft | undefined {
    return this.drafts.find((d) => d.start <= offset && offset < d.end);
  }

  private isPersonLike(p: SpeakerPhrase | null): boolean {
    return p !== null && p.kind !== 'source';
  }

  /** Offsets in the sentence where a participial continuation starts (", noting that …"). */
  private participles(s: SentenceUnit): CueHit[] {
    return this.cuesIn(s.start, s.end).filter((c) => c.form.split(' ')[0]!.endsWith('ing') && /,\s*(?:and\s+)?$/u.test(this.text.slice(Math.max(s.start, c.start - 6), c.start)));
  }

  /**
   * End of a content that starts at `from`: the sentence end, the next participial continuation, or
   * the clause where another source starts speaking (", but he said …", "— and she noted …").
   */
  private contentEnd(s: SentenceUnit, from: number, parts: readonly CueHit[]): number {
    const next = parts.find((p) => p.start > from);
    const end = next ? this.text.lastIndexOf(',', next.start) : s.end;
    return Math.min(end, this.nextAttribution(from, end) ?? end, this.coordinatedCue(from, end) ?? end);
  }

  /** ", and also noted …": a cue verb coordinated after a comma starts the subject's next statement ('coordinated-cue'). */
  private coordinatedCue(from: number, to: number): number | null {
    for (const m of this.text.slice(from, to).matchAll(/,\s*and\s+(?:also\s+|further\s+|then\s+)?/gu)) {
      const at = from + m.index + m[0].length;
      const cue = this.cuesIn(at, Math.min(to, at + 30))[0];
      if (cue && cue.start === at && !cue.form.endsWith('ing') && !this.inPassage(at)) return from + m.index;
    }
    return null;
  }

  /** Where a later clause with its own speaker and cue begins, within [from, to). */
  private nextAttribution(from: number, to: number): number | null {
    const t = this.text;
    for (const c of this.cuesIn(from, to)) {
      if (c.start - from < 3 || this.inPassage(c.start) || c.form.split(' ')[0]!.endsWith('ing') || c.verb.needsQuote) continue;
      let last: RegExpExecArray | null = null;
      for (const m of t.slice(from, c.start).matchAll(CLAUSE_LINK)) last = m as RegExpExecArray;
      if (!last) continue;
      const subjectStart = from + last.index + last[0].length;
      const sp = speakerBefore(this.ctx, subjectStart, c.start, true);
      if (sp && /^\s*(?:(?:the|a|an)\s+)?$/iu.test(t.slice(subjectStart, sp.start))) return from + last.index;
    }
    return null;
  }

  // ---- reported speech and unmarked statements, one sentence at a time ----

  private framesIn(s: SentenceUnit, used: Set<number>, parts: readonly CueHit[]): void {
    const t = this.text;
    const sent = t.slice(s.start, s.end);
    // According to X, P.  /  P, according to X.
    for (const m of sent.matchAll(/(?<![\p{L}])(?:according to|in the words of)\s+/giu)) {
      const at = s.start + m.index;
      if (this.inPassage(at)) continue;
      const spEnd = (() => { const c = t.indexOf(',', at + m[0].length); return c > 0 && c < s.end ? c : s.end; })();
      const speaker = speakerAfter(this.ctx, at + m[0].length, spEnd, true);
      if (!speaker) continue;
      const cue = { start: at, end: at + m[0].trimEnd().length };
      used.add(at);
      const lead = /^(?:\s*(?:but|and|yet|so|however|also)\s*,?\s*)?$/iu.test(t.slice(s.start, at));
      if (lead && spEnd < s.end) {
        // "According to the website, Aliyev stressed …": the person in the clause is the source.
        if (this.opensWithAttribution(spEnd + 1, s.end)) continue;
        const c = this.content(spEnd + 1, this.contentEnd(s, spEnd, parts));
        if (c && !this.allQuoted(c.start, c.end)) this.add({ ...c, direct: false, cue, speaker, rule: 'according-to-lead' });
      } else if (!lead) {
        const comma = t.lastIndexOf(',', at);
        const c = this.content(s.start, comma > s.start ? comma : at);
        if (c && !this.allQuoted(c.start, c.end)) this.add({ ...c, direct: false, cue, speaker, rule: 'according-to-tail' });
      }
    }
    // In his words, P.
    const words = /^(?:\s*(?:but|and)\s+)?in (his|her|their) (?:own )?words\s*,\s*/iu.exec(sent);
    if (words) {
      const p = s.start + words[0].toLowerCase().indexOf(words[1]!.toLowerCase());
      const c = this.content(s.start + words[0].length, this.contentEnd(s, s.start + words[0].length, parts));
      if (c) this.add({ ...c, direct: false, cue: { start: s.start, end: s.start + words[0].trimEnd().length - 1 }, speaker: { start: p, end: p + words[1]!.length, kind: 'pronoun' }, rule: 'in-words' });
    }
    // As X noted, P.
    const as = /^(?:\s*(?:but|and|yet|so)\s+)?as\s+/iu.exec(sent);
    if (as) {
      const comma = t.indexOf(',', s.start + as[0].length);
      const cue = comma > 0 && comma < s.end ? this.cuesIn(s.start + as[0].length, comma)[0] : undefined;
      if (cue && cue.verb.complement !== 'object' && !this.opensWithAttribution(comma + 1, s.end)) {
        // "As X noted, P" or, passive, "As reported by X, P".
        const passive = cue.start === s.start + as[0].length;
        const by = passive ? /^\s+(?:by\s+|in\s+|on\s+)?/iu.exec(t.slice(cue.end, comma))![0].length : 0;
        const speaker = passive ? speakerAfter(this.ctx, cue.end + by, comma, true) : speakerBefore(this.ctx, s.start + as[0].length, cue.start);
        const c = speaker ? this.content(comma + 1, this.contentEnd(s, comma, parts)) : null;
        if (speaker && c) { used.add(cue.start); this.add({ ...c, direct: false, cue, speaker, rule: 'as-x-said' }); }
      }
    }
  }

  /** Interview transcripts ('transcript', layouts.ts): a paragraph opening "WALLACE: …" or "Mr. Lee: …" is that speaker's words. */
  private transcripts(): void {
    for (const turn of transcriptTurns(this.ctx, this.units.paragraphs)) {
      const c = this.content(turn.wordsStart, turn.paragraph.end);
      if (c) this.add({ ...c, direct: true, cue: turn.cue, speaker: turn.speaker, rule: 'transcript' });
    }
  }

  /** True when [from, to) starts with its own speaker and cue ("Aliyev stressed …"). */
  private opensWithAttribution(from: number, to: number): boolean {
    const cue = this.cuesIn(from, to).find((c) => !c.form.endsWith('ing'));
    if (!cue || cue.start - from > 120) return false;
    const sp = speakerBefore(this.ctx, from, cue.start);
    return !!sp && sp.kind !== 'source' && /^[\s,]*$/u.test(this.text.slice(from, sp.start).replace(/^\s*(?:the|a|an)\s+/iu, ''));
  }

  /** "P, X said." / "P, said X." / "P, X said, Q." — and the first-person passages whose marks were lost. */
  private tailIn(s: SentenceUnit, used: Set<number>, parts: readonly CueHit[]): void {
    const t = this.text;
    for (const cue of this.cuesIn(s.start, s.end)) {
      if (used.has(cue.start) || this.inPassage(cue.start) || cue.verb.complement === 'object' || cue.form.endsWith('ing')) continue;
      let comma = t.lastIndexOf(',', cue.start);
      if (comma <= s.start || t.slice(comma, cue.start).split(/\s+/).length > 12) continue;
      let speaker: SpeakerPhrase | null;
      let after: number;
      if (/^,\s*$/u.test(t.slice(comma, cue.start))) {
        const stop = (() => { const c = t.indexOf(',', cue.end); return c > 0 && c < s.end ? c : s.end; })();
        speaker = speakerAfter(this.ctx, cue.end, stop);
        after = speaker ? speaker.end : cue.end;
      } else {
        speaker = speakerBefore(this.ctx, comma + 1, cue.start, true);
        if (speaker && !/^[,\s]*(?:(?:the|a|an)\s+)?$/iu.test(t.slice(comma, speaker.start))) speaker = null;
        // "P, Ann Lee, the spokesperson for the minister told reporters.": an appositive whose
        // closing comma was left out ('tail-appositive'); the statement ends at the comma before the name.
        const apposed = speaker ? null : this.apposedName(s, comma, cue.start);
        if (apposed) { speaker = apposed.speaker; comma = apposed.comma; }
        after = cue.end;
      }
      if (!speaker) continue;
      // What follows must end the statement: nothing, an adverbial, a participle, or the rest of a parenthetical.
      // "…, X told reporters on Monday.": the listener of a verb of telling is part of the attribution ('tail-listener').
      const listener = cue.verb.takesListener ? /^\s+(?:reporters|journalists|lawmakers|parliament|(?:the\s+)?(?:media|press|audience|delegates|participants|him|her|them|us|me)|(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})(?=[\s.,;]|$)/u.exec(t.slice(after, s.end)) : null;
      if (listener) after += listener[0].length;
      const rest = t.slice(after, s.end);
      const adv = /^(?:\s+(?:on|in|at|during|after|before|to|from|while|via|through|late|earlier|later|last|this|yesterday|today|told|told\s+\S+)\b[^,;]*)?/iu.exec(rest)![0];
      const tail = rest.slice(adv.length);
      const ends = /^[\s.!?…"”’»)]*$/u.test(tail);
      const participle = parts.find((p) => p.start >= after && p.start <= after + adv.length + 8);
      const parenthetical = !ends && !participle && /^\s*,\s*\S/u.test(tail);
      if (!ends && !participle && !parenthetical) continue;
      if (this.allQuoted(s.start, comma)) continue;
      used.add(cue.start);
      const cueSpan = { start: cue.start, end: cue.end };
      if (parenthetical) {
        const c = this.content(s.start, s.end);
        if (c) this.add({ ...c, direct: false, cue: cueSpan, speaker, rule: 'parenthetical' });
        continue;
      }
      const passageStart = this.lostMarksStart(s, comma);
      const firstPerson = passageStart !== null;
      const start = passageStart ?? s.start;
      const c = this.content(start, comma);
      if (c) this.add({ ...c, direct: firstPerson, cue: cueSpan, speaker, rule: firstPerson ? 'lost-marks' : 'tail-cue' });
    }
  }

  /** The object phrase at the start of `next` names people: a pronoun, a person noun, or a person's mention ('person-object'). */
  private personObject(next: string): boolean {
    const np = /^\s*((?:(?:the|a|an|his|her|their|its|our|all|both|two|three|foreign|visiting|new)\s+){0,3})([\p{L}’'-]+)(?=[\s,.;]|$)/u.exec(next);
    if (!np) return false;
    const head = np[2]!.toLowerCase();
    if (/^(?:him|her|them|us|me|you|everyone|everybody)$/u.test(head)) return true;
    return this.lex.personNouns.has(head) || /^(?:guests?|delegations?|diplomats?|visitors?|participants?|ambassadors?|colleagues?|counterparts?)$/u.test(head);
  }

  /** "…, NAME, the TITLE-PHRASE said": the name before an appositive that holds a person noun or title. */
  private apposedName(s: SentenceUnit, comma: number, cue: number): { speaker: SpeakerPhrase; comma: number } | null {
    const t = this.text;
    const before = t.lastIndexOf(',', comma - 1);
    if (before <= s.start) return null;
    const sp = speakerBefore(this.ctx, before + 1, comma);
    if (!sp || (sp.kind !== 'mention' && sp.kind !== 'name') || !/^[,\s]*$/u.test(t.slice(before, sp.start))) return null;
    const apposition = t.slice(comma + 1, cue).trim();
    const words = apposition.split(/\s+/);
    if (words.length > 12 || !/^(?:the|a|an|his|her)\s/iu.test(apposition)) return null;
    if (!words.some((w) => this.lex.personNouns.has(w.toLowerCase()) || this.lex.titleWords.has(w.toLowerCase()))) return null;
    return { speaker: sp, comma: before };
  }

  /**
   * Where a first-person passage ending "…, said X." starts: at the earliest sentence in first person
   * among the unmarked sentences of the paragraph before `end`; null when none is in first person.
   */
  private lostMarksStart(s: SentenceUnit, end: number): number | null {
    const all = this.units.sentences;
    let i = sentenceAt(all, s.start);
    let start: number | null = FIRST_PERSON.test(this.text.slice(s.start, end)) ? s.start : null;
    while (i > 0) {
      const prev = all[i - 1]!;
      if (prev.paragraph !== s.paragraph) break;
      const txt = this.text.slice(prev.start, prev.end);
      if (/["“”«»„]/u.test(txt) || this.drafts.some((d) => d.start < prev.end && prev.start < d.end)) break;
      if (FIRST_PERSON.test(txt)) start = prev.start;
      i--;
    }
    return start;
  }

  /** X said (that) P. / X told Y that P. / X noted the importance of P. */
  private verbsIn(s: SentenceUnit, used: Set<number>, parts: readonly CueHit[]): void {
    const t = this.text;
    for (const cue of this.cuesIn(s.start, s.end)) {
      if (used.has(cue.start) || this.inPassage(cue.start)) continue;
      if (cue.form.split(' ')[0]!.endsWith('ing')) continue; // participles: see participialIn
      if (this.drafts.some((d) => d.start <= cue.start && cue.start < d.end)) continue; // nested in a content
      const pre = t.slice(Math.max(s.start, cue.start - 30), cue.start);
      if (/(?:\bto|\b(?:be|been|being|is|are|was|were)|\bthe|\ba|\ban|\bit\s+(?:is|was|has been))\s+$/iu.test(pre)) continue; // infinitive, passive, noun use
      if (/^\s+by\b/iu.test(t.slice(cue.end, cue.end + 4))) continue;
      const verb = cue.verb;
      if (verb.needsQuote) continue;
      if (verb.requiresThat && !/^\s*(?:,\s*)?that\b/iu.test(t.slice(cue.end, s.end))) continue;
      // Clause start: the sentence, or after a semicolon or dash.
      const clauseStart = Math.max(s.start, t.lastIndexOf(';', cue.start) + 1, t.lastIndexOf(' — ', cue.start) + 1);
      let speaker: SpeakerPhrase | null;
      const coord = /(?:,\s*)?\band\s+(?:(?:also|further|then|later|additionally|subsequently|once again|again)\s+)?$/iu.exec(t.slice(clauseStart, cue.start));
      if (coord) {
        // "X met Y and noted …": the subject of the coordinated verbs starts the clause.
        const lead = clauseStart + coord.index;
        // A statement of this clause just before "and" has the subject ("X stressed A and noted B").
        const owner = this.drafts.filter((d) => d.speaker && d.cue && d.cue.start >= clauseStart && d.end <= lead + 1 && d.end >= lead - 1).pop();
        speaker = owner?.speaker ?? speakerBefore(this.ctx, clauseStart, this.firstVerbAfter(clauseStart, lead));
      } else {
        speaker = speakerBefore(this.ctx, clauseStart, cue.start, true);
      }
      if (!speaker) continue;
      if ((!verb.speech || verb.complement === 'object') && !this.isPersonLike(speaker)) continue;
      // The content, past a listener ("told reporters"), an adverbial ("on Tuesday") and "that".
      let from = cue.end;
      if (verb.takesListener) {
        const l = /^\s+(?:[^,.;:“”"«»]{1,60}?)(?=\s+that\b|\s*[:,])/u.exec(t.slice(from, s.end))
          ?? /^\s+(?:him|her|them|me|us|reporters|journalists|lawmakers|the (?:media|press|audience|participants|guests|delegation)|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)(?=\s)/u.exec(t.slice(from, s.end));
        if (l) from += l[0].length;
        // "asked them about …" is not a statement; a listener verb needs its clause ("told them that …", "told him the …").
        if (verb.complement === 'clause' && !/^\s*(?:,\s*)?(?:that\b|[:,]|["“«„]|''|(?:he|she|they|it|we|I|the|a|an|this|there|his|her|their|its|\p{Lu}[\p{L}’'-]*)\s)/u.test(t.slice(from, s.end))) continue;
      }
      const adj = CUE_ADJUNCT.exec(t.slice(from, s.end));
      if (adj && adj[0].trim()) from += adj[0].length;
      // "warned in an interview, which aired on Monday, that …" / "said, however, he …": an aside
      // between the cue and its content ('cue-aside').
      const aside = CUE_ASIDE.exec(t.slice(from, s.end));
      if (aside) from += aside[0].length;
      const next = t.slice(from, s.end);
      if (/^\s*[,:]?\s*(?:["“‘«„‹]|'')/u.test(next)) continue; // a quotation: the direct rules attribute it
      if (/^[\s.!?…"”’»)]*$/u.test(next)) continue; // nothing follows: a tail attribution
      // "expressed (his) confidence that P": the content is the clause.
      const noun = verb.complement !== 'clause' ? /^\s*(?:(?:his|her|their|its|the|a|an|full|firm|deep|strong)\s+){0,2}(?:confidence|hope|belief|conviction|view|opinion|concern|regret|satisfaction|certainty|assurance|expectation|fear)s?\s+that\b/iu.exec(next) : null;
      if (noun) from += noun[0].length - 4;
      const hasThat = noun !== null || /^\s*(?:,\s*)?that\b/iu.test(next);
      if (verb.complement === 'object' || (verb.complement === 'both' && !hasThat)) {
        if (!this.isPersonLike(speaker)) continue;
        if (verb.nonPersonObject && this.personObject(next)) continue;
        if (verb.objectHeads) {
          const head = /^\s*(?:(?:their|his|her|its|the)\s+)?([\p{L}]+)/u.exec(next)?.[1]?.toLowerCase();
          if (!head || !verb.objectHeads.includes(head)) continue;
        }
      } else if (!hasThat && !/^\s*[,:]/u.test(next) && (!/^\s+(?:[\p{L}\p{N}’'-]+\s+){1,}/u.test(next) || NOT_A_CLAUSE.test(next) || !looksLikeClause(next))) continue;
      // "informed the minister about the reforms": a listener verb with a topic, not a statement ('listener-topic').
      if (verb.takesListener && !hasThat && LISTENER_TOPIC.test(t.slice(cue.end, s.end))) continue;
      const rule = hasThat || verb.complement === 'clause' ? 'verb-clause' : 'verb-object';
      const end = this.contentEnd(s, from, parts);
      // "expressed support for X and invited Y to …": the object ends where the subject's next predicate starts ('next-predicate').
      // A second cue verb ("stressed A and called for B") continues the same statement (the seed's gold).
      const coordinated = rule === 'verb-object'
        ? [...t.slice(from, end).matchAll(NEXT_PREDICATE)].find((m) => !this.lex.byForm.has(cueForm(m[1]!)))
        : undefined;
      const c = this.content(from, coordinated ? from + coordinated.index : end);
      if (!c || this.allQuoted(c.start, c.end)) continue;
      used.add(cue.start);
      this.add({ ...c, direct: false, cue: { start: cue.start, end: cue.end }, speaker, rule });
    }
  }

  /** The first word after `from` that is a cue or looks like a finite verb: where a clause subject ends. */
  private firstVerbAfter(from: number, limit: number): number {
    const m = /\s(?:[a-z]+(?:ed|s)|met|held|made|gave|took|led|paid|sent|spoke|went|came|saw|had|has|is|was|are|were)\b/u.exec(this.text.slice(from, limit));
    return m ? from + m.index : limit;
  }

  /** ", noting that P" / ", adding P" after a statement: same speaker as the clause before it. */
  private participialIn(s: SentenceUnit, used: Set<number>, parts: readonly CueHit[]): void {
    const t = this.text;
    for (const p of parts) {
      if (used.has(p.start) || this.inPassage(p.start)) continue;
      const comma = t.lastIndexOf(',', p.start);
      // The statement this participle continues: a draft of this sentence whose cue or content precedes it.
      const owner = this.drafts.filter((d) => d.speaker && d.rule !== 'participial' && d.cue
        && ((d.cue.start >= s.start && d.cue.start < comma) || (d.end <= comma + 1 && d.end > s.start))).pop();
      // No statement before it: the participle may still follow the subject's own clause ("X met Y, noting …").
      const speaker = owner?.speaker ?? speakerBefore(this.ctx, s.start, this.firstVerbAfter(s.start, comma));
      if (!speaker || !this.isPersonLike(speaker)) continue;
      let from = p.end;
      if (p.verb.takesListener) {
        const l = /^\s+(?:[^,.;:“”"«»]{1,60}?)(?=\s+that\b|\s*[:,])/u.exec(t.slice(from, s.end));
        if (l) from += l[0].length;
      }
      const next = t.slice(from, s.end);
      if (/^\s*[,:]?\s*(?:["“‘«„‹]|'')/u.test(next)) continue;
      const c = this.content(from, this.contentEnd(s, from, parts));
      if (!c || this.allQuoted(c.start, c.end)) continue;
      used.add(p.start);
      // "X commended the reform, adding that …": the object of a verb of praise or emphasis and its
      // participial continuation are one verb phrase, one statement ('participial-joined').
      if (owner && owner.rule === 'verb-object' && Math.abs(owner.end - comma) <= 1) {
        this.drafts.splice(this.drafts.indexOf(owner), 1, { ...owner, end: c.end });
        continue;
      }
      this.add({ ...c, direct: false, cue: { start: p.start, end: p.end }, speaker, ...(owner ? { sameSpeakerAs: owner } : {}), rule: 'participial' });
    }
  }

  // ---- quotations in marks ----

  private directQuotes(): void {
    const t = this.text;
    const sents = this.units.sentences;
    let last: QuoteDraft | null = null;
    for (let k = 0; k < this.passages.length; k++) {
      const p = this.passages[k]!;
      const words = wordCount(t.slice(p.start, p.end));
      const si = Math.max(0, sentenceAt(sents, p.open));
      const sj = Math.max(0, sentenceAt(sents, Math.max(p.open, p.close - 1)));
      const sOpen = sents[si];
      const sClose = sents[sj];
      if (!sOpen || !sClose) continue;
      const c = this.content(p.start, p.end);
      if (!c) continue;
      const style = p.style;
      // "“…” — Jane Doe": a dash attribution (layouts.ts) comes before any cue verb after the mark.
      const dashed = dashAttribution(this.ctx, this.units.paragraphs, p);
      const after = dashed ?? this.attributionAfter(p, sClose, sents[sj + 1]);
      const afterRule = dashed ? 'dash-attribution' : 'direct-after';
      const before = after ? null : this.attributionBefore(p, sOpen, sents[si - 1]);
      const short = words <= 3;
      const enclosing = after || before ? undefined : this.draftCovering(p.open);
      const naming = enclosing ? this.framingCue(p, sOpen) : null;
      // A naming verb frames its own quotation even inside a clause ("said X called it “a step”").
      if (enclosing && !enclosing.direct && (this.splitEmbedded ? !naming : !short)) {
        // Words in marks inside a reported clause are the speaker's own ('direct-embedded'): X said
        // the visit opened “a new page in relations”. A single word in marks, or a term the article
        // names with "the" (the “Shanghai spirit”), is a scare quote ('term-in-marks').
        if (this.splitEmbedded && words >= 2 && enclosing.speaker && !TERM_BEFORE.test(t.slice(Math.max(0, p.open - 12), p.open))) this.embedded(enclosing, p, c, style);
        continue;
      }
      if (short) {
        // Scare quotes and titles count only when a cue frames them in the same sentence.
        const framed = after ?? this.framingCue(p, sOpen);
        if (framed) this.add({ ...c, direct: true, cue: framed.cue, speaker: framed.speaker, rule: after ? afterRule : 'scare-framed', style });
        continue;
      }
      let d: QuoteDraft | null = null;
      if (after) d = this.add({ ...c, direct: true, cue: after.cue, speaker: after.speaker, rule: afterRule, style });
      else if (before) d = this.add({ ...c, direct: true, cue: before.cue, speaker: before.speaker, rule: before.prev ? 'direct-prev-sentence' : 'direct-before', style });
      else {
        const prevGap = last ? t.slice(last.end, p.open) : '';
        const framed = this.framingCue(p, sOpen);
        if (framed) {
          // "called the vote “a crude and obvious forgery”": a naming verb frames a longer quotation too.
          d = this.add({ ...c, direct: true, cue: framed.cue, speaker: framed.speaker, rule: 'direct-framed', style });
        } else if (last && last.speaker && prevGap.length < 120 && last.cue && last.cue.start >= last.end && last.cue.end <= p.open) {
          d = this.add({ ...c, direct: true, cue: last.cue, speaker: last.speaker, sameSpeakerAs: last, rule: 'direct-split', style });
        } else if (last && last.speaker && this.paragraphGap(last.start, p.open) <= 1 && this.startsUnit(p.open)) {
          d = this.add({ ...c, direct: true, cue: null, speaker: last.speaker, sameSpeakerAs: last, rule: 'direct-continued', style });
        } else if (!p.unclosed && (words >= 6 || /[.!?]/u.test(t.slice(p.start, p.end)))) {
          d = this.add({ ...c, direct: true, cue: null, speaker: null, rule: 'direct-unattributed', style });
        }
      }
      if (d && p.multiParagraph) d = this.splitByParagraph(d);
      if (d) last = d;
    }
  }

  /**
   * A quotation inside a reported clause: a direct record of its own with the clause's speaker; the
   * clause keeps the words before it when the quotation ends it (one record per contiguous passage).
   */
  private embedded(clause: QuoteDraft, p: MarkedPassage, c: Span, style: string): void {
    let owner: QuoteDraft | undefined = clause;
    if (/^[\s.,;:!?…"”’»]*$/u.test(this.text.slice(p.close, clause.end))) {
      const rest = this.content(clause.start, p.open);
      owner = rest && wordCount(this.text.slice(rest.start, rest.end)) >= 3 ? { ...clause, end: rest.end } : undefined;
      this.drafts.splice(this.drafts.indexOf(clause), 1, ...(owner ? [owner] : []));
    }
    this.add({ ...c, direct: true, cue: clause.cue, speaker: clause.speaker, ...(owner ? { sameSpeakerAs: owner } : {}), rule: 'direct-embedded', style });
  }

  /**
   * A quotation continued over paragraphs is one record per paragraph (the gold guideline's "one
   * record per contiguous quoted passage"), every part with the first part's speaker.
   */
  private splitByParagraph(d: QuoteDraft): QuoteDraft {
    const parts = this.units.paragraphs.filter((p) => p.start < d.end && d.start < p.end);
    if (parts.length < 2) return d;
    this.drafts.splice(this.drafts.indexOf(d), 1);
    let first: QuoteDraft | null = null;
    let lastPart: QuoteDraft = d;
    for (const para of parts) {
      const lead = /^(?:["“‘«„‹]|'')/u.exec(this.text.slice(para.start, para.end))?.[0].length ?? 0;
      const c = this.content(Math.max(d.start, para.start + lead), Math.min(d.end, para.end));
      if (!c) continue;
      lastPart = this.add(first ? { ...d, ...c, sameSpeakerAs: first } : { ...d, ...c });
      first ??= lastPart;
    }
    return lastPart;
  }

  private startsSentence(offset: number): boolean {
    const i = sentenceAt(this.units.sentences, offset);
    const s = this.units.sentences[i];
    return !!s && /^[\s"“‘«„(]*$/u.test(this.text.slice(s.start, offset));
  }

  private startsUnit(offset: number): boolean {
    const before = this.text.slice(Math.max(0, offset - 3), offset);
    return before === '' || /(?:^|[\n.!?:]\s*)$/u.test(before) || /\n\s*$/u.test(before);
  }

  private paragraphGap(a: number, b: number): number {
    const ps = this.units.paragraphs;
    const pa = ps.findIndex((p) => p.start <= a && a <= p.end);
    const pb = ps.findIndex((p) => p.start <= b && b <= p.end);
    return pa < 0 || pb < 0 ? 99 : pb - pa;
  }

  /** “…,” X said. / “…,” said X. / “….” He added. */
  private attributionAfter(p: MarkedPassage, s: SentenceUnit, next?: SentenceUnit): { cue: Span; speaker: SpeakerPhrase } | null {
    const t = this.text;
    // A quotation that ends a statement closes with punctuation (“…,” / “….” / “…”,); a title or a
    // name in marks followed by more of the sentence does not.
    if (!/[,.!?…—–-]\s*$/u.test(t.slice(p.start, p.end)) && !/^\s*[,.!?…—–-]/u.test(t.slice(p.close, p.close + 3))) return null;
    let from = p.close;
    let to = s.end;
    if (!/[\p{L}]/u.test(t.slice(from, to)) && next && next.paragraph === s.paragraph && !/["“«„]|''/u.test(t.slice(next.start, next.end)) && wordCount(t.slice(next.start, next.end)) <= 10) {
      from = next.start;
      to = next.end;
    }
    const rest = t.slice(from, to);
    const lead = /^[\s,.!?…—–-]*/u.exec(rest)![0];
    // The attribution must follow the mark directly and stop before another quotation.
    const stop = rest.search(/["“‘«„‹]|''/u);
    const limit = from + (stop > 0 ? stop : rest.length);
    const cue = this.cuesIn(from + lead.length, Math.min(limit, from + lead.length + 90))
      .find((c) => !c.form.endsWith('ing') || c.start === from + lead.length);
    if (!cue || cue.verb.complement === 'object') return null;
    const cueSpan = { start: cue.start, end: cue.end };
    if (cue.start === from + lead.length) {
      const sp = speakerAfter(this.ctx, cue.end, (() => { const c = t.indexOf(',', cue.end); return c > 0 && c < limit ? c : limit; })());
      return sp ? { cue: cueSpan, speaker: sp } : null;
    }
    const sp = speakerBefore(this.ctx, from + lead.length, cue.start, true);
    if (!sp || !validGap(t, from + lead.length, sp.start) && !/^(?:the|a|an)\s+$/iu.test(t.slice(from + lead.length, sp.start))) return null;
    return { cue: cueSpan, speaker: sp };
  }

  /** X said: “…” / X told reporters, “…” / a sentence ending "X said:" before the quotation. */
  private attributionBefore(p: MarkedPassage, s: SentenceUnit, prev?: SentenceUnit): { cue: Span; speaker: SpeakerPhrase; prev: boolean } | null {
    const t = this.text;
    const tryRegion = (from: number, to: number): { cue: Span; speaker: SpeakerPhrase } | null => {
      const cues = this.cuesIn(from, to).filter((c) => !this.inPassage(c.start));
      const cue = cues[cues.length - 1];
      if (!cue) return null;
      const between = t.slice(cue.end, to);
      if (between.length > 70 || !/(?:[:,]|\bthat|^)\s*$/u.test(between)) return null;
      const clauseStart = Math.max(from, t.lastIndexOf(';', cue.start) + 1);
      const sp = speakerBefore(this.ctx, clauseStart, cue.start)
        ?? speakerAfter(this.ctx, cue.end, (() => { const c = t.slice(cue.end, to).search(/[,:]/u); return c >= 0 ? cue.end + c : to; })());
      return sp ? { cue: { start: cue.start, end: cue.end }, speaker: sp } : null;
    };
    const here = p.open > s.start ? tryRegion(s.start, p.open) : null;
    if (here) return { ...here, prev: false };
    if (!/[\p{L}]/u.test(t.slice(s.start, p.open)) && prev && /:\s*$/u.test(t.slice(prev.start, prev.end))) {
      const r = tryRegion(prev.start, prev.end);
      if (r) return { ...r, prev: true };
    }
    return null;
  }

  /** "called the meeting ‘historic’": a cue with a speaker earlier in the sentence. */
  private framingCue(p: MarkedPassage, s: SentenceUnit): { cue: Span; speaker: SpeakerPhrase } | null {
    // Only naming verbs make a word or two in marks a quotation; elsewhere they are scare quotes or titles.
    const cues = this.cuesIn(s.start, p.open).filter((c) => !this.inPassage(c.start) && c.verb.needsQuote);
    for (let i = cues.length - 1; i >= 0; i--) {
      const cue = cues[i]!;
      if (p.open - cue.end > 80) continue;
      const sp = speakerBefore(this.ctx, s.start, cue.start);
      if (sp && this.isPersonLike(sp)) return { cue: { start: cue.start, end: cue.end }, speaker: sp };
    }
    return null;
  }
}
