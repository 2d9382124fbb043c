/**
 * Dumps the hashed features of a training or dev split for the offline CRF trainer
 * (scripts/ner/torch/train_crf.py), so that Python trains exactly the features the TypeScript
 * tagger extracts at run time.
 *
 * usage: npx tsx scripts/ner/torch/dump-features.ts --corpus ontonotes|conll --split train|dev
 *          --first-pass MODEL_DIR --out FILE [--no-hints]
 *
 * Resources (gazetteer, clusters) and the hash size come from the first-pass model's folder: a
 * shipped perceptron model (scripts/train-ner.ts). Document hints follow the perceptron trainer:
 * on the training split they come from the first-pass model's own predictions (hints from an
 * imperfect tagger, as at run time), or none with --no-hints (train_crf.py --jackknife then makes
 * them from cross-fold predictions); on the dev split no hints are dumped, only what the Python
 * side needs to compute them from its own first pass (word ids of capitalised words, capitalisation
 * classes, and the two hint buckets per hint value and capitalisation class).
 *
 * File (little-endian): int32 header [magic "NERD", version 2, L, bits, sentences, tokens, features,
 * types, capClasses, hints included (0/1)], then int32 sentence document ids, int32 sentence lengths, int32 token feature
 * offsets (tokens + 1), int32 features, uint8 gold labels, int32 word ids (-1: not capitalised),
 * uint8 capitalisation classes, int32 hint buckets [(types + 1) x capClasses x 2].
 */
import { writeFileSync } from 'node:fs';
import { sharedPath } from '../../../src/core/paths.js';
import { labelType } from '../../../src/nlp/ner/labels.js';
import { documentHints } from '../../../src/nlp/ner/model.js';
import { loadNerModelFrom } from '../../../src/nlp/ner/model-loader.js';
import { capClass } from '../../../src/nlp/ner/shape.js';
import { readLabelled } from '../data.js';

const args = process.argv.slice(2);
const opt = (n: string): string => {
  const i = args.indexOf(n);
  const v = i >= 0 ? args[i + 1] : undefined;
  if (v === undefined) throw new Error(`missing ${n}`);
  return v;
};
const corpus = opt('--corpus');
const split = opt('--split');
const CORPORA: Record<string, { train: string; dev: string; scheme: 'bio' | 'iob1' }> = {
  ontonotes: { train: 'data/ontonotes5-ner/train.bio', dev: 'data/ontonotes5-ner/development.bio', scheme: 'bio' },
  conll: { train: 'data/conll2003/eng.train', dev: 'data/conll2003/eng.testa', scheme: 'iob1' },
};
const spec = CORPORA[corpus];
if (!spec || (split !== 'train' && split !== 'dev')) throw new Error('--corpus ontonotes|conll --split train|dev');

const model = loadNerModelFrom(opt('--first-pass'));
const labels = model.labels;
const L = labels.length;
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const types = [...new Set(labels.map(labelType).filter((t): t is string => t !== null))];
const CAP_CLASSES = 5;
// Train hints from the first-pass model, unless the Python side computes them (--no-hints: jackknife).
const withHints = split === 'train' && model.info.twoPass && !args.includes('--no-hints');
const docs = readLabelled(sharedPath(split === 'train' ? spec.train : spec.dev), spec.scheme);

const sentDoc: number[] = [];
const sentLen: number[] = [];
const tokOffsets: number[] = [0];
const feats: Int32Array[] = [];
const gold: number[] = [];
const wordIds: number[] = [];
const caps: number[] = [];
const wordId = new Map<string, number>();
let nFeat = 0;
docs.forEach((d, di) => {
  const words = d.sentences.map((s) => s.words);
  const hints = withHints ? documentHints(words, words.map((w) => model.tagIndices(w)), labels) : null;
  d.sentences.forEach((s, si) => {
    sentDoc.push(di);
    sentLen.push(s.words.length);
    const f = model.extractor.extract(s.words, hints?.[si]);
    feats.push(f.feats);
    for (let i = 0; i < s.words.length; i++) {
      nFeat += f.offsets[i + 1]! - f.offsets[i]!;
      tokOffsets.push(nFeat);
      const label = labelIndex.get(s.tags[i]!);
      if (label === undefined) throw new Error(`label ${s.tags[i]} not in the model`);
      gold.push(label);
      const w = s.words[i]!;
      const c = w.charAt(0);
      let id = -1;
      if (c !== c.toLowerCase()) { id = wordId.get(w) ?? wordId.size; wordId.set(w, id); }
      wordIds.push(id);
      caps.push(capClass(w));
    }
  });
});

const hintBuckets: number[] = [];
const probe = { 0: 'a', 1: 'Ab', 2: 'AB', 3: 'aB', 4: '1' } as const; // one word per capitalisation class
for (let h = 0; h <= types.length; h++) {
  for (let c = 0; c < CAP_CLASSES; c++) {
    const word = probe[c as 0 | 1 | 2 | 3 | 4];
    if (capClass(word) !== c) throw new Error(`probe word for class ${c}`);
    hintBuckets.push(...(h > 0 ? model.extractor.hintBuckets(h, word) : [0, 0]));
  }
}

const i32 = (a: ArrayLike<number>): Buffer => Buffer.from(Int32Array.from(a as ArrayLike<number>).buffer);
const header = [0x4452454e, 2, L, model.weights.bits, sentLen.length, gold.length, nFeat, types.length, CAP_CLASSES, withHints ? 1 : 0];
const out = opt('--out');
writeFileSync(out, Buffer.concat([
  i32(header), i32(sentDoc), i32(sentLen), i32(tokOffsets),
  ...feats.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)),
  Buffer.from(Uint8Array.from(gold)), i32(wordIds), Buffer.from(Uint8Array.from(caps)), i32(hintBuckets),
]));
console.log(`${out}: ${sentLen.length} sentences, ${gold.length} tokens, ${nFeat} features, ${L} labels, ${types.length} types`);
