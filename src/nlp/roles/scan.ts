import { scanPlaces, type PlaceMatch } from '../countries/index.js';
import { roleLexicon, type Honorific, type Institution, type Qualifier, type RoleLexicon, type TitleHead } from './lexicon.js';
import type { PhraseMatcher } from './phrase-matcher.js';
import { words, wordEndingAt, type Word } from './words.js';

/** A lexicon match over words [from, to). */
export interface WordMatch<T> {
  readonly from: number;
  readonly to: number;
  readonly entry: T;
  readonly plural: boolean;
}

/**
 * A text prepared for the title and name rules: its words, and at each word the lexicon phrases
 * (title heads, qualifiers, honorifics, institutions, places) that start there.
 */
export interface Scan {
  readonly text: string;
  readonly words: readonly Word[];
  readonly lex: RoleLexicon;
  readonly heads: ReadonlyArray<WordMatch<TitleHead> | undefined>;
  readonly qualifiers: ReadonlyArray<WordMatch<Qualifier> | undefined>;
  readonly honorifics: ReadonlyArray<WordMatch<Honorific> | undefined>;
  readonly institutions: ReadonlyArray<WordMatch<Institution> | undefined>;
  readonly places: ReadonlyArray<WordMatch<PlaceMatch> | undefined>;
  /** For each word, the place match that covers it (not only starts at it). */
  readonly inPlace: ReadonlyArray<WordMatch<PlaceMatch> | undefined>;
  readonly inInstitution: ReadonlyArray<WordMatch<Institution> | undefined>;
  /** Offsets where a name is known to start (NER PERSON spans): a title never runs over them. */
  readonly nameStarts: ReadonlySet<number>;
}

function matchAll<T extends { phrase: string }>(text: string, ws: readonly Word[], m: PhraseMatcher<T & { caseSensitive?: boolean }>, partialEnd = false): Array<WordMatch<T> | undefined> {
  const out: Array<WordMatch<T> | undefined> = new Array(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w?.alpha) continue;
    const hit = m.matchAt(text, w.start);
    if (!hit) continue;
    const to = wordEndingAt(ws, hit.end);
    // A phrase must end where a word ends ("Amir" is no title in "Amir-Hosseini"); only honorifics
    // may end before a mark that the words keep apart ("Dato" of "Dato'").
    if (to < 0 && !partialEnd) continue;
    const end = to >= 0 ? to : ws.findIndex((x, k) => k >= i && x.end >= hit.end);
    if (end < i) continue;
    out[i] = { from: i, to: end + 1, entry: hit.entry as T, plural: hit.plural };
  }
  return out;
}

export function scanText(text: string, nameStarts: ReadonlySet<number> = new Set()): Scan {
  const lex = roleLexicon();
  const ws = words(text);
  const places: Array<WordMatch<PlaceMatch> | undefined> = new Array(ws.length);
  const inPlace: Array<WordMatch<PlaceMatch> | undefined> = new Array(ws.length);
  for (const p of scanPlaces(text)) {
    const from = ws.findIndex((w) => w.start === p.start);
    let to = wordEndingAt(ws, p.end);
    // "Kazakhstan’s": the place ends where the possessive starts.
    if (from < 0) continue;
    if (to < 0) to = ws.findIndex((w, k) => k >= from && w.end >= p.end);
    if (to < from) continue;
    const m = { from, to: to + 1, entry: p, plural: false };
    places[from] = m;
    for (let k = from; k <= to; k++) inPlace[k] = m;
  }
  // "Muslim League-N": an institution may end inside a hyphenated word.
  const institutions = matchAll<Institution>(text, ws, lex.institutions, true);
  const inInstitution: Array<WordMatch<Institution> | undefined> = new Array(ws.length);
  for (const m of institutions) if (m) for (let k = m.from; k < m.to; k++) inInstitution[k] ??= m;
  return {
    text, words: ws, lex, places, inPlace, institutions, inInstitution, nameStarts,
    heads: matchAll<TitleHead>(text, ws, lex.heads),
    qualifiers: matchAll<Qualifier>(text, ws, lex.qualifiers),
    honorifics: matchAll<Honorific>(text, ws, lex.honorifics, true),
  };
}
