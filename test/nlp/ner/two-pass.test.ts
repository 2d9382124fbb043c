import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../src/nlp/ner/features.js';
import { bioLabels, labelSet } from '../../../src/nlp/ner/labels.js';
import { viterbi } from '../../../src/nlp/ner/viterbi.js';
import { documentHints, NerModel, type NerWeights } from '../../../src/nlp/ner/model.js';
import { centreRows } from '../../../scripts/ner/torch/centre-rows.js';

/** Deterministic pseudo-random numbers (LCG), so a failure can be replayed. */
const rng = (seed: number): (() => number) => {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 4294967296; };
};

/** A model with random sparse rows: some with 1-3 labels, some with 4-11, some dense (12+). */
function randomModel(seed: number, twoPass: boolean): { model: NerModel; weights: NerWeights } {
  const rand = rng(seed);
  const labels = bioLabels(['GPE', 'ORG', 'PERSON', 'NORP', 'DATE', 'LOC']);
  const L = labels.length;
  const bits = 12;
  const buckets: number[] = [];
  const rowPtr: number[] = [0];
  const values: number[] = [];
  const labelOf: number[] = [];
  for (let b = 0; b < 1 << bits; b++) {
    if (rand() < 0.3) continue;
    const size = rand() < 0.2 ? 12 + Math.floor(rand() * (L - 12)) : 1 + Math.floor(rand() * 8);
    const ys = [...Array(L).keys()].sort(() => rand() - 0.5).slice(0, size).sort((a, c) => a - c);
    for (const y of ys) { values.push(Math.round((rand() - 0.5) * 2000)); labelOf.push(y); }
    buckets.push(b);
    rowPtr.push(values.length);
  }
  const weights: NerWeights = {
    labels, bits, buckets: Uint32Array.from(buckets), rowPtr: Uint32Array.from(rowPtr),
    values: Int16Array.from(values), labelOf: Uint8Array.from(labelOf),
    trans: Int32Array.from({ length: L * L }, () => Math.round((rand() - 0.5) * 3000)),
    start: Int32Array.from({ length: L }, () => Math.round((rand() - 0.5) * 3000)), scale: 1,
  };
  return { model: new NerModel({ name: 'random', version: '0', twoPass }, weights, { gazetteer: null, clusters: null }), weights };
}

// Invented sentences; capitalised words repeat across sentences so that hints arise.
const doc = [
  'Minister Aruzhan Temirbekova arrived in Astana on Monday .',
  'Temirbekova said the Astana talks would resume .',
  'The Caspian Energy Forum opened in Baku .',
  '',
  'Officials from Baku and Astana met Temirbekova again .',
  'nothing capitalised here at all',
].map((s) => s.split(' ').filter(Boolean));

/** Scores every feature of extract() straight from the sparse rows, with no caching, and decodes. */
function naiveTag(model: NerModel, w: NerWeights, words: readonly string[], hints?: Int32Array): Int32Array {
  const L = w.labels.length;
  const { feats, offsets } = new FeatureExtractor(w.bits, model.resources).extract(words, hints);
  const emit = new Float64Array(words.length * L);
  for (let i = 0; i < words.length; i++) {
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
      const r = w.buckets.indexOf(feats[f]!);
      if (r < 0) continue;
      for (let k = w.rowPtr[r]!; k < w.rowPtr[r + 1]!; k++) { const y = i * L + w.labelOf[k]!; emit[y] = emit[y]! + w.values[k]!; }
    }
  }
  const out = new Int32Array(words.length);
  if (words.length) viterbi(emit, words.length, w.trans, w.start, labelSet(w.labels), out);
  return out;
}

describe('ner two-pass tagging', () => {
  it('ner tagging: cached word scores and packed rows give the same tags as scoring every feature', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { model, weights } = randomModel(seed, false);
      for (const s of doc) {
        expect(Array.from(model.tagIndices(s))).toEqual(Array.from(naiveTag(model, weights, s)));
        const hints = Int32Array.from(s, (_, i) => (i % 3 === 0 ? 1 + (i % 5) : 0));
        expect(Array.from(model.tagIndices(s, hints))).toEqual(Array.from(naiveTag(model, weights, s, hints)));
      }
    }
  });

  it('ner two-pass: adding hint scores to the first pass equals re-extracting every feature', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { model } = randomModel(seed, true);
      const first = doc.map((s) => model.tagIndices(s));
      const hints = documentHints(doc, first, model.labels);
      const naive = doc.map((s, k) => model.tagSentence(s, hints[k]));
      expect(model.tagDocument(doc)).toEqual(naive);
    }
  });

  it('ner two-pass: some sentences do get hints, so the second pass is exercised', () => {
    const { model } = randomModel(3, true);
    const hints = documentHints(doc, doc.map((s) => model.tagIndices(s)), model.labels);
    expect(hints.some((h) => h.some((v) => v > 0))).toBe(true);
  });

  it('ner two-pass: a one-pass model returns the first pass', () => {
    const { model } = randomModel(5, false);
    expect(model.tagDocument(doc)).toEqual(doc.map((s) => model.tagSentence(s)));
  });

  it('ner two-pass: hintBuckets are exactly the features a hint adds to a token', () => {
    const fx = new FeatureExtractor(18, { gazetteer: null, clusters: null });
    const words = ['Envoy', 'Temirbekova', 'visited', 'NATO', 'headquarters'];
    for (const i of [1, 2, 3]) {
      const hints = new Int32Array(words.length);
      hints[i] = 4;
      const plain = fx.extract(words);
      const hinted = fx.extract(words, hints);
      const before = Array.from(plain.feats.subarray(plain.offsets[i]!, plain.offsets[i + 1]!));
      const after = Array.from(hinted.feats.subarray(hinted.offsets[i]!, hinted.offsets[i + 1]!));
      expect(after).toEqual([...before, ...fx.hintBuckets(4, words[i]!)]);
    }
  });

  it('ner two-pass: extract returns arrays that later calls do not overwrite', () => {
    const fx = new FeatureExtractor(18, { gazetteer: null, clusters: null });
    const a = fx.extract(['Astana', 'talks']);
    const copy = Array.from(a.feats);
    fx.extract(['Completely', 'different', 'words', 'here']);
    expect(Array.from(a.feats)).toEqual(copy);
  });
});

describe('ner CRF export', () => {
  it('ner CRF export: centring a row keeps every difference between its labels and zeroes its median', () => {
    const rand = rng(7);
    const L = 9;
    const w = Float32Array.from({ length: 4 * L }, () => rand() - 0.5);
    w.fill(0, 2 * L, 3 * L); // an untouched feature stays all zero
    const before = Float32Array.from(w);
    centreRows(w, L);
    for (let r = 0; r < 4; r++) {
      const row = Array.from(w.subarray(r * L, (r + 1) * L));
      for (let y = 1; y < L; y++) {
        expect(row[y]! - row[0]!).toBeCloseTo(before[r * L + y]! - before[r * L]!, 5);
      }
      expect([...row].sort((a, b) => a - b)[(L - 1) / 2]).toBeCloseTo(0, 6);
    }
    expect(Array.from(w.subarray(2 * L, 3 * L))).toEqual(new Array(L).fill(0));
  });
});
