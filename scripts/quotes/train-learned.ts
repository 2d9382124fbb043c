/**
 * Trains the learned attribution extractor on PolNeAR train, chooses epochs on PolNeAR dev, and
 * writes models/quotes-<name>/ (two sparse int16 weight files in the NER format + manifest.json).
 * usage: nice npx tsx scripts/quotes/train-learned.ts [--epochs 8] [--bits 20] [--name polnear] [--limit N]
 *   [--prune 0.002]  (drop averaged weights below this fraction of the largest, as scripts/ner does)
 * (a) cue tagger: O / B-CUE / I-CUE over each sentence; (b) role tagger: O / B-SRC / I-SRC /
 * B-CON / I-CON over the window around each gold cue (one example per attribution, so nested
 * attributions each get their own view). Both are averaged structured perceptrons (scripts/ner).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/core/hash.js';
import { modelPath } from '../../src/core/paths.js';
import { bioLabels, labelSet } from '../../src/nlp/ner/labels.js';
import type { NerWeights } from '../../src/nlp/ner/model.js';
import { encodeWeights } from '../../src/nlp/ner/weights-file.js';
import { CueFeatures, LEARNED_FEATURE_VERSION, RoleFeatures } from '../../src/nlp/quotes/learned/features.js';
import { LearnedQuoteModel } from '../../src/nlp/quotes/learned/model.js';
import { SparseTagger } from '../../src/nlp/quotes/learned/tagger.js';
import { Perceptron, quantise } from '../ner/perceptron.js';
import { cueExamples, roleExamples, type Example } from './examples.js';
import { readPolnear } from './polnear-data.js';
import { LocalScore } from './score-local.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const epochs = Number(arg('--epochs', '8'));
const bits = Number(arg('--bits', '20'));
const name = arg('--name', 'polnear');
const limit = Number(arg('--limit', '0'));
const prune = Number(arg('--prune', '0.002'));
// --out DIR: write the model elsewhere than models/quotes-<name>/ (to compare before shipping).
const outDir = arg('--out', '');
const t0 = performance.now();
const secs = (): string => ((performance.now() - t0) / 1000).toFixed(0);

const CUE_LABELS = bioLabels(['CUE']);
const ROLE_LABELS = bioLabels(['SRC', 'CON']);
const cueSet = labelSet(CUE_LABELS);
const roleSet = labelSet(ROLE_LABELS);

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function train(label: string, p: Perceptron, examples: Example[], evaluate: (w: NerWeights) => number, labels: string[]): { weights: NerWeights; curve: { epoch: number; dev: number; errors: number }[]; best: number } {
  let best: NerWeights | null = null;
  let bestScore = -1;
  let bestEpoch = 0;
  const curve: { epoch: number; dev: number; errors: number }[] = [];
  for (let e = 1; e <= epochs; e++) {
    let errors = 0;
    for (const ex of shuffle(examples, 17 + e)) if (p.learn(ex.f, ex.gold)) errors++;
    const w = quantise(labels, bits, p.averaged(), prune);
    const dev = evaluate(w);
    curve.push({ epoch: e, dev, errors });
    console.error(`[${secs()} s] ${label} epoch ${e}: ${errors} wrong examples, dev ${(100 * dev).toFixed(2)}`);
    if (dev > bestScore) { bestScore = dev; best = w; bestEpoch = e; }
  }
  return { weights: best!, curve, best: bestEpoch };
}

/** Token-level span F1 of the cue tagger on dev sentences. */
function cueF1(w: NerWeights, examples: Example[]): number {
  const t = new SparseTagger(w);
  let tp = 0, np = 0, ng = 0;
  for (const ex of examples) {
    const pred = t.spans(t.tag(ex.f, ex.gold.length));
    const gold = t.spans(ex.gold);
    np += pred.length; ng += gold.length;
    tp += pred.filter((p) => gold.some((g) => g.from === p.from && g.to === p.to)).length;
  }
  return np + ng ? (2 * tp) / (np + ng) : 0;
}

const train_ = readPolnear('train', limit);
const dev = readPolnear('dev');
console.error(`[${secs()} s] read ${train_.length} train, ${dev.length} dev documents`);
const cueFx = new CueFeatures(bits);
const roleFx = new RoleFeatures(bits);
const cueTrain = cueExamples(train_, cueFx);
const cueDev = cueExamples(dev, cueFx);
const roleTrain = roleExamples(train_, roleFx);
console.error(`[${secs()} s] ${cueTrain.length} cue examples, ${roleTrain.length} role examples`);

const cue = train('cue', new Perceptron(cueSet, bits), cueTrain, (w) => cueF1(w, cueDev), CUE_LABELS);
cueTrain.length = 0;
const cueTagger = new SparseTagger(cue.weights);
const endToEnd = (role: NerWeights, cueBias = 0): ReturnType<LocalScore['summary']> => {
  const model = new LearnedQuoteModel({ name, version: 'dev' }, cueTagger, new SparseTagger(role));
  model.cueBias = cueBias;
  const score = new LocalScore();
  for (const d of dev) score.add(d.text, d.gold, model.attributions(d.text, d.tokens, d.sentences));
  return score.summary();
};
const role = train('role', new Perceptron(roleSet, bits), roleTrain, (w) => { const s = endToEnd(w); return (s.content.f + s.attribution) / 2; }, ROLE_LABELS);
// The cue tagger's B-CUE bias: more cues trade precision for recall (the gap the model fills).
let cueBias = 0;
let final = endToEnd(role.weights, 0);
const biasCurve: { bias: number; content: number; attribution: number }[] = [];
for (const b of [2, 4, 6, 8, 10, 12, 16, 20]) {
  const s = endToEnd(role.weights, b);
  biasCurve.push({ bias: b, content: s.content.f, attribution: s.attribution });
  console.error(`[${secs()} s] cue bias ${b}: content F1 ${(100 * s.content.f).toFixed(1)}, attribution F1 ${(100 * s.attribution).toFixed(1)}`);
  if (s.content.f + s.attribution > final.content.f + final.attribution) { final = s; cueBias = b; }
}
console.error(`[${secs()} s] dev (learned alone, cue bias ${cueBias}): content overlap P ${(100 * final.content.p).toFixed(1)} R ${(100 * final.content.r).toFixed(1)} F1 ${(100 * final.content.f).toFixed(1)}, attribution F1 ${(100 * final.attribution).toFixed(1)}`);

const dir = outDir || modelPath(`quotes-${name}`);
mkdirSync(dir, { recursive: true });
const cueBytes = encodeWeights(cue.weights);
const roleBytes = encodeWeights(role.weights);
writeFileSync(join(dir, 'cue.bin'), cueBytes);
writeFileSync(join(dir, 'role.bin'), roleBytes);
const manifest = {
  name,
  version: '1.0.0',
  description: 'Attribution extractor (Citron-like): averaged-perceptron BIO cue tagger per sentence, then a BIO source/content tagger over the window (sentence +- 1) around each cue; hashed features, sparse int16 weights (NER weight format)',
  featureSetVersion: LEARNED_FEATURE_VERSION,
  cueBias,
  files: {
    cue: { path: 'cue.bin', sha256: sha256(cueBytes), labels: CUE_LABELS },
    role: { path: 'role.bin', sha256: sha256(roleBytes), labels: ROLE_LABELS },
  },
  training: {
    command: `nice npx tsx scripts/quotes/train-learned.ts --epochs ${epochs} --bits ${bits} --name ${name} --prune ${prune}${limit ? ` --limit ${limit}` : ''}`,
    data: `PolNeAR train (../shared/data/polnear/data/train, ${train_.length} documents, first annotator file per document, ${roleTrain.length} attributions with a cue); epochs chosen on PolNeAR dev (${dev.length} documents)`,
    hashBits: bits,
    prune,
    epochs,
    cue: { bestEpoch: cue.best, curve: cue.curve, note: 'dev: exact cue span F1 on gold sentences' },
    cueBiasCurve: biasCurve,
    role: { bestEpoch: role.best, curve: role.curve, note: 'dev: mean of content overlap F1 and attribution F1, learned extractor alone, in-process scorer' },
    seconds: Math.round((performance.now() - t0) / 1000),
    date: new Date().toISOString(),
  },
  dev: {
    learnedAlone: { contentOverlap: final.content, attributionF1: final.attribution, note: 'scripts/quotes/score-local.ts on PolNeAR dev, the learned extractor without the rules' },
  },
};
writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.error(`[${secs()} s] wrote ${dir} (cue ${cueBytes.length} B, role ${roleBytes.length} B)`);
