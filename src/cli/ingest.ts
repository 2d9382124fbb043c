import type { Command } from 'commander';
import type { IngestSummary } from '../app/ingest-run.js';
import { exitCodeFor } from '../app/run-counts.js';
import { CommuniqueError } from '../core/errors.js';
import { openStore } from '../store/index.js';
import { createLogger } from './logger.js';
import { startProgress } from './progress.js';
import { formatProblem, printProblems, say, table, warn } from './report.js';
import { DEFAULT_DB, readOptionsBeside } from './store-option.js';

interface IngestOptions {
  db: string;
  workers: string;
  json?: boolean;
  progress: boolean;
  /** Scale-out: enqueue for `communique worker`s instead of analysing here (src/cli/commands/queued-ingest.ts). */
  queue?: string;
  queueName?: string;
  wait: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('analyse documents and store them in the database; already stored content is skipped')
    .argument('<inputs...>', 'files, directories (read recursively), URLs of pages or feeds, or - for standard input')
    .option('--db <file>', 'SQLite database file, or a postgres:// URL', DEFAULT_DB)
    .option('--workers <n>', 'worker threads analysing in parallel (each loads its own models)', '1')
    .option('--json', 'print the summary as JSON on standard output')
    .option('--no-progress', 'do not draw the progress line')
    .option('--queue <redis-url>', 'enqueue the documents for "communique worker"s instead of analysing them here')
    .option('--queue-name <name>', 'with --queue: the queue to fill (default: communique-ingest)')
    .option('--no-wait', 'with --queue: return once enqueued instead of waiting for the workers')
    .addHelpText('after', `
Examples:
  $ communique ingest examples/
  $ communique ingest news/ more/article.json --db news.sqlite
  $ communique ingest https://example.org/feed.xml
  $ communique ingest archive/ --workers 4         analyse on 4 threads
  $ cat articles.jsonl | communique ingest - --json
  $ communique ingest archive/ --queue redis://localhost:6379   for "communique worker"s to analyse

Re-running an ingest stores nothing twice (documents are keyed by a hash of their text), so an
interrupted run resumes by running it again. Exit code: 0 all stored or already there,
2 some inputs rejected (listed with code, path and line), 1 the tool itself failed.`)
    .action(async (inputs: string[], opts: IngestOptions, command: Command) => {
      const verbose = Boolean(command.optsWithGlobals()['verbose']);
      if (opts.queue !== undefined) {
        const { runQueuedIngestCommand } = await import('./commands/queued-ingest.js');
        const db = command.getOptionValueSource('db') === 'cli' ? { db: opts.db } : {};
        const queueName = opts.queueName === undefined ? {} : { queueName: opts.queueName };
        process.exitCode = await runQueuedIngestCommand(inputs, { queue: opts.queue, wait: opts.wait, json: Boolean(opts.json), ...db, ...queueName });
        return;
      }
      const summary = await ingest(inputs, opts, verbose);
      process.exitCode = exitCodeFor(summary);
    });
}

async function ingest(inputs: string[], opts: IngestOptions, verbose: boolean): Promise<IngestSummary> {
  const workers = parseWorkers(opts.workers);
  const log = createLogger(verbose);
  // The pipeline (models, lexicons) loads only when a command needs it: `--help` stays quick.
  const { runIngest } = await import('../app/ingest-run.js');
  const store = await openStore(opts.db);
  const progress = startProgress('ingest', opts.progress && Boolean(process.stderr.isTTY));
  try {
    const summary = await runIngest(inputs, {
      store,
      read: readOptionsBeside(opts.db),
      workers,
      onStep: (step, counts) => {
        progress.update(counts);
        if (step.kind === 'stored' || step.kind === 'duplicate') log.debug({ id: step.id }, step.kind);
        else if (!progress.active) warn(`${step.kind} ${formatProblem(step.problem)}`);
      },
    });
    progress.stop();
    printIngestSummary(summary, opts, progress.active);
    return summary;
  } finally {
    progress.stop();
    await store.close();
  }
}

function printIngestSummary(s: IngestSummary, opts: IngestOptions, listProblems: boolean): void {
  if (opts.json) {
    process.stdout.write(JSON.stringify({ db: opts.db, ...s }, null, 2) + '\n');
    return;
  }
  // Problems go to standard error as they come (or here, after the progress line is gone);
  // the summary is the command's result and goes to standard output.
  if (listProblems && s.problems.length) printProblems(s.problems, s.problemsNotKept);
  say(table([
    ['read', s.read],
    ['stored', s.stored],
    ['skipped as duplicates', s.duplicates],
    ['rejected', s.rejected],
    ...(s.failed ? [['failed (tool error)', s.failed] as const] : []),
    ['time', `${(s.elapsedMs / 1000).toFixed(1)} s`],
    ['database', opts.db],
  ]));
  const byCode = countBy(s.problems.map((p) => p.code));
  if (byCode.size) {
    const reasons = [...byCode].map(([code, n]) => `${code} ×${n}`).join(', ');
    say(`reasons: ${reasons}${s.problemsNotKept ? ` (of the first ${s.problems.length} problems)` : ''}`);
  }
}

function countBy(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CommuniqueError('CLI_USAGE', `--workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}
