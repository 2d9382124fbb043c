/**
 * `npm run eval:ner`: tags the dev splits with the shipped models and prints per-type and overall
 * P/R/F1 from ../shared/eval/score-ner.mjs, plus tagging throughput (tokens/s, one core).
 * usage: npx tsx scripts/eval-ner.ts [--model NAME] [--conll-model NAME] [--only ontonotes|conll] [--no-rules]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { conllDocuments, parseConll } from '../src/nlp/ner/conll.js';
import { loadNerModel } from '../src/nlp/ner/model-loader.js';
import { tagConllText } from '../src/nlp/ner/tag-conll.js';

const args = process.argv.slice(2);
const opt = (n: string, d?: string): string | undefined => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const only = opt('--only');
const rules = !args.includes('--no-rules');
const scorer = sharedPath('eval/score-ner.mjs');

function run(label: string, gold: string, modelName: string, labels: 'ontonotes' | 'conll'): void {
  if (!existsSync(gold)) { console.log(`${label}: ${gold} not found, skipped`); return; }
  const t0 = performance.now();
  const model = loadNerModel(modelName);
  const loadMs = performance.now() - t0;
  const text = readFileSync(gold, 'utf8');
  const docs = conllDocuments(parseConll(text, gold));
  const tokens = docs.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.words.length, 0), 0);
  // Throughput of the tagger alone (features + scores + Viterbi, both passes), after a warm-up.
  for (const d of docs.slice(0, 20)) model.tagDocument(d.sentences.map((s) => s.words));
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const t1 = performance.now();
  const c1 = cpu();
  for (const d of docs) model.tagDocument(d.sentences.map((s) => s.words));
  const secs = (performance.now() - t1) / 1000;
  const cpuSecs = cpu() - c1;
  const out = `/tmp/ner-eval-${label}-${process.pid}.tsv`;
  writeFileSync(out, tagConllText(model, text, { labels, rules }, gold).join('\n') + '\n');
  console.log(`\n== ${label}: model ner-${modelName} (${model.info.version}), gold ${gold}`);
  console.log(execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', out], { encoding: 'utf8' }).trimEnd());
  const mem = process.memoryUsage();
  console.log(`speed: ${tokens} tokens, ${Math.round(tokens / cpuSecs)} tokens/CPU-s, ${Math.round(tokens / secs)} tokens/wall-s (one thread); model load ${loadMs.toFixed(0)} ms; rss ${(mem.rss / 1e6).toFixed(0)} MB`);
}

if (only !== 'conll') run('ontonotes-dev', sharedPath('data/ontonotes5-ner/development.bio'), opt('--model', 'ontonotes')!, 'ontonotes');
if (only !== 'ontonotes') {
  const conllModel = opt('--conll-model') ?? (existsSync(new URL('../models/ner-conll/manifest.json', import.meta.url)) ? 'conll' : 'ontonotes');
  run('conll-testa', sharedPath('data/conll2003/eng.testa'), conllModel, 'conll');
}
