import { finish, hashString, mix } from './hash.js';
import { CapClass, capClass, shortShape, wordShape } from './shape.js';

/**
 * Feature extraction for the tagger: the templates of the strong non-neural NER systems
 * (Ratinov & Roth 2009; Collins 2002): the word and its neighbours, shapes, affixes,
 * capitalisation, gazetteer matches, word-cluster paths and document-level hints.
 * Every feature is a hashed bucket; a token's features are a run of bucket numbers.
 */

/**
 * Bumped whenever a template changes: a model only runs with the feature set it was trained on.
 * Set 4 added sentence-wide context (sentenceContext) to set 3: a third word either side, the
 * neighbours' suffixes, the sentence's casing, quotation marks, and the capitalised run and the
 * number run a token is in (OntoNotes dev +0.26, CoNLL testa +0.2: docs/ner-experiments.md).
 */
export const FEATURE_SET_VERSION = 4;

/** Word -> prefixes of its cluster path, already hashed (bit-prefix features, Miller et al. 2004). */
export type ClusterTable = ReadonlyMap<string, readonly number[]>;

/** Per-token gazetteer flags: bit (2 * category) = begins a match, bit (2 * category + 1) = inside one. */
export interface GazetteerMatcher {
  readonly categories: readonly string[];
  match(lowerWords: readonly string[]): Uint32Array;
}

/** Per-token hints from other sentences of the same document (two-pass tagging). */
export type DocumentHints = Int32Array;

export interface FeatureResources {
  readonly gazetteer: GazetteerMatcher | null;
  readonly clusters: ClusterTable | null;
}

export interface TokenFeatures {
  /** Buckets of token i are feats[offsets[i] .. offsets[i + 1]). */
  readonly feats: Int32Array;
  readonly offsets: Int32Array;
  /** The cached entry of each token's word (extractShared only). */
  readonly words?: readonly WordEntry[];
}

// Template ids: mixed into each feature's hash so that equal words in different templates differ.
const enum T {
  Bias = 1, Word, Lower, Prev1, Next1, Prev2, Next2, Shape, ShortShape, ShapePrev1, ShapeNext1,
  ShortPrev2, ShortNext2, Prefix, Suffix, BigramPrev, BigramNext, ShapeTrigram, Initial, Cap,
  CapPrev, CapNext, Length, PrevWordShape, WordNextShape, Gaz, GazPrev, GazNext, Cluster,
  ClusterPrev, ClusterNext, DocHint, LowerCap, HasDigitDash, PrevPrevBigram, NextNextBigram,
  Prev3, Next3, InQuote, SuffixPrev, SuffixNext, SentenceCase, RunPos, RunFirst, RunLast, NumPos, NumBefore, NumAfter,
}

/** Lower-case words that may join two capitalised words into one name run ("Bank of England"). */
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'de', 'du', 'von', 'van', 'al', 'on']);

/** Number words that form number runs with digits ("two million", "a hundred"). */
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half', 'quarter',
]);

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const MAX_FEATURES_PER_TOKEN = 96;

export class FeatureExtractor {
  private buf = new Int32Array(MAX_FEATURES_PER_TOKEN * 64);

  constructor(readonly bits: number, readonly resources: FeatureResources) {}

  /** A sentence's features in fresh arrays (the trainer keeps them across sentences). */
  extract(words: readonly string[], hints?: DocumentHints): TokenFeatures {
    const { feats, offsets } = this.extractShared(words, hints);
    return { feats: feats.slice(), offsets: offsets.slice() };
  }

  /**
   * The document-hint features of one token (hint > 0): the only templates that differ between
   * the two passes, so the tagger adds them to the first pass's scores instead of re-extracting.
   */
  hintBuckets(hint: number, word: string): readonly [number, number] {
    const mask = (1 << this.bits) - 1;
    const h = mix(T.DocHint, hint);
    return [finish(h) & mask, finish(mix(h, this.wordInfo(word).cap)) & mask];
  }

  /**
   * Like extract, but the arrays are views of buffers reused by the next call: the tagger reads
   * them at once, and a fresh allocation per sentence was a measurable share of tagging time.
   * With contextOnly, the word-only templates are left out (the tagger adds their cached sum,
   * `words[i].scores`, instead).
   */
  extractShared(words: readonly string[], hints?: DocumentHints, contextOnly = false): TokenFeatures {
    const n = words.length;
    const mask = (1 << this.bits) - 1;
    if (this.buf.length < n * MAX_FEATURES_PER_TOKEN) this.buf = new Int32Array(n * MAX_FEATURES_PER_TOKEN * 2);
    if (this.hWordBuf.length < n + 4) this.grow(n);
    const buf = this.buf;
    const offsets = this.offsetBuf;
    // Per-token hashes computed once and read by every template (padding: BOS/EOS).
    const lower = this.lowerBuf;
    lower.length = n;
    const info = this.infoBuf;
    info.length = n;
    const hWord = this.hWordBuf;
    const hLower = this.hLowerBuf;
    const hShape = this.hShapeBuf;
    const hShort = this.hShortBuf;
    const cap = this.capBuf;
    for (let k = 0; k < 2; k++) {
      hWord[k] = hLower[k] = hShape[k] = hShort[k] = BOS; cap[k] = 9;
      hWord[n + 2 + k] = hLower[n + 2 + k] = hShape[n + 2 + k] = hShort[n + 2 + k] = EOS; cap[n + 2 + k] = 10;
    }
    for (let i = 0; i < n; i++) {
      const wi = this.wordInfo(words[i] ?? '');
      info[i] = wi;
      lower[i] = wi.lower;
      hWord[i + 2] = wi.hWord;
      hLower[i + 2] = wi.hLower;
      hShape[i + 2] = wi.hShape;
      hShort[i + 2] = wi.hShort;
      cap[i + 2] = wi.cap;
    }
    const gaz = this.resources.gazetteer?.match(lower) ?? null;
    const clusters = this.resources.clusters;
    const clusterOf = (i: number): readonly number[] | undefined => (i < 0 || i >= n ? undefined : info[i]!.cluster);

    let p = 0;
    const add = (h: number): void => { buf[p++] = finish(h) & mask; };
    const context = this.sentenceContext(words, lower, cap, info);
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      const j = i + 2; // index into the padded arrays
      if (!contextOnly) {
        const own = info[i]!.own;
        for (let k = 0; k < own.length; k++) buf[p++] = own[k]!;
      }
      add(mix(T.Prev1, hLower[j - 1]!));
      add(mix(T.Next1, hLower[j + 1]!));
      add(mix(T.Prev2, hLower[j - 2]!));
      add(mix(T.Next2, hLower[j + 2]!));
      add(mix(T.ShapePrev1, hShape[j - 1]!));
      add(mix(T.ShapeNext1, hShape[j + 1]!));
      add(mix(T.ShortPrev2, hShort[j - 2]!));
      add(mix(T.ShortNext2, hShort[j + 2]!));
      add(mix(mix(T.BigramPrev, hLower[j - 1]!), hLower[j]!));
      add(mix(mix(T.BigramNext, hLower[j]!), hLower[j + 1]!));
      add(mix(mix(mix(T.PrevPrevBigram, hLower[j - 2]!), hLower[j - 1]!), hShort[j]!));
      add(mix(mix(mix(T.NextNextBigram, hShort[j]!), hLower[j + 1]!), hLower[j + 2]!));
      add(mix(mix(mix(T.ShapeTrigram, hShort[j - 1]!), hShort[j]!), hShort[j + 1]!));
      add(mix(mix(T.Initial, i === 0 ? 1 : 0), cap[j]!));
      add(mix(mix(T.Cap, cap[j]!), cap[j + 1]!));
      add(mix(mix(T.CapPrev, cap[j - 1]!), cap[j]!));
      add(mix(mix(mix(T.CapNext, cap[j - 1]!), cap[j]!), cap[j + 1]!));
      add(mix(mix(T.PrevWordShape, hLower[j - 1]!), hShape[j]!));
      add(mix(mix(T.WordNextShape, hShape[j]!), hLower[j + 1]!));
      // Sentence-wide context (sentenceContext).
      add(mix(T.Prev3, i >= 3 ? hLower[j - 3]! : BOS));
      add(mix(T.Next3, i + 3 < n ? hLower[j + 3]! : EOS));
      add(mix(mix(T.SuffixPrev, i > 0 ? info[i - 1]!.hSuffix3 : BOS), cap[j]!));
      add(mix(mix(T.SuffixNext, i + 1 < n ? info[i + 1]!.hSuffix3 : EOS), cap[j]!));
      add(mix(mix(mix(T.SentenceCase, context.sentenceCase), cap[j]!), i === 0 ? 1 : 0));
      if (context.quote[i]) add(mix(mix(T.InQuote, context.quote[i]!), cap[j]!));
      const a = context.runStart[i]!;
      if (a >= 0) {
        const e = context.runEnd[i]!;
        const pos = a === e ? 1 : i === a ? 2 : i === e ? 4 : 3;
        add(mix(mix(T.RunPos, pos), Math.min(e - a + 1, 4)));
        if (i !== e) add(mix(mix(T.RunLast, pos), hLower[e + 2]!));
        if (i !== a) add(mix(mix(T.RunFirst, pos), hLower[a + 2]!));
      }
      const na = context.numStart[i]!;
      if (na >= 0) {
        const ne = context.numEnd[i]!;
        const pos = na === ne ? 1 : i === na ? 2 : i === ne ? 4 : 3;
        add(mix(T.NumPos, pos));
        add(mix(mix(T.NumBefore, pos), na > 0 ? hLower[na + 1]! : BOS));
        add(mix(mix(T.NumAfter, pos), ne + 1 < n ? hLower[ne + 3]! : EOS));
      }
      if (gaz) {
        const g = gaz[i]!;
        const gp = i > 0 ? gaz[i - 1]! : 0;
        const gn = i + 1 < n ? gaz[i + 1]! : 0;
        for (let b = 0; b < 32; b++) {
          if (g & (1 << b)) { add(mix(T.Gaz, b)); add(mix(mix(T.Gaz, b + 64), cap[j]!)); }
          if (gp & (1 << b)) add(mix(T.GazPrev, b));
          if (gn & (1 << b)) add(mix(T.GazNext, b));
        }
      }
      if (clusters) {
        const cp = clusterOf(i - 1);
        if (cp) for (let k = 0; k < cp.length; k += 2) add(mix(mix(T.ClusterPrev, k), cp[k]!));
        const cn = clusterOf(i + 1);
        if (cn) for (let k = 0; k < cn.length; k += 2) add(mix(mix(T.ClusterNext, k), cn[k]!));
      }
      if (hints && hints[i]! > 0) {
        // Keep in step with hintBuckets.
        add(mix(T.DocHint, hints[i]!));
        add(mix(mix(T.DocHint, hints[i]!), cap[j]!));
      }
      if (p - offsets[i]! > MAX_FEATURES_PER_TOKEN) throw new Error('feature overflow');
    }
    offsets[n] = p;
    return { feats: buf.subarray(0, p), offsets: offsets.subarray(0, n + 1), words: info };
  }

  /**
   * Sentence-wide context: how the sentence is cased (headlines capitalise every
   * word, transcripts none), which tokens stand inside quotation marks (titles of works, slogans:
   * 1 = first token after the mark, 2 = further in), the capitalised run each token belongs to
   * ("Ministry of Foreign Affairs": a name's head is often its last word, beyond a +-2 window;
   * connectors join two capitalised words) and its number run. Reused buffers, like the others.
   */
  private sentenceContext(words: readonly string[], lower: readonly string[], cap: Int32Array, info: readonly WordInfo[]): SentenceContext {
    const n = words.length;
    if (this.quoteBuf.length < n) {
      this.quoteBuf = new Int32Array(2 * n); this.runStartBuf = new Int32Array(2 * n); this.runEndBuf = new Int32Array(2 * n);
      this.numStartBuf = new Int32Array(2 * n); this.numEndBuf = new Int32Array(2 * n);
    }
    const capped = (i: number): boolean => i >= 0 && i < n && cap[i + 2]! >= CapClass.Title && cap[i + 2]! <= CapClass.Mixed;
    let upper = 0;
    let letters = 0;
    for (let i = 1; i < n; i++) if (cap[i + 2]! <= CapClass.Mixed) { letters++; if (capped(i)) upper++; }
    const sentenceCase = letters < 3 ? 0 : upper === 0 ? 1 : upper * 10 > letters * 7 ? 2 : 3;
    const quote = this.quoteBuf;
    let open = -1;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      quote[i] = 0;
      if (w === '``' || w === '“' || (w === '"' && open < 0)) { open = i; continue; }
      if (w === "''" || w === '”' || (w === '"' && open >= 0)) { open = -1; continue; }
      if (open >= 0) quote[i] = i === open + 1 ? 1 : 2;
    }
    if (open >= 0) for (let i = open + 1; i < n; i++) quote[i] = 0; // never closed: not a quotation
    const runStart = this.runStartBuf;
    const runEnd = this.runEndBuf;
    for (let i = 0; i < n;) {
      if (!capped(i)) { runStart[i] = runEnd[i] = -1; i++; continue; }
      let e = i;
      while (capped(e + 1) || (CONNECTORS.has(lower[e + 1] ?? '') && capped(e + 2))) e += capped(e + 1) ? 1 : 2;
      for (let k = i; k <= e; k++) { runStart[k] = i; runEnd[k] = e; }
      i = e + 1;
    }
    // Number runs ("1.5 million", "twenty - five", "3 1/2"): the word before and after the run
    // (its unit, "about", "$") tells MONEY, QUANTITY, CARDINAL and DATE apart.
    const numStart = this.numStartBuf;
    const numEnd = this.numEndBuf;
    const numeric = (i: number): boolean => i >= 0 && i < n && info[i]!.numeric;
    for (let i = 0; i < n;) {
      if (!numeric(i)) { numStart[i] = numEnd[i] = -1; i++; continue; }
      let e = i;
      while (numeric(e + 1) || ((lower[e + 1] === '-' || lower[e + 1] === 'and') && numeric(e + 2))) e += numeric(e + 1) ? 1 : 2;
      for (let k = i; k <= e; k++) { numStart[k] = i; numEnd[k] = e; }
      i = e + 1;
    }
    return { sentenceCase, quote, runStart, runEnd, numStart, numEnd };
  }

  private quoteBuf = new Int32Array(0);
  private numStartBuf = new Int32Array(0);
  private numEndBuf = new Int32Array(0);
  private runStartBuf = new Int32Array(0);
  private runEndBuf = new Int32Array(0);
  private hWordBuf = new Int32Array(0);
  private hLowerBuf = new Int32Array(0);
  private hShapeBuf = new Int32Array(0);
  private hShortBuf = new Int32Array(0);
  private capBuf = new Int32Array(0);
  private offsetBuf = new Int32Array(0);
  private readonly lowerBuf: string[] = [];
  private readonly infoBuf: WordInfo[] = [];

  private grow(n: number): void {
    const size = 2 * n + 4;
    this.hWordBuf = new Int32Array(size);
    this.hLowerBuf = new Int32Array(size);
    this.hShapeBuf = new Int32Array(size);
    this.hShortBuf = new Int32Array(size);
    this.capBuf = new Int32Array(size);
    this.offsetBuf = new Int32Array(size);
  }

  /**
   * Word-level hashes, cached per distinct word: words repeat (Zipf), so most tokens cost one
   * lookup. The cache is dropped when it grows past a bound, keeping memory flat on long runs.
   */
  private readonly cache = new Map<string, WordInfo>();

  private wordInfo(w: string): WordInfo {
    let wi = this.cache.get(w);
    if (wi) return wi;
    const lw = normaliseDigits(w.toLowerCase());
    const affixes: number[] = [];
    const len = Math.min(lw.length, 4);
    for (let k = 1; k <= len; k++) {
      affixes.push(mix(mix(T.Prefix, k), hashString(lw.slice(0, k))));
      affixes.push(mix(mix(T.Suffix, k), hashString(lw.slice(lw.length - k))));
    }
    const hWord = hashString(w);
    const hLower = hashString(lw);
    const hShape = hashString(wordShape(w));
    const hShort = hashString(shortShape(w));
    const cap = capClass(w);
    const cluster = this.resources.clusters?.get(lw);
    const digitFlags = /\d/u.test(w)
      ? (w.includes('-') ? 1 : 0) + (w.includes('.') ? 2 : 0) + (w.includes(',') ? 4 : 0) + (w.includes(':') ? 8 : 0) + (w.includes('/') ? 16 : 0)
      : -1;
    // The templates that read this word alone (no neighbour, no position, no document).
    const own = [
      mix(0, T.Bias), mix(T.Word, hWord), mix(T.Lower, hLower), mix(mix(T.LowerCap, hLower), cap),
      mix(T.Shape, hShape), mix(T.ShortShape, hShort), ...affixes, mix(T.Length, Math.min(w.length, 12)),
    ];
    if (digitFlags >= 0) own.push(mix(T.HasDigitDash, digitFlags));
    if (this.resources.clusters) {
      if (cluster) for (let k = 0; k < cluster.length; k++) own.push(mix(mix(T.Cluster, k), cluster[k]!));
      else own.push(mix(T.Cluster, 99));
    }
    const mask = (1 << this.bits) - 1;
    wi = {
      lower: lw, hWord, hLower, hShape, hShort, cap, cluster, hSuffix3: hashString(lw.slice(-3)),
      numeric: digitFlags >= 0 || NUMBER_WORDS.has(lw),
      own: Int32Array.from(own, (h) => finish(h) & mask),
      scores: null,
    };
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(w, wi);
    return wi;
  }
}

/**
 * What the extractor knows about one distinct word, cached: its hashes and the buckets of the
 * templates that read the word alone. `scores` is left to the tagger: the summed weights of
 * `own`, computed once per word instead of once per token (dropped with the cache).
 */
export interface WordEntry {
  /** Buckets of the word-only templates: bias, word, lower case, shapes, affixes, length, digits, cluster. */
  readonly own: Int32Array;
  scores: Int32Array | null;
}

interface WordInfo extends WordEntry {
  readonly lower: string;
  readonly hWord: number;
  readonly hLower: number;
  readonly hShape: number;
  readonly hShort: number;
  readonly cap: number;
  /** Hash of the last three letters, read by the neighbours' suffix templates. */
  readonly hSuffix3: number;
  /** Has a digit or is a number word: may be part of a number run. */
  readonly numeric: boolean;
  /** Hashed cluster path prefixes of the lower-cased word, when it has a cluster. */
  readonly cluster: readonly number[] | undefined;
}

interface SentenceContext {
  /** 0: too few letters to tell, 1: nothing capitalised after the first word, 2: mostly capitalised, 3: mixed. */
  readonly sentenceCase: number;
  readonly quote: Int32Array;
  /** First and last token of the capitalised run a token is in, -1 outside one. */
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  readonly numStart: Int32Array;
  readonly numEnd: Int32Array;
}

/** Digits all look alike to the word templates ("1997" and "2024" share "dddd"-like identity). */
export function normaliseDigits(s: string): string {
  return /\d/u.test(s) ? s.replace(/\d/gu, '0') : s;
}
