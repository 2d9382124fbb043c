import type { LabelSet } from './labels.js';

/**
 * First-order Viterbi decoding under BIO constraints: illegal transitions (I-X after O or after
 * B-Y/I-Y) are never taken, so the output is always well-formed BIO.
 * emit[i * L + y]: score of label y at token i; trans[a * L + b]: score of a -> b; start[y].
 */
let scratch = { score: new Float64Array(0), back: new Int32Array(0) };

/**
 * trans transposed (transT[y * L + x] = trans[x * L + y]): with it, the loop over all predecessors
 * of O and B-X reads consecutive memory instead of striding by L. A model whose transitions do not
 * change makes it once (NerModel); a trainer, whose transitions change after every update, passes
 * none. Not cached here by array identity: that copy would go stale while a trainer learns.
 */
export function transposed(trans: ArrayLike<number>, L: number): Float64Array {
  const t = new Float64Array(L * L);
  for (let x = 0; x < L; x++) for (let y = 0; y < L; y++) t[y * L + x] = trans[x * L + y]!;
  return t;
}

export function viterbi(
  emit: ArrayLike<number>, n: number, trans: ArrayLike<number>, start: ArrayLike<number>,
  set: LabelSet, out: Int32Array, transT?: ArrayLike<number>,
): void {
  const L = set.count;
  if (n === 0) return;
  if (scratch.score.length < n * L) scratch = { score: new Float64Array(n * L * 2), back: new Int32Array(n * L * 2) };
  const { score, back } = scratch;
  const { preds, predStart } = set;
  for (let y = 0; y < L; y++) score[y] = set.startAllowed[y] ? start[y]! + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const from = predStart[y]!;
      const to = predStart[y + 1]!;
      if (to - from === L) {
        // O and B-X follow any label: a plain loop, without the predecessor list's indirection
        // (the list holds 0 .. L-1 in order, so ties break the same way).
        if (transT) {
          for (let x = 0, t = y * L; x < L; x++, t++) {
            const s = score[prevBase + x]! + transT[t]!;
            if (s > best) { best = s; arg = x; }
          }
        } else {
          for (let x = 0, t = y; x < L; x++, t += L) {
            const s = score[prevBase + x]! + trans[t]!;
            if (s > best) { best = s; arg = x; }
          }
        }
      } else {
        for (let k = from; k < to; k++) {
          const x = preds[k]!;
          const s = score[prevBase + x]! + trans[x * L + y]!;
          if (s > best) { best = s; arg = x; }
        }
      }
      score[base + y] = best + emit[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) if (score[lastBase + y]! > best) { best = score[lastBase + y]!; arg = y; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
