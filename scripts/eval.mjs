#!/usr/bin/env node
/**
 * `npm run eval`: every accuracy figure in one run, on the research data in ../shared.
 *  1. builds the project if dist/ is older than src/;
 *  2. `communique extract` on the dev articles and on the seed, scored by ../shared/eval/score.mjs
 *     (persons, PLOVER events, quotes, topics);
 *  3. `npm run eval:ner` (NER P/R/F1 on the OntoNotes and CoNLL dev splits);
 *  4. scripts/eval-polnear.ts, when it exists (quotations and speakers on PolNeAR dev).
 * Without ../shared (a clone outside the dev machines) it says so and exits 0.
 * usage: npm run eval [-- --keep] [-- --only extract|ner|polnear]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const keep = args.includes('--keep');
const wants = (step) => only === undefined || only === step;

if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log(`eval: ${shared} not found; the research data and scorers live there on the dev machines. Nothing to measure.`);
  process.exit(0);
}

/** Runs a command with the output shown; returns its exit code. */
function run(label, command, commandArgs, options = {}) {
  console.log(`\n=== ${label}\n$ ${[command, ...commandArgs].join(' ')}`);
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  if (r.error) console.log(`eval: ${label} could not run: ${r.error.message}`);
  return r.status ?? 1;
}

/** Newest modification time of the .ts files under a folder. */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else if (entry.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const cli = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, 'src'))) {
  // tsc still writes the JavaScript when a file has type errors; the eval goes on and says so.
  if (run('build (dist/ is older than src/)', 'npm', ['run', 'build', '--silent']) !== 0) {
    console.log('eval: the build reported type errors (see above); measuring what it emitted.');
  }
}

const failures = [];
const scratch = mkdtempSync(join(tmpdir(), 'communique-eval-'));

/** Extracts the articles of a gold folder and scores them against its *.gold.json files. */
function extractAndScore(label, goldDir) {
  if (!existsSync(goldDir)) {
    console.log(`\n=== ${label}: ${goldDir} not found, skipped`);
    return;
  }
  const out = join(scratch, label);
  // The directory walk leaves out *.gold.json. Exit code 2 (some inputs rejected) still leaves
  // the other records to score.
  const code = run(`${label}: extract`, process.execPath, [cli, 'extract', goldDir, '--out', out, '--no-progress']);
  if (code === 1 || !existsSync(out)) {
    failures.push(`${label} extract (exit ${code})`);
    return;
  }
  if (run(`${label}: score`, process.execPath, [join(shared, 'eval', 'score.mjs'), '--gold', goldDir, '--pred', out]) !== 0) failures.push(`${label} score`);
}

if (wants('extract')) {
  extractAndScore('dev-articles', join(shared, 'data', 'dev-articles'));
  extractAndScore('seed', join(shared, 'data', 'seed'));
}
if (wants('ner') && run('NER (npm run eval:ner)', 'npm', ['run', 'eval:ner', '--silent']) !== 0) failures.push('eval:ner');
if (wants('polnear')) {
  const polnear = join(root, 'scripts', 'eval-polnear.ts');
  if (existsSync(polnear)) {
    const out = join(scratch, 'polnear');
    if (run('quotes on PolNeAR dev (scripts/eval-polnear.ts)', process.execPath, ['--import', 'tsx', polnear, '--out', out]) !== 0) failures.push('eval-polnear');
  } else {
    console.log('\n=== PolNeAR: scripts/eval-polnear.ts does not exist yet, skipped');
  }
}

if (keep) console.log(`\neval: predictions kept in ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
console.log(failures.length ? `\neval: failed steps: ${failures.join(', ')}` : '\neval: all steps ran');
process.exit(failures.length ? 1 : 0);
