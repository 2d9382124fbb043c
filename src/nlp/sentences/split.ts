import type { Paragraph, Sentence } from '../../core/annotations.js';
import { TokenKind, tokenAt, type TokenTable } from '../../core/tokens.js';
import { abbreviationClass } from '../tokenize/abbreviations.js';
import { quoteDirection } from '../tokenize/quote-marks.js';
import { SENTENCE_STARTERS, SPEECH_VERBS } from './word-lists.js';

/**
 * Sentence boundaries inside paragraphs. A sentence ends at . ! ? or an ellipsis, after any
 * closing quotation marks and brackets that follow it, unless what follows continues the
 * sentence (a lowercase word, a comma, a quotation's attribution) or the period belongs to an
 * abbreviation that does not end a sentence here. Each decision names its rule.
 */

// Module constants rather than const-enum members: isolated-module compilers leave those as lookups.
const K_NUMBER = TokenKind.Number;
const K_PUNCT = TokenKind.Punct;
const K_QUOTE = TokenKind.Quote;
const K_WORD = TokenKind.Word;
const K_ELLIPSIS = TokenKind.Ellipsis;
const K_ABBREVIATION = TokenKind.Abbreviation;

/** Ids of the rules that end or continue a sentence. */
export type BoundaryRule =
  | 'terminal' // . ! ? followed by a sentence start
  | 'ellipsis-before-starter' // … followed by a capitalised starter word or an opening quote
  | 'abbreviation-before-starter' // U.S. / initial / No. followed by a starter word or a quotation
  | 'abbreviation-before-capital' // etc. / Inc. / Sept. followed by a capitalised word
  | 'paragraph-end' // the last sentence of a paragraph
  | 'continues-lowercase' // next word is lowercase
  | 'continues-punct' // next token is , ; : or similar
  | 'continues-attribution' // “Why?” Tokayev asked.
  | 'continues-enumerator' // "1." or "A." opening a list item
  | 'continues-title' // Mr. Dr. Gen. vs.: never a boundary
  | 'continues-abbreviation' // initial or acronym before a name, abbreviation before a number
  | 'continues-ellipsis' // … inside a sentence (elided quotation)
  | 'continues-no-content'; // only marks so far ("“…")

export interface BoundaryDecision {
  readonly split: boolean;
  readonly rule: BoundaryRule;
}

const CLOSERS = new Set([0x29, 0x5d, 0x7d, 0xff09]); // closing brackets
const OPENING_QUOTES = new Set([0x201c, 0x2018, 0xab, 0x201e, 0x201a, 0x2039, 0x300c, 0x300e]);

const isTerminalCode = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f
  || c === 0x3002 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;

const firstCode = (text: string, tokens: TokenTable, i: number): number => text.charCodeAt(tokens.start[i] ?? 0);
const textOf = (text: string, tokens: TokenTable, i: number): string => text.slice(tokens.start[i], tokens.end[i]);

/** Whether token i closes what precedes it: a closing bracket or quotation mark. */
function isCloser(text: string, tokens: TokenTable, i: number): boolean {
  const kind = tokens.kind[i];
  if (kind === K_PUNCT) return CLOSERS.has(firstCode(text, tokens, i));
  if (kind !== K_QUOTE) return false;
  if (quoteDirection(text, tokens, i) === 'close') return true;
  // An ambiguous straight mark right after the terminal closes it: He said "We agree."
  return i > 0 && tokens.start[i] === tokens.end[i - 1] && !OPENING_QUOTES.has(firstCode(text, tokens, i));
}

function isTerminal(text: string, tokens: TokenTable, i: number): boolean {
  const kind = tokens.kind[i];
  if (kind === K_ELLIPSIS || kind === K_ABBREVIATION) return true;
  return kind === K_PUNCT && isTerminalCode(firstCode(text, tokens, i));
}

const isCapitalised = (w: string): boolean => w.length > 0 && w !== w.toLowerCase() && w.charAt(0) === w.charAt(0).toUpperCase();

const isContent = (kind: number | undefined): boolean =>
  kind === K_WORD || kind === K_NUMBER || kind === K_ABBREVIATION || kind === TokenKind.Url || kind === TokenKind.Email;

/** Whether tokens [s, i] hold a word, number or abbreviation (not only quotation marks and punctuation). */
function hasContent(tokens: TokenTable, s: number, i: number): boolean {
  for (let k = s; k <= i; k++) if (isContent(tokens.kind[k])) return true;
  return false;
}

/** A name (up to four capitalised words) then a reporting verb, from token n: an attribution. */
function attributionFollows(text: string, tokens: TokenTable, n: number, last: number): boolean {
  let k = n;
  while (k < last && k < n + 4) {
    const kind = tokens.kind[k];
    if ((kind !== K_WORD && kind !== K_ABBREVIATION) || !isCapitalised(textOf(text, tokens, k))) break;
    k++;
  }
  return k > n && k < last && SPEECH_VERBS.has(textOf(text, tokens, k));
}

/**
 * Whether the terminal token i ends a sentence. `s` is the sentence's first token, `n` the token
 * after the terminal and its closing marks, `quoted` whether a closing quotation mark came between.
 */
export function decideBoundary(
  text: string, tokens: TokenTable, s: number, i: number, n: number, last: number, quoted: boolean,
  content = hasContent(tokens, s, i),
): BoundaryDecision {
  const nk = tokens.kind[n];
  const nc = firstCode(text, tokens, n);
  const next = textOf(text, tokens, n);
  if ((nk === K_WORD || nk === K_ABBREVIATION) && next !== next.toUpperCase() && next.charAt(0) === next.charAt(0).toLowerCase()) {
    return { split: false, rule: 'continues-lowercase' };
  }
  if (nk === K_PUNCT && nc !== 0x28 && nc !== 0x5b && nc !== 0xbf && nc !== 0xa1) return { split: false, rule: 'continues-punct' };
  const kind = tokens.kind[i];
  // “Why?” Tokayev asked. — but after a period the quotation is a sentence of its own
  // (“… ties.” He said), as news style puts a comma before an attribution.
  if (quoted && (kind === K_ELLIPSIS || (kind === K_PUNCT && firstCode(text, tokens, i) !== 0x2e)) && attributionFollows(text, tokens, n, last)) {
    return { split: false, rule: 'continues-attribution' };
  }
  // A list item's label: "1. The parties agree", "A. Scope".
  if ((i === s && kind === K_ABBREVIATION && (tokens.end[i] ?? 0) - (tokens.start[i] ?? 0) === 2)
    || (i === s + 1 && tokens.kind[s] === K_NUMBER && (tokens.end[s] ?? 0) - (tokens.start[s] ?? 0) <= 3 && firstCode(text, tokens, i) === 0x2e)) {
    return { split: false, rule: 'continues-enumerator' };
  }
  // Nothing but marks so far ("“…" opening a paragraph): not a sentence yet.
  if (!content) return { split: false, rule: 'continues-no-content' };
  // After an abbreviation or ellipsis an opening quotation starts a sentence only when its first
  // word does ("in the U.S. “Secretary…" but not "said the U.S. “clearly” needed").
  const quoteOpens = nk === K_QUOTE && quoteDirection(text, tokens, n) !== 'close'
    && !(n + 1 < last && tokens.kind[n + 1] === K_WORD && !isCapitalised(textOf(text, tokens, n + 1)));
  const starter = SENTENCE_STARTERS.has(next) || quoteOpens;
  if (kind === K_ABBREVIATION) {
    // A single capital is an initial whatever the lexicon says ("V. Putin", not "v." for versus).
    const word = text.slice(tokens.start[i], (tokens.end[i] ?? 1) - 1);
    const cls = word.length === 1 && isCapitalised(word) ? undefined : abbreviationClass(word);
    if (cls === 'title' || cls === 'inner') return { split: false, rule: 'continues-title' };
    if ((cls === 'general' || cls === 'calendar') && (nk === K_WORD || nk === K_ABBREVIATION)
      && abbreviationClass(next.endsWith('.') ? next.slice(0, -1) : next) !== 'title') {
      return { split: true, rule: 'abbreviation-before-capital' };
    }
    // Initials (K. Kuanyshbayev), acronyms (U.S. Secretary), numeric (No. 5): only a starter ends it.
    return starter ? { split: true, rule: 'abbreviation-before-starter' } : { split: false, rule: 'continues-abbreviation' };
  }
  if (kind === K_ELLIPSIS) {
    return starter || quoted ? { split: true, rule: 'ellipsis-before-starter' } : { split: false, rule: 'continues-ellipsis' };
  }
  return { split: true, rule: 'terminal' };
}

/**
 * Sentences of the given paragraphs, over tokens from `tokenize`. A sentence never crosses a
 * paragraph; its span runs from its first token's start to its last token's end, so it excludes
 * surrounding white space. `by.rule` names the rule that ended it.
 */
export function splitSentences(text: string, tokens: TokenTable, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (!para) continue;
    let first = tokenAt(tokens, para.start);
    // A token straddling the paragraph start (a dateline ending inside a word) is left out.
    while (first < tokens.count && (tokens.start[first] ?? 0) < para.start) first++;
    let last = first;
    while (last < tokens.count && (tokens.end[last] ?? 0) <= para.end) last++;
    let s = first;
    let content = false; // the sentence so far holds a word (kept incrementally: linear time)
    for (let i = first; i < last; i++) {
      if (!content && isContent(tokens.kind[i])) content = true;
      if (!isTerminal(text, tokens, i)) continue;
      let j = i + 1;
      let quoted = false;
      // Take further terminals and closing marks: ?!  ."  .)  …”
      for (; j < last; j++) {
        if (isCloser(text, tokens, j)) { if (tokens.kind[j] === K_QUOTE) quoted = true; continue; }
        if (isTerminal(text, tokens, j) && tokens.kind[j] !== K_ABBREVIATION) continue;
        break;
      }
      if (j >= last) break;
      const d = decideBoundary(text, tokens, s, i, j, last, quoted, content);
      if (d.split) {
        out.push(sentence(tokens, s, j, p, d.rule));
        s = j;
        content = false;
      }
      i = j - 1;
    }
    if (s < last) out.push(sentence(tokens, s, last, p, 'paragraph-end'));
  }
  return out;
}

function sentence(tokens: TokenTable, tokenStart: number, tokenEnd: number, paragraph: number, rule: BoundaryRule): Sentence {
  return {
    start: tokens.start[tokenStart] ?? 0, end: tokens.end[tokenEnd - 1] ?? 0, tokenStart, tokenEnd, paragraph,
    by: { component: 'sentences', rule },
  };
}
