import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { summarizeRecord } from '../app/record-summary.js';
import { exitCodeFor } from '../app/run-counts.js';
import { packageRoot } from '../core/paths.js';
import { openStore } from '../store/index.js';
import type { Repository } from '../store/repository.js';
import { startProgress } from './progress.js';
import { formatProblem, say, warn } from './report.js';
import { DEFAULT_DB, readOptionsBeside } from './store-option.js';

interface StartOptions {
  db: string;
  examples: string;
  serve: boolean;
  port: string;
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('analyse the bundled examples into a local database and show what was found')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--examples <dir>', 'folder of articles to analyse', join(packageRoot(), 'examples'))
    .option('--no-serve', 'do not start the web explorer after the analysis')
    .option('--port <port>', 'port of the web explorer', '3000')
    .addHelpText('after', `
Examples:
  $ npm start
  $ communique start --db demo.sqlite --no-serve
  $ communique start --examples my-articles/`)
    .action(async (opts: StartOptions) => {
      const store = await openStore(opts.db);
      try {
        process.exitCode = await analyseExamples(store, opts);
      } finally {
        await store.close();
      }
      if (opts.serve) await serveStep(opts);
    });
}

async function analyseExamples(store: Repository, opts: StartOptions): Promise<number> {
  say(`Analysing ${opts.examples} into ${opts.db} ...`);
  const { runIngest } = await import('../app/ingest-run.js');
  const seen: string[] = [];
  const progress = startProgress('start');
  const summary = await runIngest([opts.examples], {
    store,
    read: readOptionsBeside(opts.db),
    onStep: (step, counts) => {
      progress.update(counts);
      if (step.kind === 'stored' || step.kind === 'duplicate') seen.push(step.id);
      else warn(`${step.kind} ${formatProblem(step.problem)}`);
    },
  });
  progress.stop();
  for (const id of seen) {
    const record = await store.getDocument(id);
    if (record) say(['', ...summarizeRecord(record)].join('\n'));
  }
  say(`\n${summary.read} documents read: ${summary.stored} analysed and stored, ${summary.duplicates} already stored` +
    `${summary.rejected ? `, ${summary.rejected} rejected` : ''}${summary.failed ? `, ${summary.failed} failed` : ''}.`);
  say(`Next: communique stats --db ${opts.db} | communique export --format plover --db ${opts.db}`);
  return exitCodeFor(summary);
}

/**
 * The explorer step: src/server/index exports `serveExplorer({ db, port })`, which serves the web
 * UI on the database just filled. It is imported only here, at run time, so the other commands
 * do not load the server; a build without src/server/ (or without that export) skips the step.
 */
async function serveStep(opts: StartOptions): Promise<void> {
  const moduleUrl = new URL('../server/index.js', import.meta.url);
  const exists = existsSync(fileURLToPath(moduleUrl)) || existsSync(fileURLToPath(moduleUrl).replace(/\.js$/u, '.ts'));
  if (!exists) {
    say('(The web explorer is not part of this build yet; the results are in the database above.)');
    return;
  }
  const server = (await import(moduleUrl.href)) as {
    serveExplorer?: (o: { db: string; port: number }) => Promise<{ url: string }>;
  };
  if (typeof server.serveExplorer !== 'function') {
    say('(The web explorer is not ready yet: src/server/index has no serveExplorer; skipped.)');
    return;
  }
  const { url } = await server.serveExplorer({ db: opts.db, port: Number(opts.port) });
  say(`Explorer: ${url}  (Ctrl+C to stop)`);
}
