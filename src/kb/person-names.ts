import { editDistance, fold } from './text-fold.js';

/**
 * Person names as the resolver compares them: honorifics stripped, diacritics folded, spelled in
 * a transliteration-neutral form, split into given names and a surname.
 */

/**
 * Styles and honorifics that precede a name and are not part of it (GUIDELINE.md persons.name:
 * "Dato'", "Mr", "H.E." are dropped). Folded, without dots. The pipeline already strips them;
 * this list guards names that come from elsewhere.
 */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'hon', 'honourable', 'honorable', 'rt', 'dato', "dato'", 'datuk',
  'datin', 'tan', 'sri', 'seri', 'tun', 'sheikh', 'shaikh', 'sheikha', 'haji', 'hajjah', 'comrade',
]);

/** Multi-word styles, removed from the raw name before it is split ("He" alone is a Chinese surname). */
const LEADING_STYLES = /^(?:(?:his|her|their)\s+(?:excellency|excellencies|majesty|royal\s+highness|highness)|h\.\s?e\.|the\s+honou?rable)\s+/iu;

/** Words between given names and surname that are not compared ("bin", "van", "al"). */
const PARTICLES = new Set([
  'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ul', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das',
  'del', 'della', 'y', 'a/l', 'a/p', 'bte', 'ben',
]);

/**
 * Words that follow a surname and belong to it: Kyrgyz and Kazakh patronymic suffixes ("uulu",
 * "kyzy", "uly"), Azerbaijani and Turkish "oglu", generational suffixes.
 */
const SURNAME_SUFFIXES = new Set(['uulu', 'kyzy', 'uly', 'kyzi', 'ogly', 'oglu', 'ogli', 'jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Spelling correspondences between romanisations of the same name (Russian, Kazakh, Kyrgyz,
 * Arabic, Turkish sources): each pair is rewritten to one form before names are compared, so
 * "Zhaparov"/"Japarov", "Kuanyshbayev"/"Kuanishbayev", "Aleksey"/"Alexei" compare equal.
 * Order matters: longer patterns first.
 */
const TRANSLITERATION: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh/g, 'j'], [/zh/g, 'j'], [/dj/g, 'j'], [/kh/g, 'h'], [/gh/g, 'g'], [/q/g, 'k'], [/x/g, 'ks'], [/ck/g, 'k'],
  [/ou/g, 'u'], [/ph/g, 'f'], [/w/g, 'v'], [/y/g, 'i'], [/^ie/g, 'e'], [/ie(?=v)/g, 'e'], [/ii/g, 'i'], [/(\w)\1/g, '$1'], [/'/g, ''],
];

/** The transliteration-neutral spelling of one folded word. */
export function spellingKey(word: string): string {
  let w = word;
  for (const [re, to] of TRANSLITERATION) w = w.replace(re, to);
  return w;
}

/** Consonant skeleton of a spelling key: the blocking key, robust to vowel spellings. */
export const skeleton = (key: string): string => key.replace(/[aeiou]/g, '').replace(/(\w)\1/g, '$1') || key;

export interface ParsedName {
  /** The name as given. */
  readonly raw: string;
  /** Given names as spelling keys, in order; an initial is a single letter. */
  readonly given: readonly string[];
  /** Which given names were initials ("M." or a capital in "KJM"). */
  readonly initials: readonly boolean[];
  /** Surname spelling key ("" when the name is a single given word: never, see singleWord). */
  readonly surname: string;
  /** A single-word name ("Kuanyshbayev", "Xi"): it may be a surname or a given name. */
  readonly singleWord: boolean;
  /** Every full word's spelling key, in order: for family-name-first names. */
  readonly words: readonly string[];
}

/** Splits a person's name into given names and surname, in comparison form. */
export function parseName(raw: string): ParsedName {
  // Initials written together ("KRS Menon", "B.Enkhjargal") become separate initials.
  const pieces: Array<{ w: string; initial: boolean }> = [];
  let text = raw.trim();
  while (LEADING_STYLES.test(text)) text = text.replace(LEADING_STYLES, '');
  for (const token of text.split(/[\s.]+/u)) {
    if (!token) continue;
    if (/^\p{Lu}{2,3}$/u.test(token) && text.split(/\s+/u).length > 1) {
      for (const ch of token) pieces.push({ w: fold(ch), initial: true });
      continue;
    }
    const w = fold(token).replace(/[-‐]/gu, '');
    if (!w) continue;
    pieces.push({ w, initial: [...w].length === 1 });
  }
  // Honorifics only at the start ("Mr. Tan Sri X" -> "X"), never the last remaining word.
  while (pieces.length > 1 && HONORIFICS.has(pieces[0]!.w.replace(/'$/u, ''))) pieces.shift();
  const kept = pieces.filter((p, i) => i === pieces.length - 1 || !PARTICLES.has(p.w));
  // Attach surname suffixes to the word before ("Nurlanbek uulu" is one surname).
  while (kept.length > 1 && SURNAME_SUFFIXES.has(kept[kept.length - 1]!.w)) {
    const suffix = kept.pop()!;
    const last = kept.pop()!;
    kept.push({ w: last.w + suffix.w, initial: false });
  }
  const keys = kept.map((p) => ({ k: p.initial ? p.w : spellingKey(p.w), initial: p.initial }));
  const last = keys[keys.length - 1];
  const given = keys.slice(0, -1);
  return {
    raw,
    given: given.map((g) => g.k),
    initials: given.map((g) => g.initial),
    surname: last?.k ?? '',
    singleWord: keys.length === 1,
    words: keys.filter((k) => !k.initial).map((k) => k.k),
  };
}

/** Edits allowed between two spellings of one name word after transliteration keys: 0, 1 or 2 by length. */
export const allowedEdits = (a: string, b: string): number => {
  const n = Math.min(a.length, b.length);
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
};

/** Two spellings of one name word: equal keys, or a small normalised edit distance. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const cap = allowedEdits(a, b);
  return cap > 0 && editDistance(a, b, cap) <= cap;
}

/** A given name of one form against one of the other: same word, or an initial of it. */
function givenMatches(a: string, aInitial: boolean, b: string, bInitial: boolean): boolean {
  if (aInitial || bInitial) return a[0] === b[0];
  return sameWord(a, b);
}

export type NameRelation =
  /** Same given names and surname (up to spelling). */
  | 'same-name'
  /** Surnames agree, given names agree where an initial stands for a name. */
  | 'initial-given-name'
  /** One form has extra middle names ("Pavel Andreyevich Lomakin" / "Pavel Lomakin"). */
  | 'extra-middle-name'
  | null;

/**
 * How two multi-word names relate. The first given names must agree (a different first name
 * is a different person: "Ali Reza Karimi" and "Sara Reza Karimi"); the shorter form's
 * other given names must appear, in order, in the longer one.
 */
export function relateFullNames(a: ParsedName, b: ParsedName): NameRelation {
  if (a.singleWord || b.singleWord || !sameWord(a.surname, b.surname)) return null;
  const [s, l] = a.given.length <= b.given.length ? [a, b] : [b, a];
  if (!s.given.length || !l.given.length) return null;
  if (!givenMatches(s.given[0]!, s.initials[0]!, l.given[0]!, l.initials[0]!)) return null;
  let j = 1;
  for (let i = 1; i < s.given.length; i++) {
    while (j < l.given.length && !givenMatches(s.given[i]!, s.initials[i]!, l.given[j]!, l.initials[j]!)) j++;
    if (j >= l.given.length) return null;
    j++;
  }
  const initials = [...s.initials, ...l.initials].some(Boolean);
  if (initials) return 'initial-given-name';
  return s.given.length === l.given.length ? 'same-name' : 'extra-middle-name';
}

/** A single-word name against a fuller one: its surname, or (family name first: "Xi") its first word. */
export function singleWordMatches(single: ParsedName, full: ParsedName): 'surname' | 'first-word' | null {
  if (sameWord(single.surname, full.surname)) return 'surname';
  const first = full.words[0];
  if (first && first === single.surname && full.words.length > 1) return 'first-word';
  return null;
}

/** How complete a name is, for choosing a person's canonical name: full words, then length. */
export const nameCompleteness = (p: ParsedName): number => p.words.length * 100 + p.raw.length;
