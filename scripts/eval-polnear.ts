/**
 * Quotation eval on PolNeAR dev: runs the pipeline over every DIR/text/*.txt, writes one document
 * record per article to OUT/<name>.json, then runs the shared scorer (content overlap, attribution).
 * usage: npx tsx scripts/eval-polnear.ts [--split dev] [--out /tmp/polnear-pred] [--limit N] [--speakers all|persons]
 *   [--model DIR] [--cue-bias B]  (measure a candidate learned model folder, or another cue bias, before shipping)
 * A component that fails (e.g. a model not yet trained) is reported once and skipped, so the quote
 * rules can be measured while the rest of the pipeline is being built.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { newAnalysis } from '../src/core/analysis.js';
import { sharedPath } from '../src/core/paths.js';
import { toRecord } from '../src/core/record.js';
import { normalizeText } from '../src/ingest/normalize.js';
import { defaultPipeline } from '../src/nlp/default-pipeline.js';
import { loadQuoteModel, loadQuoteModelFrom, useQuoteModel } from '../src/nlp/quotes/learned/index.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const split = arg('--split', 'dev');
const outDir = arg('--out', '/tmp/polnear-pred');
const limit = Number(arg('--limit', '0'));
const speakers = arg('--speakers', 'all') === 'persons' ? 'persons' : 'all';
const corpus = sharedPath('data', 'polnear', 'data', split);
const modelDir = arg('--model', '');
if (modelDir) useQuoteModel(loadQuoteModelFrom(modelDir));
const cueBias = arg('--cue-bias', '');
if (cueBias) loadQuoteModel().cueBias = Number(cueBias);

// PolNeAR annotates every source (institutions and unnamed ones too): 'all' by default here.
const pipeline = defaultPipeline({ quoteSpeakers: speakers });
const components = pipeline.components;
const failed = new Set<string>();
mkdirSync(outDir, { recursive: true });
let files = readdirSync(join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort();
if (limit > 0) files = files.slice(0, limit);
const t0 = performance.now();
for (const file of files) {
  const raw = readFileSync(join(corpus, 'text', file), 'utf8');
  const text = normalizeText(raw);
  // The scorer reads gold offsets into the raw file: only a normalisation that keeps lengths is usable.
  const doc = { id: basename(file, '.txt'), text: text.length === raw.length ? text : raw, date: null, url: null, source: null, title: null, meta: {} };
  const a = newAnalysis(doc);
  for (const c of components) {
    try { c.run(a); } catch (e) {
      if (!failed.has(c.name)) console.error(`component ${c.name} failed, skipped: ${(e as Error).message}`);
      failed.add(c.name);
    }
  }
  writeFileSync(join(outDir, `${doc.id}.json`), JSON.stringify(toRecord(a, { version: pipeline.version, components: pipeline.components.map((c) => c.name) })));
}
console.error(`${files.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${outDir}`);
const scorer = sharedPath('eval', 'score-polnear.mjs');
process.stdout.write(execFileSync('node', [scorer, '--corpus', corpus, '--pred', outDir, ...process.argv.filter((x) => x === '--json')], { encoding: 'utf8' }));
