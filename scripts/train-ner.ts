/**
 * Trains a named-entity tagger (averaged structured perceptron, see scripts/ner/perceptron.ts) and
 * writes models/ner-<name>/: weights.bin (int8, gzip), gazetteer.tsv, clusters.tsv, manifest.json.
 *
 * usage: npx tsx scripts/train-ner.ts --corpus ontonotes|conll [--name NAME] [--epochs N]
 *          [--bits B] [--no-gazetteer] [--clusters FILE] [--two-pass] [--limit SENTENCES] [--out DIR]
 * Reads ../shared/data (never a test split); picks the epoch with the best dev F1.
 * Single-threaded by design (the machine is shared).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../src/core/hash.js';
import { modelPath, sharedPath } from '../src/core/paths.js';
import { clusterTable } from '../src/nlp/ner/clusters.js';
import { FEATURE_SET_VERSION, FeatureExtractor, type FeatureResources, type TokenFeatures } from '../src/nlp/ner/features.js';
import { Gazetteer, parseGazetteer } from '../src/nlp/ner/gazetteer.js';
import { bioLabels, labelSet } from '../src/nlp/ner/labels.js';
import { documentHints } from '../src/nlp/ner/model.js';
import { encodeWeights } from '../src/nlp/ner/weights-file.js';
import { buildGazetteer, GAZETTEER_CATEGORIES } from './ner/build-gazetteer.js';
import { addCounts, f1, readLabelled, type LabelledDoc, type Prf } from './ner/data.js';
import { Perceptron, quantise } from './ner/perceptron.js';
import { writeFloatDump } from './ner/float-dump.js';

const args = process.argv.slice(2);
const opt = (n: string, d?: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const flag = (n: string): boolean => args.includes(n);

const corpus = opt('--corpus', 'ontonotes')!;
const name = opt('--name', corpus)!;
const epochs = Number(opt('--epochs', '10'));
const bits = Number(opt('--bits', '20'));
const limit = Number(opt('--limit', '0'));
const useGazetteer = !flag('--no-gazetteer');
const clustersFile = opt('--clusters');
const twoPass = flag('--two-pass');
const seed = Number(opt('--seed', '1'));
const prune = Number(opt('--prune', '0'));

const CORPORA = {
  ontonotes: { train: sharedPath('data/ontonotes5-ner/train.bio'), dev: sharedPath('data/ontonotes5-ner/development.bio'), scheme: 'bio' as const },
  conll: { train: sharedPath('data/conll2003/eng.train'), dev: sharedPath('data/conll2003/eng.testa'), scheme: 'iob1' as const },
};
const spec = CORPORA[corpus as keyof typeof CORPORA];
if (!spec) throw new Error(`--corpus must be ontonotes or conll, got ${corpus}`);

const t0 = performance.now();
const log = (...a: unknown[]): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s]`, ...a);

let train = readLabelled(spec.train, spec.scheme);
const dev = readLabelled(spec.dev, spec.scheme);
if (limit) {
  let left = limit;
  train = train.filter((d) => { const keep = left > 0; left -= d.sentences.length; return keep; });
}
const types = [...new Set(train.flatMap((d) => d.sentences.flatMap((s) => s.tags.filter((t) => t !== 'O').map((t) => t.slice(2)))))].sort();
const labels = bioLabels(types);
const set = labelSet(labels);
const labelIndex = new Map(labels.map((l, i) => [l, i]));
log(`${corpus}: ${train.length} train docs, ${dev.length} dev docs, ${labels.length} labels`);

// --out writes elsewhere than models/: the perceptron that gives the CRF its first pass (scripts/ner/torch).
const outDir = opt('--out') ?? modelPath(`ner-${name}`);
const tmpDir = join('/tmp', `ner-build-${name}-${process.pid}`);
mkdirSync(tmpDir, { recursive: true });

let gazetteer: Gazetteer | null = null;
if (useGazetteer) {
  const entries = buildGazetteer();
  writeFileSync(join(tmpDir, 'gazetteer.tsv'), entries.map(([c, p]) => `${c}\t${p}`).join('\n') + '\n');
  gazetteer = new Gazetteer(GAZETTEER_CATEGORIES, parseGazetteer(readFileSync(join(tmpDir, 'gazetteer.tsv'), 'utf8')));
  log(`gazetteer: ${entries.length} entries`);
}
const clusters = clustersFile ? clusterTable(readFileSync(clustersFile, 'utf8')) : null;
if (clustersFile) log(`clusters: ${clusters?.size} words from ${clustersFile}`);
const resources: FeatureResources = { gazetteer, clusters };
const extractor = new FeatureExtractor(bits, resources);
const model = new Perceptron(set, bits);

const goldIndices = (tags: readonly string[]): Int32Array => Int32Array.from(tags, (t) => labelIndex.get(t) ?? 0);

/**
 * Two-pass training needs document hints on the training data that look like the hints at run
 * time (from an imperfect first pass): a 2-fold jackknife would double the time, so the hints
 * are taken from the current model's own predictions, refreshed each epoch.
 */
interface Item { doc: number; sent: number; feats: TokenFeatures; gold: Int32Array }
const cacheFeatures = (docs: LabelledDoc[], hints?: Int32Array[][]): Item[] => {
  const items: Item[] = [];
  docs.forEach((d, di) => d.sentences.forEach((s, si) => {
    items.push({ doc: di, sent: si, feats: extractor.extract(s.words, hints?.[di]?.[si]), gold: goldIndices(s.tags) });
  }));
  return items;
};
const predictDocs = (docs: LabelledDoc[], w?: { w: Float32Array; tw: Float64Array; sw: Float64Array }, hints?: Int32Array[][]): Int32Array[][] =>
  docs.map((d, di) => d.sentences.map((s, si) => {
    const out = new Int32Array(s.words.length);
    model.decode(extractor.extract(s.words, hints?.[di]?.[si]), s.words.length, out, w?.w, w?.tw, w?.sw);
    return out;
  }));
const hintsFor = (docs: LabelledDoc[], pred: Int32Array[][]): Int32Array[][] =>
  docs.map((d, di) => documentHints(d.sentences.map((s) => s.words), pred[di]!, labels).map((h) => h));
const evaluate = (docs: LabelledDoc[], pred: Int32Array[][]): { f: number; per: Map<string, Prf> } => {
  const per = new Map<string, Prf>();
  docs.forEach((d, di) => d.sentences.forEach((s, si) => addCounts(per, s.tags, Array.from(pred[di]![si]!, (y) => labels[y]!))));
  return { f: f1(per), per };
};

/** Writes the model folder; called after every epoch that improves dev F1, so a stopped run leaves its best. */
function save(): void {
const trainSeconds = (performance.now() - t0) / 1000;
  const weights = quantise(labels, bits, best.weights!, prune);
  // The float weights, for re-quantising without retraining (scripts/ner/requantise.ts).
  writeFloatDump(join('/tmp', `ner-float-${name}.bin`), best.weights!);
  const bin = encodeWeights(weights);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'weights.bin'), bin);
  const files: Record<string, unknown> = { weights: { path: 'weights.bin', sha256: sha256(bin) } };
  if (gazetteer) {
    copyFileSync(join(tmpDir, 'gazetteer.tsv'), join(outDir, 'gazetteer.tsv'));
    files.gazetteer = { path: 'gazetteer.tsv', sha256: sha256(readFileSync(join(outDir, 'gazetteer.tsv'))), categories: GAZETTEER_CATEGORIES };
  }
  if (clustersFile) {
    copyFileSync(clustersFile, join(outDir, 'clusters.tsv'));
    files.clusters = { path: 'clusters.tsv', sha256: sha256(readFileSync(join(outDir, 'clusters.tsv'))) };
  } else if (existsSync(join(outDir, 'clusters.tsv'))) {
    // A stale clusters file from an earlier run would not be listed; leave it for the next run.
  }
  const pct = (x: number): number => Math.round(x * 10000) / 100;
  const manifest = {
    name,
    version: opt('--version', '1.0.0'),
    description: `Averaged structured perceptron NER (${corpus} types), hashed features (2^${bits}), sparse int16 weights, BIO Viterbi`,
    labels,
    featureSetVersion: FEATURE_SET_VERSION,
    twoPass,
    files,
    training: {
      command: `npx tsx scripts/train-ner.ts ${args.join(' ')}`,
      data: corpus === 'ontonotes'
        ? 'OntoNotes 5.0 English NER train.bio (../shared/data/ontonotes5-ner), tuned on development.bio'
        : 'CoNLL-2003 English eng.train (../shared/data/conll2003), IOB1 converted to BIO, tuned on eng.testa',
      epochs, bestEpoch: best.epoch, seconds: Math.round(trainSeconds), hashBits: bits,
      rows: weights.buckets.length, nonzero: weights.values.length, prune, scale: weights.scale, curve,
      date: new Date().toISOString(),
    },
    dev: {
      f1: pct(best.f),
      note: 'float weights at the best epoch, measured by the trainer; eval:ner measures the shipped int8 model',
      types: Object.fromEntries([...best.per].sort().map(([t, r]) => [t, { p: pct(r.tp / Math.max(1, r.tp + r.fp)), r: pct(r.tp / Math.max(1, r.tp + r.fn)) }])),
    },
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  log(`wrote ${outDir}: ${weights.buckets.length} rows, ${(bin.length / 1e6).toFixed(1)} MB, best epoch ${best.epoch}, dev F1 ${pct(best.f)}`);
}

let items = cacheFeatures(train);
log(`features cached: ${items.reduce((a, it) => a + it.feats.feats.length, 0)} feature occurrences`);
let rng = seed;
const rand = (): number => { rng = (Math.imul(rng, 1103515245) + 12345) >>> 0; return rng / 4294967296; };
let best: { f: number; epoch: number; weights: ReturnType<Perceptron['averaged']> | null; per: Map<string, Prf> } = { f: -1, epoch: 0, weights: null, per: new Map<string, Prf>() };
const curve: { epoch: number; devF1: number; trainErrors: number }[] = [];
for (let e = 1; e <= epochs; e++) {
  for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [items[i], items[j]] = [items[j]!, items[i]!]; }
  let wrong = 0;
  for (const it of items) if (model.learn(it.feats, it.gold)) wrong++;
  const avg = model.averaged();
  let pred = predictDocs(dev, avg);
  if (twoPass) pred = predictDocs(dev, avg, dev.map((d, di) => documentHints(d.sentences.map((s) => s.words), pred[di]!, labels)));
  const { f, per } = evaluate(dev, pred);
  curve.push({ epoch: e, devF1: f, trainErrors: wrong });
  log(`epoch ${e}: ${wrong}/${items.length} train sentences wrong, dev F1 ${(100 * f).toFixed(2)}`);
  if (f > best.f) { best = { f, epoch: e, weights: avg, per }; save(); }
  if (twoPass && e < epochs) {
    // Refresh training hints from the current averaged model (see the note above).
    const trainPred = predictDocs(train, avg);
    items = cacheFeatures(train, hintsFor(train, trainPred));
  }
}
log(`done: best epoch ${best.epoch}, dev F1 ${(100 * best.f).toFixed(2)}`);
