import { capitalNames, foldKey, normalisePhrase, placeLexicon, type Place, type PlaceEntry } from './lexicon.js';

export type { Place, PlaceEntry } from './lexicon.js';
export { normalisePhrase, placeLexicon } from './lexicon.js';

interface Index {
  exact: Map<string, PlaceEntry>;
  folded: Map<string, PlaceEntry>;
}

const indexes = new Map<string, Index>();

/** First entry wins: the project's own lexicon is listed before world-countries, so it decides clashes. */
function indexOf(kind: 'countries' | 'organisations'): Index {
  let idx = indexes.get(kind);
  if (idx) return idx;
  idx = { exact: new Map(), folded: new Map() };
  for (const e of placeLexicon()[kind]) {
    if (e.caseSensitive) { if (!idx.exact.has(e.phrase)) idx.exact.set(e.phrase, e); }
    else if (!idx.folded.has(foldKey(e.phrase))) idx.folded.set(foldKey(e.phrase), e);
  }
  indexes.set(kind, idx);
  return idx;
}

/** Drops what a phrase carries around a country name: "the", a possessive "'s", final punctuation. */
function strip(phrase: string): string {
  return normalisePhrase(phrase)
    .replace(/^the\s+/iu, '')
    .replace(/'s?$/u, '')
    .replace(/[,;:]+$/u, '')
    .trim();
}

function lookup(kind: 'countries' | 'organisations', phrase: string): PlaceEntry | null {
  const idx = indexOf(kind);
  const p = strip(phrase);
  if (!p) return null;
  const hit = idx.exact.get(p) ?? idx.exact.get(p.replace(/\.$/u, '')) ?? idx.folded.get(foldKey(p));
  if (hit) return hit;
  // "U.S" / "U.S.A" written without a final dot, or a trailing sentence dot after a name
  return idx.exact.get(`${p}.`) ?? idx.folded.get(foldKey(p.replace(/\.$/u, ''))) ?? null;
}

/**
 * The country a phrase names: a country name ("Kazakhstan", "the Kyrgyz Republic"), a short form
 * ("the US", "UK"), a demonym or adjective ("Kazakh", "Malaysian"), a capital or an unambiguous
 * region ("Tatarstan"). Returns the ISO 3166-1 alpha-3 code, or null.
 *
 * @example resolveCountry("Kazakhstan's") // { code: 'KAZ', name: 'Kazakhstan' }
 */
export function resolveCountry(phrase: string): Place | null {
  const e = lookup('countries', phrase);
  return e ? { code: e.code, name: e.name } : null;
}

/**
 * The code of an international organisation (GUIDELINE.md): UNO for the United Nations, EUR for the
 * European Union and its institutions, IGO for other intergovernmental bodies (SCO, CIS, OSCE, …).
 *
 * @example resolveOrganisation('the UN') // { code: 'UNO', name: 'United Nations' }
 */
export function resolveOrganisation(phrase: string): Place | null {
  const e = lookup('organisations', phrase);
  return e ? { code: e.code, name: e.name } : null;
}

/** A country, region or organisation phrase found in a text. */
export interface PlaceMatch extends PlaceEntry {
  readonly start: number;
  readonly end: number;
}

/**
 * The place phrases as sticky regexes grouped by the ASCII letter they start with (case-folded), so
 * a word start is tried only against the phrases that can begin there; `all` is the full alternation,
 * used at the rare positions that start with a non-ASCII character ("Ölkä", "’"). Within a group the
 * phrases keep the global order (longest first), so each position matches exactly what one big
 * alternation over every phrase would match there.
 */
interface Scanner {
  byFirst: Map<string, RegExp>;
  all: RegExp;
  /** Can a (non-ASCII) character begin some phrase, under the same case-insensitive matching? */
  firstChar: RegExp;
  byExact: Map<string, PlaceEntry>;
  byFolded: Map<string, PlaceEntry>;
}

let scanner: Scanner | undefined;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const placeRegex = (alternatives: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

function buildScanner(): Scanner {
  const byExact = new Map<string, PlaceEntry>();
  const byFolded = new Map<string, PlaceEntry>();
  const lex = placeLexicon();
  for (const e of [...lex.organisations, ...lex.countries]) {
    if (e.caseSensitive) { if (!byExact.has(e.phrase)) byExact.set(e.phrase, e); }
    else if (!byFolded.has(foldKey(e.phrase))) byFolded.set(foldKey(e.phrase), e);
  }
  const phrases = [...byExact.keys(), ...[...byFolded.values()].map((e) => e.phrase)].sort((a, b) => b.length - a.length);
  const pattern = (p: string): string => escape(p).replace(/'/gu, "['\u2019]").replace(/-/gu, '[-\u2010-\u2015]');
  const groups = new Map<string, string[]>();
  const firsts = new Set<string>();
  for (const p of phrases) {
    const f = p[0] ?? '';
    firsts.add(f);
    // Only ASCII letters are grouped; a phrase starting with anything else is found by `all`.
    const key = /^[A-Za-z]$/u.test(f) ? f.toLowerCase() : '';
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(pattern(p));
  }
  const all = placeRegex(phrases.map(pattern));
  const byFirst = new Map<string, RegExp>([...groups].map(([k, g]) => [k, placeRegex(g)] as const));
  const firstChar = new RegExp(`^[${[...firsts].map((f) => escape(f).replace(/-/gu, '\\-')).join('')}]`, 'iu');
  // Should a non-ASCII first letter case-fold to an ASCII one (the Kelvin sign to "k"), that letter
  // needs the whole alternation.
  for (const f of firsts) {
    if (/^[A-Za-z]$/u.test(f)) continue;
    for (let c = 97; c <= 122; c++) {
      const l = String.fromCharCode(c);
      if (new RegExp(`^${escape(f)}$`, 'iu').test(l)) byFirst.set(l, all);
    }
  }
  // V8 compiles a regex to bytecode on its first run and to machine code on a later one: run each
  // now, while the pipeline loads, rather than on the first word of each letter in a document.
  for (const re of new Set([...byFirst.values(), all])) for (let k = 0; k < 2; k++) { re.lastIndex = 0; re.exec('x'); }
  return { byFirst, all, firstChar, byExact, byFolded };
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The place phrase starting at `i`, if any: the same match a scan of the whole alternation would make there. */
function placeAt(sc: Scanner, text: string, i: number): RegExpExecArray | null {
  const c = text.charCodeAt(i);
  let re: RegExp | undefined;
  if (c < 128) {
    // ASCII: only a letter can begin a phrase (letters case-fold to letters), and only after a non-word character.
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
    if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return null;
    re = sc.byFirst.get(String.fromCharCode(c | 32));
  } else {
    // A low surrogate is never a start: the scan moves over whole code points.
    if (c >= 0xdc00 && c <= 0xdfff) return null;
    if (!sc.firstChar.test(text.slice(i, i + 2))) return null;
    re = sc.all;
  }
  if (!re) return null;
  re.lastIndex = i;
  return re.exec(text);
}

/**
 * Every place phrase in `text`, longest match first, at word boundaries ("Kazakh Senate" gives
 * "Kazakh"; "the Russian Federation" gives "Russian Federation"). Organisations come before countries
 * when both match the same words ("European Union" is EUR, not a demonym).
 */
export function scanPlaces(text: string): PlaceMatch[] {
  // One document is scanned by several rules (titles, default country, entities): keep the last few.
  let found = recent.get(text);
  if (!found) {
    found = scanUncached(text);
    recent.set(text, found);
    if (recent.size > 8) recent.delete(recent.keys().next().value as string);
  }
  return [...found];
}

const recent = new Map<string, PlaceMatch[]>();

function scanUncached(text: string): PlaceMatch[] {
  scanner ??= buildScanner();
  const out: PlaceMatch[] = [];
  const { byExact, byFolded } = scanner;
  for (let i = 0; i < text.length;) {
    const m = placeAt(scanner, text, i);
    if (!m) { i++; continue; }
    i = m.index + m[0].length;
    const raw = normalisePhrase(m[0]);
    const e = byExact.get(raw) ?? byFolded.get(foldKey(raw));
    // A case-insensitive hit on a case-sensitive abbreviation ("us") is not a place;
    // a lower-case hit on a capitalised name ("turkey", "china" as common nouns) is not either.
    if (!e || (byFolded.get(foldKey(raw)) === undefined && !byExact.has(raw))) continue;
    if (!/\p{Lu}/u.test(raw[0] ?? '')) continue;
    if (CITY_RULES.has(e.rule) && inPersonName(text, m.index, m.index + m[0].length)) continue;
    out.push({ ...e, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Lexicon rules whose phrases are cities: names that are also surnames ("Lima") or start a longer name. */
const CITY_RULES: ReadonlySet<string> = new Set(['world-countries.capital', 'countries.city']);

/** Capitalised words that begin a sentence or headline before a place without being part of its name. */
const FUNCTION_WORD = /^(?:in|at|from|to|of|on|for|and|or|but|the|a|an|near|outside|inside|into|via|with|between|across|around|after|before|since|until|by|as|while|when|where|both|only|even|also|then|so|if|like|than|toward|towards|through|over|under|within|without|against|beyond|amid|during|about)$/u;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * Is the city name at [start, end) part of a longer proper name rather than a place? After a
 * capitalised word other than a function word ("In Lima") it is a surname ("Ana Lima", "Mr Lima":
 * the given-name gazetteer is too small to be the test); before another capitalised word it
 * starts a person's or a thing's name ("Lima Ortega", "Stockholm Convention", "New York Times"),
 * except a day or month ("in Lima Tuesday").
 */
function inPersonName(text: string, start: number, end: number): boolean {
  const prev = /(?<!\p{L})(\p{Lu}[\p{L}'-]*)\.?[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (prev && !FUNCTION_WORD.test(prev.toLowerCase())) return true;
  const next = /^[ \u00a0]+(\p{Lu}\p{L}*)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && !CALENDAR.test(next.toLowerCase());
}

let demonymCache: { demonyms: Set<string>; capitals: Set<string>; names: Set<string> } | undefined;

/**
 * Is the phrase a demonym or nationality adjective ("Kazakh", "Malaysian", "Emirati") rather than the
 * name of a place? NORP in OntoNotes terms. world-countries demonyms, else a one-word alias with a
 * nationality ending that is not a country or capital name.
 */
export function isDemonym(phrase: string): boolean {
  if (!demonymCache) {
    const demonyms = new Set<string>();
    const names = new Set<string>();
    for (const e of placeLexicon().countries) {
      const k = e.phrase.toLowerCase();
      if (e.rule === 'world-countries.demonym') demonyms.add(k);
      if (e.rule === 'world-countries.name' || e.rule === 'world-countries.official') names.add(k);
    }
    demonymCache = { demonyms, capitals: new Set(capitalNames()), names };
  }
  const k = normalisePhrase(phrase).replace(/^the\s+/iu, '').replace(/'s?$/u, '').toLowerCase();
  if (demonymCache.names.has(k) || demonymCache.capitals.has(k)) return false;
  if (demonymCache.demonyms.has(k) || demonymCache.demonyms.has(k.replace(/s$/u, ''))) return true;
  return !/\s/u.test(k) && /(?:ian|ians|ese|ish|i|is|kh|khs|ek|eks|yz|ik|iks|men|ic)$/u.test(k);
}
