import type { TitleHead } from './lexicon.js';
import type { Scan, WordMatch } from './scan.js';
import { NOT_NAME_WORDS, TITLE_OBJECT_NOUNS, TITLE_PREPOSITIONS } from './stopwords.js';

/** A title phrase found in a text: words [from, to), its head, and what stands before it. */
export interface TitlePhrase {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** The head that decided the title ("Minister" of "Minister of Foreign Affairs"). */
  readonly head: WordMatch<TitleHead>;
  /** Further heads joined to the first by a dash ("Deputy Prime Minister – Minister of …"). */
  readonly joined: ReadonlyArray<WordMatch<TitleHead>>;
  /** The word before the title, lower-cased ("the", "his", "a"), or '' at a boundary. */
  readonly determiner: string;
  readonly plural: boolean;
  /** The rule that ended the title before a following phrase (see COMPLEMENT_STOPS), if one did. */
  readonly stop?: string;
}

/**
 * Where a title's complement ends although a title preposition follows. "the visit of the President of
 * Peru to Morocco": once the office's of-phrase names its state, "to <Place>" / "at <Place>" is the
 * destination or venue of the event, not part of the office. Envoys are the exception: "Ambassador of
 * Chile to Japan" is accredited to the place, so the to-phrase belongs to the title.
 */
export const COMPLEMENT_STOPS = [
  { id: 'stop-destination-after-of', preps: ['to', 'at'], unlessHeads: ['t-ambassador', 't-ambassador-ep', 't-envoy', 't-special-envoy', 't-special-representative', 't-permanent-representative', 't-high-commissioner', 't-consul', 't-consul-general', 't-attache', 't-abbr-amb'] },
] as const;

const DASHES = new Set(['–', '—', '-', '‒']);
/** Heads that are also ordinary adjectives or nouns ("official visit", "executive order"). */
const ADJECTIVAL = new Set(['t-official', 't-executive', 't-chief', 't-general', 't-head', 't-member', 't-chair']);
/** What may follow an adjectival head for it still to be a title ("the official said"). */
const AFTER_ADJECTIVAL = new Set(['said', 'says', 'told', 'noted', 'added', 'who', 'and', 'of', 'for', 'to', 'in', 'at', 'with', 'from', 'was', 'is', 'has', 'had', 'will', 'would', 'also', 'stressed', 'expressed']);

const lower = (s: string): string => s.toLowerCase();

/** A place, institution, head or office word that can stand inside a title's of-phrase, at word i. */
function objectUnitEnd(scan: Scan, i: number): number {
  const w = scan.words[i];
  if (!w) return -1;
  if (scan.nameStarts.has(w.start)) return -1;
  const place = scan.places[i];
  if (place) return place.to;
  const inst = scan.institutions[i];
  if (inst) return inst.to;
  const head = scan.heads[i];
  if (head && w.cap) return head.to;
  if (w.cap && scan.lex.vocabulary.has(w.text.replace(/’/gu, "'"))) return i + 1;
  if (!w.cap && w.alpha && TITLE_OBJECT_NOUNS.has(lower(w.text))) return i + 1;
  return -1;
}

const isUnknownCap = (scan: Scan, i: number): boolean => {
  const w = scan.words[i];
  return !!w && w.cap && !NOT_NAME_WORDS.has(lower(w.text)) && !scan.nameStarts.has(w.start) && !scan.honorifics[i];
};

/**
 * The object of a title's preposition, from word i: places, institutions and office words joined by
 * "and", "&", commas and "the" ("Foreign, Commonwealth and Development Affairs"). Unknown capitalised
 * words are taken only where the object would otherwise be empty or dangling after "and"
 * ("Committee for Agro Fisheries"); after a complete object they are a name.
 */
function parseObject(scan: Scan, i: number, prep: string): number {
  const ws = scan.words;
  let k = i;
  let complete = false;
  // "Committee for Agro-Industrial Complex", "Chairman of the Board": unknown words name the body only
  // after "for"/"on" or "the"; after a bare "of" they are more often the name that follows the title.
  const openObject = prep === 'for' || prep === 'on' || lower(ws[i - 1]?.text ?? '') === 'the';
  for (;;) {
    const w = ws[k];
    if (!w) break;
    const unit = objectUnitEnd(scan, k);
    if (unit > k) { k = unit; complete = true; continue; }
    if (!complete && openObject && isUnknownCap(scan, k)) {
      while (isUnknownCap(scan, k) || objectUnitEnd(scan, k) > k) k++;
      complete = true;
      continue;
    }
    const t = lower(w.text);
    if (complete && (t === "'s" || t === '’s')) { k++; continue; }
    if (complete && w.text === '(') {
      const close = ws.findIndex((x, j) => j > k && j <= k + 6 && x.text === ')');
      if (close > 0 && ws.slice(k + 1, close).every((x, j) => x.cap || objectUnitEnd(scan, k + 1 + j) > 0)) { k = close + 1; continue; }
      break;
    }
    if (complete && (t === 'and' || t === '&' || t === ',')) {
      let n = k + 1;
      if (lower(ws[n]?.text ?? '') === 'the') n++;
      const next = objectUnitEnd(scan, n);
      // A comma joins only office words ("Foreign, Commonwealth and …"), never two places or a name.
      if (t === ',' && !(ws[n]?.cap && scan.lex.vocabulary.has(ws[n]?.text ?? ''))) break;
      // "President of Kazakhstan and Russian President X": the "and" starts a second title.
      if (next > n && !scan.heads[next] && !(scan.places[n] && scan.heads[scan.places[n]!.to])) { k = next; continue; }
      break;
    }
    if (t === 'the' && !complete) { k++; continue; }
    break;
  }
  // Do not end on a dangling "the".
  while (k > i && lower(ws[k - 1]?.text ?? '') === 'the') k--;
  return complete ? k : i;
}

/** The end (exclusive word index) of a title whose head ends at word j: of-phrases, parentheses, dash-joined titles. */
function extendRight(scan: Scan, j: number, joined: Array<WordMatch<TitleHead>>, head: WordMatch<TitleHead>): { end: number; stop?: string } {
  const ws = scan.words;
  let end = j;
  let placeComplement = false;
  for (;;) {
    const w = ws[end];
    if (!w) break;
    const t = lower(w.text);
    if (TITLE_PREPOSITIONS.has(t)) {
      let k = end + 1;
      if (lower(ws[k]?.text ?? '') === 'the') k++;
      const stop = placeComplement && scan.places[k]
        ? COMPLEMENT_STOPS.find((r) => (r.preps as readonly string[]).includes(t) && !(r.unlessHeads as readonly string[]).includes(head.entry.id))
        : undefined;
      if (stop) return { end, stop: stop.id };
      if (t === 'of' && scan.places[k]) placeComplement = true;
      const obj = parseObject(scan, k, t);
      if (obj <= k) break;
      end = obj;
      continue;
    }
    if (w.text === '(' ) {
      const close = ws.findIndex((x, k) => k > end && k <= end + 6 && x.text === ')');
      if (close > 0 && ws.slice(end + 1, close).every((x) => x.cap)) { end = close + 1; continue; }
      break;
    }
    if (DASHES.has(w.text)) {
      let k = end + 1;
      while (scan.qualifiers[k]) k = scan.qualifiers[k]!.to;
      const h = scan.heads[k];
      if (h && ws[k]?.cap) { joined.push(h); end = h.to; continue; }
      break;
    }
    break;
  }
  return { end };
}

/** Is word k the first of a sentence or line? A capitalised word there may be an ordinary word ("Further"). */
function sentenceInitial(scan: Scan, k: number): boolean {
  if (k === 0) return true;
  const prev = scan.words[k - 1]!;
  return /^[.!?:;"“”]$/u.test(prev.text) || /\n/u.test(scan.text.slice(prev.end, scan.words[k]!.start));
}

/** The start of a title whose head starts at word i: qualifiers, modifiers, places, possessives, capitalised words. */
function extendLeft(scan: Scan, i: number, barrier: number): number {
  const ws = scan.words;
  let s = i;
  while (s - 1 >= barrier) {
    const k = s - 1;
    const w = ws[k];
    if (!w) break;
    if (scan.nameStarts.has(ws[s]?.start ?? -1) && s !== i) break;
    const t = lower(w.text);
    if (t === "'s" || t === '’s') {
      const owner = ws[k - 1];
      if (!owner || k - 1 < barrier || !owner.cap) break;
      const place = scan.inPlace[k - 1];
      const inst = scan.inInstitution[k - 1];
      s = place ? place.from : inst ? inst.from : k - 1;
      continue;
    }
    const place = scan.inPlace[k];
    if (place && place.from >= barrier) { s = place.from; continue; }
    const inst = scan.inInstitution[k];
    if (inst && inst.from >= barrier) { s = inst.from; continue; }
    if (scan.lex.qualifierWords.has(t)) { s = k; continue; }
    if (scan.lex.modifiers.has(t)) { s = k; continue; }
    if (w.cap && !NOT_NAME_WORDS.has(t) && !scan.honorifics[k] && !/^\p{Lu}+$/u.test(w.text) && !scan.nameStarts.has(w.start)
      && !(scan.lex.vocabulary.has(w.text) === false && sentenceInitial(scan, k))) {
      // An unknown capitalised word ("Treasury Secretary", "Muslim League-N President"); but not a name
      // ending before the title ("… Putin President of …" does not occur; "Putin, President" has a comma).
      s = k;
      continue;
    }
    if (w.cap && scan.heads[k]) { s = k; continue; }
    break;
  }
  return s;
}

/**
 * Every title phrase in the scanned text, left to right. A head that needs an of-phrase ("head of …")
 * or is also an ordinary word ("official visit") only counts where its context makes it a title.
 */
export function findTitles(scan: Scan): TitlePhrase[] {
  const ws = scan.words;
  const out: TitlePhrase[] = [];
  let barrier = 0;
  for (let i = 0; i < ws.length; i++) {
    const head = scan.heads[i];
    if (!head || i < barrier) continue;
    const next = ws[head.to];
    const nextText = lower(next?.text ?? '');
    if (head.entry.needsOf && nextText !== 'of') continue;
    // "who heads the Ministry of …": the verb's object is the office.
    if (head.entry.verbal) {
      if (lower(ws[i - 1]?.text ?? '') !== 'who') continue;
      const k = nextText === 'the' ? head.to + 1 : head.to;
      const obj = parseObject(scan, k, 'the');
      if (obj <= k) continue;
      const joined: Array<WordMatch<TitleHead>> = [];
      const { end: to, stop } = extendRight(scan, obj, joined, head);
      out.push({ from: i, to, start: ws[i]!.start, end: ws[to - 1]!.end, head, joined, determiner: 'who', plural: false, ...(stop ? { stop } : {}) });
      barrier = to;
      i = to - 1;
      continue;
    }
    const nameLike = !!next && next.cap && !scan.heads[head.to] && !scan.lex.vocabulary.has(next.text) && !scan.inPlace[head.to] && !scan.inInstitution[head.to] && !/^\p{Lu}{2,}$/u.test(next.text);
    if (head.entry.beforeNameOnly && !nameLike) continue;
    if (ADJECTIVAL.has(head.entry.id) && !head.entry.needsOf && next?.alpha && !nameLike && !AFTER_ADJECTIVAL.has(nextText)) continue;
    // A qualifier that is also a head ("Deputy" of "Deputy Chairman") gives way to the head after it.
    if (head.entry.id === 't-deputy-of' && nextText !== 'of') continue;
    const joined: Array<WordMatch<TitleHead>> = [];
    const from = extendLeft(scan, i, barrier);
    const { end: to, stop } = extendRight(scan, head.to, joined, head);
    const first = ws[from];
    const last = ws[to - 1];
    if (!first || !last) continue;
    out.push({
      from, to, start: first.start, end: last.end, head, joined,
      determiner: from > 0 ? lower(ws[from - 1]?.text ?? '') : '',
      plural: head.plural || head.entry.pluralForm === true,
      ...(stop ? { stop } : {}),
    });
    barrier = to;
    i = to - 1;
  }
  return out;
}
