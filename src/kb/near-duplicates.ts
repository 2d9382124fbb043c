import { fnv1a, foldedWords } from './text-fold.js';

/**
 * Near-duplicate articles: MinHash signatures over word shingles, LSH banding to find candidates
 * without comparing every pair (Broder 1997; Leskovec, Rajaraman & Ullman, "Mining of Massive
 * Datasets", ch. 3). Agencies rewrite one another's wires: a lightly edited copy shares most
 * 3-word shingles, a different story on the same topic shares few.
 */
export const SHINGLE_WORDS = 3;
export const NUM_HASHES = 128;
/** 32 bands of 4 rows: a pair with Jaccard s becomes a candidate with probability 1-(1-s^4)^32 (~0.5 at s=0.42). */
export const BANDS = 32;
const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity from which two articles are one story. */
export const STORY_THRESHOLD = 0.5;

/** Per-hash seeds: fixed, so signatures stored today compare with signatures computed tomorrow. */
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    // xorshift32
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    s[i] = x;
  }
  return s;
})();

/** Murmur3 finaliser: mixes a 32-bit value so every seed gives an independent-looking permutation. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the word shingles of a text (folded words; a short text is one shingle). */
export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const words = foldedWords(text);
  const out = new Set<number>();
  if (words.length && words.length < size) out.add(fnv1a(words.join(' ')));
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}

/** The MinHash signature of a text: NUM_HASHES minima, compact enough to store per document. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles(text)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix(sh ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal minima. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export interface StoryAssignment {
  readonly document: string;
  /** Story id: the id of the story's first document ("story:<document>"). */
  readonly story: string;
  /** The closest earlier document of the story and its estimated similarity, when it joined one. */
  readonly match: { readonly document: string; readonly similarity: number } | null;
}

/**
 * An incremental index of signatures: `add` one document at a time, get its story. A document
 * joins the story of its most similar earlier document when the estimate reaches the threshold;
 * story ids never change as documents arrive.
 */
export class NearDuplicateIndex {
  private readonly sigs = new Map<string, Uint32Array>();
  private readonly storyOf = new Map<string, string>();
  private readonly buckets = new Map<string, string[]>();

  constructor(private readonly threshold = STORY_THRESHOLD) {}

  /** Adds a document by its text (or a signature computed earlier) and returns its story. */
  add(document: string, textOrSignature: string | Uint32Array): StoryAssignment {
    const known = this.storyOf.get(document);
    if (known) return { document, story: known, match: null };
    const sig = typeof textOrSignature === 'string' ? signature(textOrSignature) : textOrSignature;
    // A text with no words has the empty signature: it matches nothing (two empty pages are not one story).
    const keys = sig.every((v) => v === 0xffffffff) ? [] : bandKeys(sig);
    const candidates = new Set<string>();
    for (const k of keys) for (const d of this.buckets.get(k) ?? []) candidates.add(d);
    let best: { document: string; similarity: number } | null = null;
    for (const d of [...candidates].sort()) {
      const s = similarity(sig, this.sigs.get(d)!);
      if (s >= this.threshold && (!best || s > best.similarity)) best = { document: d, similarity: s };
    }
    const story = best ? this.storyOf.get(best.document)! : `story:${document}`;
    this.sigs.set(document, sig);
    this.storyOf.set(document, story);
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(document); else this.buckets.set(k, [document]);
    }
    return { document, story, match: best };
  }

  story(document: string): string | undefined {
    return this.storyOf.get(document);
  }

  /** The signature a document was indexed with, for the store to keep. */
  signatureOf(document: string): Uint32Array | undefined {
    return this.sigs.get(document);
  }

  /** Puts back a document saved earlier with its story, without comparing it again. */
  restore(document: string, story: string, sig: Uint32Array): void {
    if (this.storyOf.has(document)) return;
    this.sigs.set(document, sig);
    this.storyOf.set(document, story);
    const keys = sig.every((v) => v === 0xffffffff) ? [] : bandKeys(sig);
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(document); else this.buckets.set(k, [document]);
    }
  }

  /** Stories with their documents, in insertion order. */
  stories(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [d, s] of this.storyOf) out.set(s, [...(out.get(s) ?? []), d]);
    return out;
  }
}
