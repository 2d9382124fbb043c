/**
 * Weight-space ensemble of the shipped averaged perceptron and a CRF trained on the same hashed
 * features (scripts/ner/torch/train_crf.py). Both score a tag sequence as a sum of emission and
 * transition weights decoded by the same BIO Viterbi, so alpha * perceptron / |perceptron| +
 * (1 - alpha) * crf / |crf| is again one linear model with the same runtime cost per token.
 * The perceptron's weights are its shipped int16 rows times their scale (it was quantised without
 * pruning); each model is divided by its Frobenius norm (emissions, transitions and starts)
 * because the perceptron's scale is arbitrary. Each mix is written as a float dump and handed to
 * ship-crf.ts, which centres, prunes, quantises and measures dev F1 with the TypeScript tagger.
 * Several CRFs (--crf a.bin,b.bin: different runs on the same dump) share the CRF part equally,
 * each divided by its own norm; likewise several perceptrons (--perceptrons a,b: the same
 * training run with other shuffling seeds), the first-pass model being the default and only one.
 *
 * usage: npx tsx scripts/ner/torch/ensemble.ts [--crf /tmp/nerw/crf-onto-c.bin] [--alphas 0.3,0.5,0.7]
 *          [--prune 0.005] [--first-pass models/ner-ontonotes] [--version 1.3.0] [--out-prefix /tmp/ner-ens]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerManifest } from '../../../src/nlp/ner/model-loader.js';
import { decodeWeights } from '../../../src/nlp/ner/weights-file.js';
import { floatsOf, frobeniusNorm as norm, readFloatDump, writeFloatDump, type FloatWeights } from '../float-dump.js';
import { centreRows } from './centre-rows.js';

const args = process.argv.slice(2);
const opt = (n: string, d: string): string => { const i = args.indexOf(n); return i >= 0 ? args[i + 1]! : d; };
const crfPath = opt('--crf', '/tmp/nerw/crf-onto-c.bin');
const crfPaths = crfPath.split(',');
const alphas = opt('--alphas', '0.3,0.5,0.7').split(',').map(Number);
const prune = opt('--prune', '0.005');
const firstPass = opt('--first-pass', 'models/ner-ontonotes');
const version = opt('--version', '1.3.0');
const prefix = opt('--out-prefix', '/tmp/ner-ens');
const perceptronDirs = opt('--perceptrons', firstPass).split(',');
/** The CRF trainer's per-epoch log (train_crf.py --log), kept in the manifest as the learning curve. */
const runs = opt('--runs', '');

/** A shipped perceptron folder's weights as floats. */
function perceptronFloats(dir: string): FloatWeights {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as NerManifest;
  return floatsOf(decodeWeights(readFileSync(join(dir, manifest.files.weights.path)), manifest.labels));
}

const L = (JSON.parse(readFileSync(join(firstPass, 'manifest.json'), 'utf8')) as NerManifest).labels.length;
// Centring changes no decision (centre-rows.ts) and keeps a row's shared offset out of the norm.
const p = meanOfNormalised(perceptronDirs.map((dir) => () => perceptronFloats(dir)), perceptronDirs);
const c = meanOfNormalised(crfPaths.map((path) => () => readFloatDump(path)), crfPaths);

/** The mean of several models of one family, each row-centred and divided by its Frobenius norm. */
function meanOfNormalised(models: readonly (() => FloatWeights)[], names: readonly string[]): FloatWeights {
  let sum: FloatWeights | null = null;
  models.forEach((load, m) => {
    const f = load();
    if (sum && (sum.w.length !== f.w.length || sum.tw.length !== f.tw.length)) throw new Error(`shape mismatch: ${sum.w.length} vs ${f.w.length} (${names[m]})`);
    centreRows(f.w, L);
    const n = norm(f);
    console.log(`norm: ${names[m]} ${n.toFixed(3)}`);
    const k = 1 / (n * models.length);
    if (!sum) sum = { w: f.w.map((v) => v * k), tw: f.tw.map((v) => v * k), sw: f.sw.map((v) => v * k) };
    else {
      for (let i = 0; i < f.w.length; i++) sum.w[i] = sum.w[i]! + f.w[i]! * k;
      for (let i = 0; i < f.tw.length; i++) sum.tw[i] = sum.tw[i]! + f.tw[i]! * k;
      for (let i = 0; i < f.sw.length; i++) sum.sw[i] = sum.sw[i]! + f.sw[i]! * k;
    }
  });
  if (!sum) throw new Error('no models to mix');
  return sum;
}

for (const alpha of alphas) {
  const a = alpha;
  const b = 1 - alpha;
  const mix: FloatWeights = {
    w: Float32Array.from(p.w, (v, k) => a * v + b * c.w[k]!),
    tw: Float64Array.from(p.tw, (v, k) => a * v + b * c.tw[k]!),
    sw: Float64Array.from(p.sw, (v, k) => a * v + b * c.sw[k]!),
  };
  const dump = `${prefix}-${alpha}.bin`;
  const out = `${prefix}-${alpha}`;
  writeFloatDump(dump, mix);
  const command = `npx tsx scripts/ner/torch/ensemble.ts --crf ${crfPath} --perceptrons ${perceptronDirs.join(',')} --alphas ${alpha} --prune ${prune} --first-pass ${firstPass} --version ${version} --out-prefix ${prefix}`;
  execFileSync('nice', ['npx', 'tsx', 'scripts/ner/torch/ship-crf.ts', '--name', 'ontonotes', '--corpus', 'ontonotes', '--dump', dump,
    '--first-pass', firstPass, '--prune', prune, '--version', version, '--out', out, '--command', command,
    ...(runs ? ['--runs', runs] : [])], { stdio: 'inherit' });
  // ship-crf.ts describes a plain CRF; say what this model is.
  const mf = join(out, 'manifest.json');
  const m = JSON.parse(readFileSync(mf, 'utf8')) as { description: string; training: Record<string, unknown> };
  // The members' own training records: how each perceptron was trained and its learning curve.
  m.training.perceptrons = perceptronDirs.map((dir) => {
    const t = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { training?: Record<string, unknown> }).training ?? {};
    return { dir, command: t.command, epochs: t.epochs, bestEpoch: t.bestEpoch, seconds: t.seconds, curve: t.curve };
  });
  m.description = `Weight-space ensemble of averaged perceptron(s) and linear-chain CRF(s) on the same hashed features, row-centred sparse int16 weights, BIO Viterbi`;
  m.training.method = `alpha ${alpha} x the mean of perceptron(s) ${perceptronDirs.join(', ')} + ${(1 - alpha).toFixed(2)} x the mean of CRF(s) ${crfPaths.join(', ')}, each over its Frobenius norm after row centring, scripts/ner/torch/ensemble.ts`;
  writeFileSync(mf, JSON.stringify(m, null, 2) + '\n');
}
