/**
 * `npm run bench`: throughput of each pipeline stage and of the whole pipeline on one core, next
 * to compromise and wink-nlp on the same texts in the same run.
 *
 * - Each system runs in a child process of its own, one after the other, so that each has one
 *   core (Node runs the analysis on one thread) and its own peak RSS and load time.
 * - Throughput is tokens per second with one denominator for every system: the number of tokens
 *   our tokenizer finds in the corpus (white-space words if the tokenizer yields none), stated in
 *   the results.
 * - Corpora: the examples/ articles repeated to a fixed size; and, when ../shared is present, the
 *   dev articles, reported separately. The texts are read at run time; results hold numbers only.
 * - Results: bench/results/<timestamp>.json and bench/results/latest.json, and a table.
 *
 * usage: node dist/bench/run.js [--words N] [--only SYSTEM]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newAnalysis } from '../src/core/analysis.js';
import { packageRoot } from '../src/core/paths.js';
import { tokenizerComponent } from '../src/nlp/tokenize/index.js';
import { countWords, devCorpus, examplesCorpus } from './corpus.js';
import { SYSTEMS } from './systems.js';
const args = process.argv.slice(2);
const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
/** Child mode: run one system on the corpus file and print its result as JSON. */
async function child(system, corpusFile) {
    const run = SYSTEMS[system];
    if (!run)
        throw new Error(`bench: unknown system ${system}`);
    const docs = JSON.parse(readFileSync(corpusFile, 'utf8'));
    process.stdout.write(JSON.stringify(await run(docs)) + '\n');
}
function countTokens(docs) {
    const tokenizer = tokenizerComponent();
    let tokens = 0;
    for (const d of docs) {
        const a = newAnalysis(d);
        tokenizer.run(a);
        tokens += a.tokens.count;
    }
    if (tokens > 0)
        return { tokens, how: 'tokens found by the communique tokenizer (src/nlp/tokenize)' };
    return { tokens: docs.reduce((n, d) => n + countWords(d.text), 0), how: 'white-space words (the tokenizer yielded no tokens)' };
}
function runChild(system, corpusFile) {
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', system, '--corpus', corpusFile], {
        encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
    });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    try {
        return JSON.parse(last);
    }
    catch {
        const lines = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n');
        const errorLine = lines.find((l) => /\b\w*Error\b/u.test(l)) ?? lines.slice(0, 3).join(' | ');
        return { system, error: errorLine.trim() };
    }
}
async function benchCorpus(corpus, systems, scratch) {
    const file = join(scratch, `${corpus.name}.json`);
    writeFileSync(file, JSON.stringify(corpus.docs));
    const { tokens, how } = countTokens(corpus.docs);
    const result = {
        corpus: corpus.name, description: corpus.description, documents: corpus.docs.length,
        characters: corpus.docs.reduce((n, d) => n + d.text.length, 0),
        words: corpus.docs.reduce((n, d) => n + countWords(d.text), 0),
        tokens, tokenCount: how, systems: [], errors: [],
    };
    for (const system of systems) {
        process.stderr.write(`bench: ${system} on ${corpus.name} (${corpus.docs.length} documents) ...\n`);
        const r = runChild(system, file);
        if ('error' in r) {
            result.errors.push(r);
            continue;
        }
        const perSecond = (ms) => (ms > 0 ? Math.round(tokens / (ms / 1000)) : 0);
        result.systems.push({
            ...r,
            tokensPerSecond: perSecond(r.totalMs),
            stageTokensPerSecond: Object.fromEntries(Object.entries(r.stages).map(([k, ms]) => [k, perSecond(ms)])),
        });
    }
    return result;
}
const fmt = (n) => n.toLocaleString('en-US');
function printTable(r) {
    console.log(`\n${r.corpus}: ${r.description}; ${fmt(r.tokens)} tokens (${r.tokenCount})`);
    const rows = [['system', 'stage', 'tokens/s', 'ms', 'load ms', 'peak RSS MB']];
    for (const s of r.systems) {
        const rss = (s.peakRssBytes / 1024 / 1024).toFixed(0);
        rows.push([s.system, 'whole', fmt(s.tokensPerSecond), s.totalMs.toFixed(0), s.loadMs.toFixed(0), rss]);
        if (Object.keys(s.stages).length > 1) {
            for (const [stage, ms] of Object.entries(s.stages))
                rows.push(['', stage, fmt(s.stageTokensPerSecond[stage] ?? 0), ms.toFixed(0), '', '']);
        }
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
    for (const row of rows)
        console.log(row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}
async function main() {
    const childSystem = option('--child');
    if (childSystem)
        return child(childSystem, option('--corpus') ?? '');
    const words = Number(option('--words') ?? 60_000);
    const only = option('--only');
    const systems = only ? only.split(',') : Object.keys(SYSTEMS);
    const scratch = mkdtempSync(join(tmpdir(), 'communique-bench-'));
    try {
        const corpora = [await examplesCorpus(words)];
        const dev = devCorpus();
        if (dev)
            corpora.push(dev);
        else
            console.error('bench: ../shared/data/dev-articles not found; only the examples corpus is measured');
        const results = [];
        for (const c of corpora)
            results.push(await benchCorpus(c, systems, scratch));
        const report = {
            date: new Date().toISOString(),
            node: process.version,
            cpu: cpus()[0]?.model ?? 'unknown',
            cpus: cpus().length,
            loadAverage: (await import('node:os')).loadavg(),
            note: 'single thread: each system runs alone in its own process, one after the other; tokens/s = corpus tokens (our tokenizer) / wall time',
            corpora: results,
        };
        const dir = join(packageRoot(), 'bench', 'results');
        mkdirSync(dir, { recursive: true });
        const stamp = report.date.replace(/[:.]/gu, '-');
        writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(report, null, 2) + '\n');
        writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
        for (const r of results) {
            printTable(r);
            for (const e of r.errors)
                console.log(`  ${e.system} failed: ${e.error}`);
        }
        console.log(`\nresults: bench/results/${stamp}.json (and latest.json); load average ${report.loadAverage.map((x) => x.toFixed(1)).join(' ')} on ${report.cpus} cpus`);
    }
    finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}
await main();
//# sourceMappingURL=run.js.map