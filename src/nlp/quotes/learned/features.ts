import type { TokenFeatures } from '../../ner/features.js';
import { finish, hashString, mix } from '../../ner/hash.js';

/**
 * Hashed features of the two learned taggers (Citron-like: Newell, Margolin & Ruths 2018 on
 * PARC 3.0; PolNeAR, Newell et al. 2018): the cue tagger reads a sentence, the role tagger reads a
 * window of sentences around one cue and tags its source and content. Feature templates are
 * numbered; a template id is mixed into each hash so equal words in different templates differ.
 * Changing any template changes what a model's weights mean: bump LEARNED_FEATURE_VERSION.
 */
export const LEARNED_FEATURE_VERSION = 1;

/** A window of words with the sentence each word belongs to (0 = the first sentence of the window). */
export interface WordWindow {
  readonly words: readonly string[];
  /** Sentence index of each word within the window. */
  readonly sentence: readonly number[];
}

const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»', '‘', '’', '„', "'", '‹', '›', '``', "''"]);
const isQuote = (w: string): boolean => QUOTE_CHARS.has(w);

/** Crude English stem: enough to let "says / said / saying" share evidence with their neighbours. */
export function stem(lower: string): string {
  if (lower.length > 5 && lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ed')) return lower.slice(0, -2);
  if (lower.length > 4 && lower.endsWith('es')) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** Word shape with runs collapsed: "Obama" -> "Xx", "U.S." -> "X.X.", "2016" -> "d". */
export function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out.length === 0 || out[out.length - 1] !== c) out += c;
  }
  return out.slice(0, 6);
}

/** Inside-quotation flag per word: toggled by straight marks, opened/closed by curly ones. */
function insideQuotes(words: readonly string[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let open = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '“' || w === '«' || w === '„' || w === '``') open = true;
    else if (w === '”' || w === '»' || w === "''") open = false;
    else if (w === '"') open = !open;
    else inside[i] = open ? 1 : 0;
  }
  return inside;
}

const distBucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 15 ? 6 : d <= 30 ? 7 : 8);

class Sink {
  buf = new Int32Array(0);
  n = 0;
  constructor(readonly mask: number) {}
  reset(capacity: number): void { if (this.buf.length < capacity) this.buf = new Int32Array(capacity * 2); this.n = 0; }
  add(h: number): void {
    if (this.n >= this.buf.length) { const b = new Int32Array(this.buf.length * 2 + 64); b.set(this.buf); this.buf = b; }
    this.buf[this.n++] = finish(h) & this.mask;
  }
}

const T = (template: number, ...parts: number[]): number => {
  let h = mix(0x9747b28c, template);
  for (const p of parts) h = mix(h, p);
  return h;
};

interface WordHashes { lower: Int32Array; stem: Int32Array; shape: Int32Array; suf3: Int32Array }

function hashWords(words: readonly string[]): WordHashes {
  const n = words.length;
  const out = { lower: new Int32Array(n), stem: new Int32Array(n), shape: new Int32Array(n), suf3: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    out.lower[i] = hashString(lower);
    out.stem[i] = hashString(stem(lower), 0x1234567);
    out.shape[i] = hashString(shape(w), 0x2345678);
    out.suf3[i] = hashString(lower.slice(-3), 0x3456789);
  }
  return out;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Cue tagger features for one sentence. */
export class CueFeatures {
  private readonly sink: Sink;
  constructor(readonly bits: number) { this.sink = new Sink((1 << bits) - 1); }

  extract(words: readonly string[]): TokenFeatures {
    const n = words.length;
    const s = this.sink;
    s.reset(n * 24);
    const h = hashWords(words);
    const inside = insideQuotes(words);
    const offsets = new Int32Array(n + 1);
    const at = (a: Int32Array, i: number, pad: number): number => (i < 0 || i >= n ? pad : a[i]!);
    for (let i = 0; i < n; i++) {
      offsets[i] = s.n;
      const w = h.lower[i]!;
      s.add(T(1));
      s.add(T(2, w));
      s.add(T(3, h.stem[i]!));
      s.add(T(4, h.shape[i]!));
      s.add(T(5, h.suf3[i]!));
      s.add(T(6, at(h.lower, i - 1, BOS)));
      s.add(T(7, at(h.lower, i + 1, EOS)));
      s.add(T(8, at(h.lower, i - 2, BOS)));
      s.add(T(9, at(h.lower, i + 2, EOS)));
      s.add(T(10, at(h.lower, i - 1, BOS), w));
      s.add(T(11, w, at(h.lower, i + 1, EOS)));
      s.add(T(12, h.stem[i]!, at(h.lower, i + 1, EOS)));
      s.add(T(13, at(h.shape, i - 1, BOS), h.stem[i]!));
      s.add(T(14, inside[i]!, h.stem[i]!));
      s.add(T(15, inside[i]!));
      s.add(T(16, Math.min(i, 4), h.stem[i]!));
      s.add(T(17, Math.min(n - 1 - i, 4), h.stem[i]!));
      s.add(T(18, at(h.stem, i - 1, BOS), h.stem[i]!, at(h.lower, i + 1, EOS)));
      // Quotation marks in the sentence, and whether one is right before or after: "…," he said.
      const prevQ = i > 0 && isQuote(words[i - 1]!) ? 1 : 0;
      const nextQ = i + 1 < n && isQuote(words[i + 1]!) ? 1 : 0;
      s.add(T(19, prevQ, nextQ, h.stem[i]!));
    }
    offsets[n] = s.n;
    return { feats: s.buf.slice(0, s.n), offsets };
  }
}

/** Role tagger features: each word of the window relative to one cue [cueStart, cueEnd). */
export class RoleFeatures {
  private readonly sink: Sink;
  constructor(readonly bits: number) { this.sink = new Sink((1 << bits) - 1); }

  extract(win: WordWindow, cueStart: number, cueEnd: number): TokenFeatures {
    const { words, sentence } = win;
    const n = words.length;
    const s = this.sink;
    s.reset(n * 28);
    const h = hashWords(words);
    const inside = insideQuotes(words);
    const offsets = new Int32Array(n + 1);
    const at = (a: Int32Array, i: number, pad: number): number => (i < 0 || i >= n ? pad : a[i]!);
    let cueStem = 0;
    for (let k = cueStart; k < cueEnd; k++) cueStem = mix(cueStem, h.stem[k]!);
    const cueSentence = sentence[cueStart] ?? 0;
    const after = at(h.lower, cueEnd, EOS);
    const before = at(h.lower, cueStart - 1, BOS);
    // Commas and quotation marks counted outward from the cue, on each side.
    const commas = new Int32Array(n);
    const quotes = new Int32Array(n);
    for (let i = cueStart - 1, c = 0, q = 0; i >= 0; i--) { commas[i] = c; quotes[i] = q; if (words[i] === ',') c++; if (isQuote(words[i]!)) q++; }
    for (let i = cueEnd, c = 0, q = 0; i < n; i++) { commas[i] = c; quotes[i] = q; if (words[i] === ',') c++; if (isQuote(words[i]!)) q++; }
    for (let i = 0; i < n; i++) {
      offsets[i] = s.n;
      const dir = i < cueStart ? 0 : i >= cueEnd ? 2 : 1;
      const dist = dir === 0 ? cueStart - i : dir === 2 ? i - cueEnd + 1 : 0;
      const db = distBucket(dist);
      const sent = Math.max(-1, Math.min(1, (sentence[i] ?? 0) - cueSentence)) + 1;
      const w = h.lower[i]!;
      const c = Math.min(commas[i]!, 3);
      const q = Math.min(quotes[i]!, 3);
      s.add(T(40, dir));
      s.add(T(41, dir, db));
      s.add(T(42, dir, sent));
      s.add(T(43, dir, w));
      s.add(T(44, dir, h.shape[i]!));
      s.add(T(45, dir, cueStem));
      s.add(T(46, dir, db, cueStem));
      s.add(T(47, dir, inside[i]!));
      s.add(T(48, dir, inside[i]!, sent));
      s.add(T(49, dir, c));
      s.add(T(50, dir, q));
      s.add(T(51, dir, c, q, sent));
      s.add(T(52, dir, after));
      s.add(T(53, dir, before));
      s.add(T(54, dir, after, db));
      s.add(T(55, dir, at(h.lower, i - 1, BOS)));
      s.add(T(56, dir, at(h.lower, i + 1, EOS)));
      s.add(T(57, dir, h.suf3[i]!));
      s.add(T(58, dir, db, h.shape[i]!));
      s.add(T(59, dir, cueStem, w));
      s.add(T(60, dir, sent, db));
      s.add(T(61, dir, before, after));
      s.add(T(62, dir, db, w));
      s.add(T(63, dir, sent, cueStem));
    }
    offsets[n] = s.n;
    return { feats: s.buf.slice(0, s.n), offsets };
  }
}
