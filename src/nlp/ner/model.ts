import { FeatureExtractor, type DocumentHints, type FeatureResources } from './features.js';
import { labelSet, labelType, type LabelSet } from './labels.js';
import { transposed, viterbi } from './viterbi.js';

/**
 * The shipped tagger: sparse int16 weight rows per hashed feature (only the labels a feature
 * votes for), int32 transition scores on the same scale, and BIO-constrained Viterbi. Scores are
 * summed in integers; the scale only matters for reading them.
 */
export interface NerWeights {
  readonly labels: readonly string[];
  readonly bits: number;
  /** Sorted feature buckets that have a row. */
  readonly buckets: Uint32Array;
  /** Row r's entries are rowPtr[r] .. rowPtr[r + 1]: label labelOf[k], weight values[k]. */
  readonly rowPtr: Uint32Array;
  readonly labelOf: Uint8Array;
  readonly values: Int16Array;
  readonly trans: Int32Array;
  readonly start: Int32Array;
  readonly scale: number;
}

/** What decoding needs besides the emission rows: the model keeps these, not the sparse rows. */
export type NerDecoder = Pick<NerWeights, 'labels' | 'bits' | 'trans' | 'start' | 'scale'>;

export interface NerModelInfo {
  readonly name: string;
  readonly version: string;
  /** Tag twice, the second pass seeing what the first found elsewhere in the document. */
  readonly twoPass: boolean;
}

export class NerModel {
  readonly set: LabelSet;
  readonly extractor: FeatureExtractor;
  /**
   * bucket -> its weights, 4 int32 per bucket: [count, e1, e2, e3] with up to three entries inline,
   * else [count, offset into `overflow`]. An entry packs label << 16 | int16 weight. Tagging is
   * bound by memory latency, not arithmetic: one cache line per feature instead of four lookups
   * (index, row pointer, labels, values) took emission scoring from ~70k to well over 100k tokens/s.
   * Rows with many labels are the frequent features (two thirds of all lookups on OntoNotes dev
   * hit a row of 20 or more labels); they are kept dense, [-1, offset into `dense`], and added
   * label by label without unpacking.
   */
  private readonly slots: Int32Array;
  private readonly overflow: Int32Array;
  private readonly dense: Int16Array;
  /**
   * The sparse rows are packed into `slots` and then dropped, so a loaded model holds its weights
   * once (about 36 MB for the OntoNotes model) rather than twice.
   */
  readonly weights: NerDecoder;
  private emit = new Int32Array(0);

  constructor(readonly info: NerModelInfo, weights: NerWeights, readonly resources: FeatureResources) {
    this.set = labelSet(weights.labels);
    this.extractor = new FeatureExtractor(weights.bits, resources);
    ({ slots: this.slots, overflow: this.overflow, dense: this.dense } = packSlots(weights));
    // Copies: the loader's arrays are views into the whole inflated file, which they would keep alive.
    const { labels, bits, trans, start, scale } = weights;
    this.weights = { labels, bits, trans: trans.slice(), start: start.slice(), scale };
    this.transT = transposed(this.weights.trans, labels.length);
  }

  /** The transitions transposed, for Viterbi (viterbi.ts); `weights.trans` must not change after construction. */
  private readonly transT: Float64Array;

  get labels(): readonly string[] { return this.weights.labels; }

  /** Label indices for one sentence. */
  tagIndices(words: readonly string[], hints?: DocumentHints): Int32Array {
    const n = words.length;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const emit = this.emitBuffer(n);
    this.scoreInto(emit, 0, words, hints);
    viterbi(emit, n, this.weights.trans, this.weights.start, this.set, out, this.transT);
    return out;
  }

  tagSentence(words: readonly string[], hints?: DocumentHints): string[] {
    return this.toLabels(this.tagIndices(words, hints));
  }

  /**
   * Tags a document's sentences; with twoPass, a second pass reads the first pass's findings.
   * Only the hint features differ between the passes, so the first pass's emission scores are
   * kept and the second pass adds the hint features' weights to them and decodes again; a
   * sentence without any hinted token keeps its first-pass tags. Integer scores make this exactly
   * the result of extracting and scoring every feature twice.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const L = this.set.count;
    let total = 0;
    for (const s of sentences) total += s.length;
    if (this.docEmit.length < total * L) this.docEmit = new Int32Array(total * L);
    const docEmit = this.docEmit;
    const first: Int32Array[] = [];
    let at = 0;
    for (const s of sentences) {
      const out = new Int32Array(s.length);
      if (s.length > 0) {
        this.scoreInto(docEmit, at, s);
        viterbi(docEmit.subarray(at, at + s.length * L), s.length, this.weights.trans, this.weights.start, this.set, out, this.transT);
      }
      first.push(out);
      at += s.length * L;
    }
    if (!this.info.twoPass) return first.map((t) => this.toLabels(t));
    const hints = documentHints(sentences, first, this.labels);
    at = 0;
    return sentences.map((s, k) => {
      const from = at;
      at += s.length * L;
      const h = hints[k]!;
      if (!h.some((v) => v > 0)) return this.toLabels(first[k]!);
      const emit = this.emitBuffer(s.length);
      emit.set(docEmit.subarray(from, from + s.length * L));
      for (let i = 0; i < s.length; i++) {
        if (h[i]! <= 0) continue;
        for (const b of this.extractor.hintBuckets(h[i]!, s[i]!)) this.addRow(emit, i * L, b);
      }
      const out = new Int32Array(s.length);
      viterbi(emit, s.length, this.weights.trans, this.weights.start, this.set, out, this.transT);
      return this.toLabels(out);
    });
  }

  private docEmit = new Int32Array(0);

  private emitBuffer(n: number): Int32Array {
    if (this.emit.length < n * this.set.count) this.emit = new Int32Array(n * this.set.count * 2);
    return this.emit.subarray(0, n * this.set.count);
  }

  private toLabels(t: Int32Array): string[] {
    const out = new Array<string>(t.length);
    for (let i = 0; i < t.length; i++) out[i] = this.labels[t[i]!] ?? 'O';
    return out;
  }

  /**
   * Emission scores of a sentence's tokens into emit[at ..], one row of L labels per token: the
   * word's cached score row (its word-only templates, summed once per distinct word; about a third
   * of a token's features) plus the rows of the context features.
   */
  private scoreInto(emit: Int32Array, at: number, words: readonly string[], hints?: DocumentHints): void {
    const L = this.set.count;
    const n = words.length;
    const { feats, offsets, words: entries } = this.extractor.extractShared(words, hints, true);
    // First every feature's slot head, in one pass of independent loads (the CPU overlaps their
    // cache misses), then the rows: one dependent miss after another was the cost of scoring.
    const m = feats.length;
    if (this.heads.length < m) this.heads = new Int32Array(2 * m);
    const heads = this.heads;
    const slots = this.slots;
    for (let f = 0; f < m; f++) heads[f] = slots[feats[f]! << 2]!;
    for (let i = 0; i < n; i++) {
      const base = at + i * L;
      const entry = entries![i]!;
      let own = entry.scores;
      if (own === null) {
        own = new Int32Array(L);
        for (let k = 0; k < entry.own.length; k++) this.addRow(own, 0, entry.own[k]!);
        entry.scores = own;
      }
      emit.set(own, base);
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) if (heads[f] !== 0) this.addRow(emit, base, feats[f]!);
    }
  }

  private heads = new Int32Array(0);

  /** Adds feature bucket b's weights to the label scores at emit[base ..]. */
  private addRow(emit: Int32Array, base: number, b: number): void {
    const slots = this.slots;
    const s = b << 2;
    const count = slots[s]!;
    if (count === 0) return;
    if (count < 0) {
      const dense = this.dense;
      const from = slots[s + 1]!;
      const L = this.set.count;
      for (let y = 0; y < L; y++) emit[base + y] = emit[base + y]! + dense[from + y]!;
    } else if (count <= 3) {
      for (let k = 1; k <= count; k++) {
        const e = slots[s + k]!;
        const y = base + (e >>> 16);
        emit[y] = emit[y]! + ((e << 16) >> 16);
      }
    } else {
      const overflow = this.overflow;
      const from = slots[s + 1]!;
      for (let k = from; k < from + count; k++) {
        const e = overflow[k]!;
        const y = base + (e >>> 16);
        emit[y] = emit[y]! + ((e << 16) >> 16);
      }
    }
  }
}

/** Rows with at least this many labels are stored dense (see NerModel.slots). */
const DENSE_ROW = 12;

function packSlots(w: NerWeights): { slots: Int32Array; overflow: Int32Array; dense: Int16Array } {
  const L = w.labels.length;
  const slots = new Int32Array(4 << w.bits);
  const size = (r: number): number => w.rowPtr[r + 1]! - w.rowPtr[r]!;
  let spill = 0;
  let denseRows = 0;
  for (let r = 0; r < w.buckets.length; r++) {
    if (size(r) >= DENSE_ROW) denseRows++;
    else if (size(r) > 3) spill += size(r);
  }
  const overflow = new Int32Array(spill);
  // A row holds each label at most once, so its dense copy fits the int16 of the file.
  const dense = new Int16Array(denseRows * L);
  let o = 0;
  let d = 0;
  for (let r = 0; r < w.buckets.length; r++) {
    const s = w.buckets[r]! << 2;
    const from = w.rowPtr[r]!;
    const count = size(r);
    const pack = (k: number): number => (w.labelOf[k]! << 16) | (w.values[k]! & 0xffff);
    if (count >= DENSE_ROW) {
      slots[s] = -1;
      slots[s + 1] = d;
      for (let k = from; k < from + count; k++) dense[d + w.labelOf[k]!] = w.values[k]!;
      d += L;
      continue;
    }
    slots[s] = count;
    if (count <= 3) for (let k = 0; k < count; k++) slots[s + 1 + k] = pack(from + k);
    else {
      slots[s + 1] = o;
      for (let k = 0; k < count; k++) overflow[o++] = pack(from + k);
    }
  }
  return { slots, overflow, dense };
}

/**
 * Document hints (Ratinov & Roth 2009, "prediction history"): for each capitalised token, the entity
 * type most often predicted for the same word elsewhere in the document (1 + type index among
 * the labels' types), 0 when none. The token's own prediction is not counted.
 */
export function documentHints(
  sentences: readonly (readonly string[])[], predicted: readonly Int32Array[], labels: readonly string[],
): Int32Array[] {
  const types: string[] = [];
  for (const l of labels) { const t = labelType(l); if (t && !types.includes(t)) types.push(t); }
  const typeOfLabel = labels.map((l) => { const t = labelType(l); return t ? types.indexOf(t) : -1; });
  const counts = new Map<string, Int32Array>();
  sentences.forEach((s, k) => s.forEach((w, i) => {
    if (!isCapitalised(w)) return;
    const ty = typeOfLabel[predicted[k]![i]!] ?? -1;
    let c = counts.get(w);
    if (!c) { c = new Int32Array(types.length + 1); counts.set(w, c); }
    c[ty + 1] = c[ty + 1]! + 1;
  }));
  return sentences.map((s, k) => {
    const h = new Int32Array(s.length);
    s.forEach((w, i) => {
      const c = counts.get(w);
      if (!c) return;
      const own = (typeOfLabel[predicted[k]![i]!] ?? -1) + 1;
      let best = 0;
      let arg = -1;
      for (let t = 1; t < c.length; t++) {
        const v = c[t]! - (t === own ? 1 : 0);
        if (v > best) { best = v; arg = t; }
      }
      h[i] = arg > 0 ? arg : 0;
    });
    return h;
  });
}

const isCapitalised = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};
