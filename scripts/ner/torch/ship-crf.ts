/**
 * Turns the CRF trainer's float weights (scripts/ner/torch/train_crf.py) into a model folder in
 * the tagger's format: each emission row is centred, pruned and quantised to sparse int16 rows
 * (src/nlp/ner/weights-file.ts); gazetteer and clusters are copied from the first-pass model whose
 * resources the features were dumped with. The new model is measured on the dev split by the
 * TypeScript tagger itself (two passes, int16 weights) and, with --replace, copied over
 * models/ner-<name>/ only when its dev F1 beats the one there.
 *
 * usage: npx tsx scripts/ner/torch/ship-crf.ts --name NAME --corpus ontonotes|conll --dump W.bin
 *          --first-pass DIR [--prune 0.002] [--version V] [--runs runs.jsonl] [--seconds S]
 *          [--command "..."] [--out DIR] [--replace]
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../../src/core/hash.js';
import { modelPath, sharedPath } from '../../../src/core/paths.js';
import type { NerManifest } from '../../../src/nlp/ner/model-loader.js';
import { loadNerModelFrom } from '../../../src/nlp/ner/model-loader.js';
import { encodeWeights } from '../../../src/nlp/ner/weights-file.js';
import { addCounts, f1, readLabelled, type Prf } from '../data.js';
import { readFloatDump } from '../float-dump.js';
import { quantise } from '../perceptron.js';
import { centreRows } from './centre-rows.js';

const args = process.argv.slice(2);
const opt = (n: string, d?: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const need = (n: string): string => { const v = opt(n); if (v === undefined) throw new Error(`missing ${n}`); return v; };
const name = need('--name');
const corpus = need('--corpus');
const firstPass = need('--first-pass');
const prune = Number(opt('--prune', '0.002'));
const out = opt('--out', `/tmp/ner-crf-${name}`)!;
const DEV: Record<string, { path: string; scheme: 'bio' | 'iob1' }> = {
  ontonotes: { path: 'data/ontonotes5-ner/development.bio', scheme: 'bio' },
  conll: { path: 'data/conll2003/eng.testa', scheme: 'iob1' },
};
const dev = DEV[corpus];
if (!dev) throw new Error('--corpus ontonotes|conll');

const base = JSON.parse(readFileSync(join(firstPass, 'manifest.json'), 'utf8')) as NerManifest & { training: { hashBits: number } };
const floats = readFloatDump(need('--dump'));
const L = base.labels.length;
const bits = base.training.hashBits;
if (floats.w.length !== L << bits) throw new Error(`dump has ${floats.w.length} weights, expected ${L} x 2^${bits}`);
centreRows(floats.w, L);
const weights = quantise(base.labels, bits, floats, prune);
const bin = encodeWeights(weights);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'weights.bin'), bin);
const files: NerManifest['files'] = { ...base.files, weights: { path: 'weights.bin', sha256: sha256(bin) } };
for (const f of [base.files.gazetteer, base.files.clusters]) if (f) copyFileSync(join(firstPass, f.path), join(out, f.path));

const runs = opt('--runs') && existsSync(opt('--runs')!)
  ? readFileSync(opt('--runs')!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  : [];
const manifest = {
  name,
  version: opt('--version', base.version)!,
  description: `Linear-chain CRF NER (${corpus} types) trained offline with torch on the perceptron's hashed features (2^${bits}), row-centred sparse int16 weights, BIO Viterbi`,
  labels: base.labels,
  featureSetVersion: base.featureSetVersion,
  twoPass: base.twoPass,
  files,
  training: {
    method: `linear-chain CRF, NLL, AdaGrad (scripts/ner/torch/train_crf.py) on features dumped by scripts/ner/torch/dump-features.ts; training-set hints ${runs.some((r) => Number(r.jackknife) > 1) ? 'from 2-fold jackknife predictions' : 'from the first-pass perceptron'}`,
    command: opt('--command', 'npm run train:ner'),
    data: (base.training as Record<string, unknown>).data,
    seconds: Number(opt('--seconds', '0')),
    hashBits: bits,
    rows: weights.buckets.length,
    nonzero: weights.values.length,
    prune,
    scale: weights.scale,
    curve: runs,
    date: new Date().toISOString(),
  },
  dev: {} as Record<string, unknown>,
};
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

// Dev F1 of the folder as the tagger runs it.
const model = loadNerModelFrom(out);
const per = new Map<string, Prf>();
for (const d of readLabelled(sharedPath(dev.path), dev.scheme)) {
  const tagged = model.tagDocument(d.sentences.map((s) => s.words));
  d.sentences.forEach((s, k) => addCounts(per, s.tags, tagged[k]!));
}
const pct = (x: number): number => Math.round(x * 10000) / 100;
manifest.dev = {
  f1: pct(f1(per)),
  note: 'shipped int16 weights, two passes, measured by scripts/ner/torch/ship-crf.ts with the TypeScript tagger',
  types: Object.fromEntries([...per].sort().map(([t, r]) => [t, { p: pct(r.tp / Math.max(1, r.tp + r.fp)), r: pct(r.tp / Math.max(1, r.tp + r.fn)) }])),
};
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`${out}: prune ${prune}, ${weights.buckets.length} rows, ${weights.values.length} weights, ${(bin.length / 1e6).toFixed(2)} MB, dev F1 ${manifest.dev.f1}`);

if (args.includes('--replace')) {
  const target = modelPath(`ner-${name}`);
  const current = existsSync(join(target, 'manifest.json'))
    ? (JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as { dev?: { f1?: number } }).dev?.f1 ?? 0
    : 0;
  if (manifest.dev.f1 as number > current) {
    rmSync(target, { recursive: true, force: true });
    cpSync(out, target, { recursive: true });
    console.log(`replaced ${target} (dev F1 ${current} -> ${manifest.dev.f1 as number})`);
  } else console.log(`kept ${target}: its dev F1 ${current} >= ${manifest.dev.f1 as number}`);
}
