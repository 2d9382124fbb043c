import type { Command } from 'commander';
import { CommuniqueError } from '../../core/errors.js';
import { createLogger } from '../logger.js';
import { formatProblem, say, table, warn } from '../report.js';

interface WorkerOptions {
  db: string;
  redis: string;
  queueName?: string;
  concurrency: string;
  lockMs: string;
  /** commander's `--no-knowledge`: false when given. */
  knowledge: boolean;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CommuniqueError('CLI_USAGE', `${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * `communique worker`: one scale-out worker. It takes documents from the Redis queue that
 * `communique ingest --queue` fills, analyses them and stores them, until stopped (SIGINT or
 * SIGTERM: the job in hand is finished first).
 */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('analyse and store documents queued by "ingest --queue" (run one per core, on any number of machines)')
    .requiredOption('--db <url>', 'the shared store: a postgres:// URL (or an SQLite file, for workers on one machine)')
    .requiredOption('--redis <url>', 'the Redis queue, e.g. redis://localhost:6379')
    .option('--queue-name <name>', 'queue to take jobs from (default: communique-ingest)')
    .option('--concurrency <n>', 'jobs this worker holds at once', '1')
    .option('--lock-ms <n>', 'after how long a job of a worker that died is handed to another one', '30000')
    .option('--no-knowledge', 'do not update the knowledge base after storing (leave it to "communique kb rebuild")')
    .addHelpText('after', `
Examples:
  $ communique worker --db postgres://communique:secret@db:5432/news --redis redis://queue:6379
  $ communique ingest archive/ --queue redis://queue:6379 --db postgres://communique:secret@db:5432/news

Stopping a worker (Ctrl+C, SIGTERM) lets it finish its job; killing it loses nothing: its job is
taken over by another worker after --lock-ms, and a text already stored is never stored twice.

After a burst of jobs (and when the queue drains) a worker brings the store's knowledge base
(persons, organisations, cross-document events) up to date; the workers take turns (Postgres: an
advisory lock; SQLite: a lock on a side file next to the database), so two never resolve at once.`)
    .action(async (opts: WorkerOptions, command: Command) => {
      const verbose = Boolean(command.optsWithGlobals()['verbose']);
      await runWorker(opts, verbose);
    });
}

async function runWorker(opts: WorkerOptions, verbose: boolean): Promise<void> {
  const concurrency = wholeNumber('--concurrency', opts.concurrency, 1, 64);
  const lockMs = wholeNumber('--lock-ms', opts.lockMs, 1000, 3_600_000);
  const log = createLogger(verbose);
  const { openStore } = await import('../../store/index.js');
  const { startIngestWorker } = await import('../../queue/index.js');
  const { describeKnowledgeUpdate } = await import('./kb.js');
  const store = await openStore(opts.db);
  const counts = { stored: 0, duplicates: 0, failed: 0, retried: 0 };
  let worker;
  try {
    worker = await startIngestWorker({
      redisUrl: opts.redis,
      store,
      concurrency,
      lockMs,
      knowledge: opts.knowledge && {
        onUpdate: (update) => {
          if (update.mode === 'unchanged') log.debug({ elapsedMs: update.elapsedMs }, 'knowledge base up to date');
          else say(describeKnowledgeUpdate(update));
        },
        onError: (e) => warn(`knowledge base update failed (retried later): ${e instanceof Error ? e.message : String(e)}`),
      },
      ...(opts.queueName === undefined ? {} : { queueName: opts.queueName }),
      onJob: (event) => {
        if (event.kind === 'failed') {
          counts[event.willRetry ? 'retried' : 'failed']++;
          warn(`${event.willRetry ? 'retrying' : 'failed'} ${formatProblem(event.problem)}`);
        } else {
          counts[event.kind === 'stored' ? 'stored' : 'duplicates']++;
          log.debug({ id: event.id, job: event.jobId }, event.kind);
        }
      },
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  say(`worker ${process.pid} waiting for jobs (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await worker.close();
  await store.close();
  say(table([
    ['stored', counts.stored],
    ['skipped as duplicates', counts.duplicates],
    ['failed', counts.failed],
    ['attempts retried', counts.retried],
  ]));
}
