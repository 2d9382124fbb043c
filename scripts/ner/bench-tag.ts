/**
 * Tagging throughput of a shipped NER model on a CoNLL-style file: tokens per CPU second (user +
 * system time of this process, so other load on the machine does not count) and per wall second.
 * usage: npx tsx scripts/ner/bench-tag.ts [--model NAME | --dir MODEL_DIR] [--file F] [--repeat N]
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../src/core/paths.js';
import { conllDocuments, parseConll } from '../../src/nlp/ner/conll.js';
import { loadNerModel, loadNerModelFrom } from '../../src/nlp/ner/model-loader.js';

const args = process.argv.slice(2);
const opt = (n: string, d: string): string => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] ?? d : d; };
const file = opt('--file', sharedPath('data/ontonotes5-ner/development.bio'));
const repeat = Number(opt('--repeat', '1'));
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

const c0 = cpu(); const w0 = performance.now();
const model = args.includes('--dir') ? loadNerModelFrom(opt('--dir', '')) : loadNerModel(opt('--model', 'ontonotes'));
console.log(`load: ${(cpu() - c0).toFixed(2)} s CPU, ${((performance.now() - w0) / 1000).toFixed(2)} s wall`);
const docs = conllDocuments(parseConll(readFileSync(file, 'utf8'))).map((d) => d.sentences.map((s) => s.words));
let tokens = 0;
for (const d of docs.slice(0, 30)) model.tagDocument(d);
const c1 = cpu(); const w1 = performance.now();
for (let r = 0; r < repeat; r++) for (const d of docs) { model.tagDocument(d); for (const s of d) tokens += s.length; }
const cs = cpu() - c1; const ws = (performance.now() - w1) / 1000;
console.log(`tagging: ${tokens} tokens, ${Math.round(tokens / cs)} tokens/CPU-s, ${Math.round(tokens / ws)} tokens/wall-s; peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
