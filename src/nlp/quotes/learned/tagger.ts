import type { TokenFeatures } from '../../ner/features.js';
import { labelSet, type LabelSet } from '../../ner/labels.js';
import type { NerWeights } from '../../ner/model.js';
import { viterbi } from '../../ner/viterbi.js';

/**
 * A BIO tagger over sparse int16 weight rows (the NER weight format, src/nlp/ner/weights-file.ts),
 * decoded with the NER code's BIO-constrained Viterbi. The feature extraction is the caller's.
 */
export class SparseTagger {
  readonly set: LabelSet;
  /** bucket -> row index + 1 (0: the bucket has no row). */
  private readonly rowOf: Int32Array;
  private emit = new Int32Array(0);

  constructor(readonly weights: NerWeights) {
    this.set = labelSet(weights.labels);
    this.rowOf = new Int32Array(1 << weights.bits);
    weights.buckets.forEach((b, r) => { this.rowOf[b] = r + 1; });
  }

  get labels(): readonly string[] { return this.weights.labels; }

  /**
   * `bias[y]` (in weight units, before quantisation) is added to label y's score at every token:
   * a positive bias on B-CUE trades the cue tagger's precision for recall.
   */
  tag(f: TokenFeatures, n: number, bias?: ArrayLike<number>): Int32Array {
    const out = new Int32Array(n);
    if (n === 0) return out;
    const L = this.set.count;
    if (this.emit.length < n * L) this.emit = new Int32Array(n * L * 2);
    const emit = this.emit;
    emit.fill(0, 0, n * L);
    const { rowPtr, labelOf, values } = this.weights;
    for (let i = 0; i < n; i++) {
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const r = this.rowOf[f.feats[k]!]!;
        if (r === 0) continue;
        for (let e = rowPtr[r - 1]!; e < rowPtr[r]!; e++) {
          const y = i * L + labelOf[e]!;
          emit[y] = emit[y]! + values[e]!;
        }
      }
    }
    if (bias) {
      for (let y = 0; y < L; y++) {
        const b = Math.round((bias[y] ?? 0) / this.weights.scale);
        if (b !== 0) for (let i = 0; i < n; i++) emit[i * L + y] = emit[i * L + y]! + b;
      }
    }
    viterbi(emit, n, this.weights.trans, this.weights.start, this.set, out);
    return out;
  }

  /** Spans [from, to) of each type, in order. */
  spans(tags: Int32Array): { type: string; from: number; to: number }[] {
    const out: { type: string; from: number; to: number }[] = [];
    for (let i = 0; i < tags.length; i++) {
      const label = this.labels[tags[i]!] ?? 'O';
      if (label.startsWith('B-')) out.push({ type: label.slice(2), from: i, to: i + 1 });
      else if (label.startsWith('I-') && out.length > 0 && out[out.length - 1]!.to === i) out[out.length - 1]!.to = i + 1;
    }
    return out;
  }
}
