/**
 * The learned attribution extractor alone (no rules) on PolNeAR: writes one record per article
 * with only the model's quotes (speakers as the quotes component resolves them), then runs the
 * shared scorer. Compare with `npx tsx scripts/eval-polnear.ts`, which measures rules + model.
 * usage: npx tsx scripts/quotes/eval-learned.ts [--split dev] [--out /tmp/quotes-learned-pred] [--model DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { newAnalysis } from '../../src/core/analysis.js';
import { sharedPath } from '../../src/core/paths.js';
import { toRecord } from '../../src/core/record.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { defaultPipeline } from '../../src/nlp/default-pipeline.js';
import { learnedQuotes, loadQuoteModel, loadQuoteModelFrom } from '../../src/nlp/quotes/learned/index.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const split = arg('--split', 'dev');
const outDir = arg('--out', '/tmp/quotes-learned-pred');
const modelDir = arg('--model', '');
const corpus = sharedPath('data', 'polnear', 'data', split);
const model = modelDir ? loadQuoteModelFrom(modelDir) : loadQuoteModel();
const pipeline = defaultPipeline({ quoteSpeakers: 'all' });
const before = pipeline.components.filter((c) => !['quotes', 'events', 'topics'].includes(c.name));
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(join(corpus, 'text', file), 'utf8');
  const text = normalizeText(raw);
  const a = newAnalysis({ id: basename(file, '.txt'), text: text.length === raw.length ? text : raw, date: null, url: null, source: null, title: null, meta: {} });
  for (const c of before) c.run(a);
  a.quotes = learnedQuotes(a, model);
  writeFileSync(join(outDir, `${a.doc.id}.json`), JSON.stringify(toRecord(a, { version: pipeline.version, components: before.map((c) => c.name) })));
}
process.stdout.write(execFileSync('node', [sharedPath('eval', 'score-polnear.mjs'), '--corpus', corpus, '--pred', outDir, ...process.argv.filter((x) => x === '--json')], { encoding: 'utf8' }));
