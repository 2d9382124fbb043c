import { exitCodeFor } from '../../app/run-counts.js';
import type { QueuedIngestSummary } from '../../queue/index.js';
import type { Repository } from '../../store/repository.js';
import { printProblems, say, table, warn, formatProblem } from '../report.js';
import { readOptionsBeside } from '../store-option.js';
import { describeKnowledgeUpdate } from './kb.js';

export interface QueuedIngestCliOptions {
  /** The Redis URL of `--queue`. */
  queue: string;
  queueName?: string;
  wait: boolean;
  json?: boolean;
  /** `--db` when given on the command line: texts already stored there are not enqueued. */
  db?: string;
}

/**
 * `communique ingest <inputs> --queue URL`: the producer side of the scale-out. Reads the inputs
 * and enqueues their documents for `communique worker`s, then follows the jobs to the end and
 * prints the same summary as a local ingest. Returns the exit code.
 */
export async function runQueuedIngestCommand(inputs: string[], opts: QueuedIngestCliOptions): Promise<number> {
  const { runQueuedIngest } = await import('../../queue/index.js');
  let store: Repository | undefined;
  if (opts.db !== undefined) {
    const { openStore } = await import('../../store/index.js');
    store = await openStore(opts.db);
  }
  try {
    if (opts.wait && !opts.json) warn('enqueuing; start workers with "communique worker --db URL --redis URL" if none is running');
    const summary = await runQueuedIngest(inputs, {
      redisUrl: opts.queue,
      wait: opts.wait,
      read: opts.db === undefined ? {} : readOptionsBeside(opts.db),
      ...(store === undefined ? {} : { store }),
      ...(opts.queueName === undefined ? {} : { queueName: opts.queueName }),
      onStep: (step) => {
        if (step.kind === 'rejected' || step.kind === 'failed') warn(`${step.kind} ${formatProblem(step.problem)}`);
      },
    });
    printSummary(summary, opts);
    return exitCodeFor(summary);
  } finally {
    await store?.close();
  }
}

function printSummary(s: QueuedIngestSummary, opts: QueuedIngestCliOptions): void {
  if (opts.json) {
    process.stdout.write(JSON.stringify({ queue: opts.queueName ?? 'communique-ingest', ...s }, null, 2) + '\n');
    return;
  }
  if (s.problemsNotKept > 0) printProblems([], s.problemsNotKept);
  say(table([
    ['read', s.read],
    ['enqueued', s.enqueued],
    ...(opts.wait ? [] : [['still queued', s.pending] as const]),
    ['stored', s.stored],
    ['skipped as duplicates', s.duplicates],
    ['rejected', s.rejected],
    ...(s.failed ? [['failed (tool error)', s.failed] as const] : []),
    ['time', `${(s.elapsedMs / 1000).toFixed(1)} s`],
  ]));
  if (s.knowledge !== null) say(describeKnowledgeUpdate(s.knowledge));
}
