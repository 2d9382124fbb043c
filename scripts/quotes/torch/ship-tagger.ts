/**
 * Turns float weights of the cue tagger (or, with --tagger role, the role tagger) from the offline
 * CRF (scripts/ner/torch/train_crf.py on a dump of scripts/quotes/torch/dump-features.ts) into a
 * quote model folder: that tagger's file is replaced, the other one and the rest of the manifest are
 * taken from the base folder. With --alpha A > 0 the tagger's weights are a weight-space mix of the
 * base folder's weights for it and the CRF (as scripts/ner/torch/ensemble.ts does for NER):
 * A x base / |base| + (1 - A) x CRF / |CRF|, Frobenius norms after row centring, so the mix is
 * again one linear model decoded by the same BIO Viterbi. The cue bias is in the new weights' units:
 * measure it with scripts/eval-polnear.ts --model OUT --cue-bias B.
 *
 * usage: npx tsx scripts/quotes/torch/ship-tagger.ts --dump W.bin --out DIR [--tagger cue|role] [--alpha 0]
 *          [--base models/quotes-polnear] [--prune 0.002] [--cue-bias B] [--version V] [--command "..."]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../../src/core/hash.js';
import { modelPath } from '../../../src/core/paths.js';
import { decodeWeights, encodeWeights } from '../../../src/nlp/ner/weights-file.js';
import type { QuoteModelManifest } from '../../../src/nlp/quotes/learned/index.js';
import { floatsOf, frobeniusNorm as norm, readFloatDump, type FloatWeights } from '../../ner/float-dump.js';
import { quantise } from '../../ner/perceptron.js';
import { centreRows } from '../../ner/torch/centre-rows.js';

const args = process.argv.slice(2);
const opt = (n: string, d?: string): string => {
  const i = args.indexOf(n);
  const v = i >= 0 ? args[i + 1] : d;
  if (v === undefined) throw new Error(`missing ${n}`);
  return v;
};
const base = opt('--base', modelPath('quotes-polnear'));
const out = opt('--out');
const alpha = Number(opt('--alpha', '0'));
const prune = Number(opt('--prune', '0.002'));
const manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8')) as QuoteModelManifest & { description: string; training: Record<string, unknown> };
const tagger = opt('--tagger', 'cue') === 'role' ? 'role' : 'cue';
const other = tagger === 'cue' ? 'role' : 'cue';
const file = manifest.files[tagger];
const labels = file.labels;
const L = labels.length;

/** The base folder's int16 weights back as floats (pruned entries are zero). */
const baseFloats = (): FloatWeights => floatsOf(decodeWeights(readFileSync(join(base, file.path)), labels));

const crf = readFloatDump(opt('--dump'));
const bits = Math.log2(crf.w.length / L);
if (!Number.isInteger(bits)) throw new Error(`dump has ${crf.w.length} weights, not ${L} x 2^bits`);
centreRows(crf.w, L);
let weights = crf;
let method = `linear-chain CRF (scripts/ner/torch/train_crf.py) on the ${tagger} features dumped by scripts/quotes/torch/dump-features.ts`;
if (alpha > 0) {
  const p = baseFloats();
  if (p.w.length !== crf.w.length) throw new Error('base cue model and CRF dump differ in hash size');
  centreRows(p.w, L);
  const a = alpha / norm(p);
  if (tagger === 'cue') console.log(`norms: perceptron ${norm(p).toFixed(2)}, CRF ${norm(crf).toFixed(2)}; perceptron bias ${manifest.cueBias ?? 0} is ${(a * (manifest.cueBias ?? 0)).toExponential(3)} here`);
  const b = (1 - alpha) / norm(crf);
  weights = {
    w: Float32Array.from(p.w, (v, k) => a * v + b * crf.w[k]!),
    tw: Float64Array.from(p.tw, (v, k) => a * v + b * crf.tw[k]!),
    sw: Float64Array.from(p.sw, (v, k) => a * v + b * crf.sw[k]!),
  };
  method = `${alpha} x the ${tagger} tagger of ${manifest.name} ${manifest.version} / its norm + ${(1 - alpha).toFixed(2)} x ${method} / its norm (Frobenius, after row centring)`;
}
const q = quantise(labels, bits, weights, prune);
const bin = encodeWeights(q);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, file.path), bin);
const keep = manifest.files[other];
if (join(base, keep.path) !== join(out, keep.path)) copyFileSync(join(base, keep.path), join(out, keep.path));
manifest.files[tagger] = { ...file, sha256: sha256(bin) };
manifest.cueBias = Number(opt('--cue-bias', String(manifest.cueBias ?? 0)));
manifest.version = opt('--version', manifest.version);
manifest.description = 'Attribution extractor (Citron-like): BIO cue tagger per sentence, then a BIO source/content tagger over the window (sentence +- 1) around each cue; each tagger is an averaged perceptron, a linear-chain CRF or a weight-space mix of the two (training.cueMethod / training.roleMethod, absent: perceptron); hashed features, sparse int16 weights (NER weight format)';
manifest.training = {
  ...manifest.training,
  [`${tagger}Method`]: method, [`${tagger}Prune`]: prune, [`${tagger}Rows`]: q.buckets.length,
  [`${tagger}Command`]: opt('--command', `npx tsx scripts/quotes/torch/ship-tagger.ts ${args.join(' ')}`),
};
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${out}: ${tagger} ${q.buckets.length} rows, ${q.values.length} weights, ${(bin.length / 1e6).toFixed(2)} MB, scale ${q.scale.toExponential(3)}`);
