import { Job, Queue, QueueEvents, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { updateKnowledge, type KnowledgeUpdate } from '../app/knowledge-update.js';
import { ProblemLog, type RunCounts } from '../app/run-counts.js';
import type { ErrorCode, Problem } from '../core/errors.js';
import { contentHash } from '../core/hash.js';
import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Repository } from '../store/repository.js';
import { DEFAULT_QUEUE_NAME, decodeProblem, INGEST_JOB_NAME, jobIdFor, type IngestJobData, type IngestJobResult } from './ingest-job.js';
import { connectRedis } from './redis-connection.js';

export interface QueuedIngestOptions {
  redisUrl: string;
  queueName?: string;
  read?: ReadOptions;
  /** Wait until workers have finished every job and count their outcomes (default true). */
  wait?: boolean;
  /**
   * When given, texts already in this store are counted as duplicates without being enqueued,
   * and (with `wait`) its knowledge base is brought up to date once every job is finished.
   */
  store?: Repository;
  /** With `store` and `wait`: update the store's knowledge base at the end (default true). */
  updateKnowledge?: boolean;
  /** Attempts per job when the store or the set-up fails (default 3, with exponential backoff). */
  attempts?: number;
  onStep?: (step: QueuedIngestStep, counts: Readonly<QueuedIngestCounts>) => void;
  keepProblems?: number;
  /** How often to look at the jobs still pending, in ms, besides listening to events (default 2000). */
  sweepMs?: number;
}

export type QueuedIngestStep =
  | { readonly kind: 'enqueued'; readonly jobId: string }
  | { readonly kind: 'stored' | 'duplicate'; readonly id: string }
  | { readonly kind: 'rejected' | 'failed'; readonly problem: Problem };

export interface QueuedIngestCounts extends RunCounts {
  /** Jobs added to the queue by this run (a job already in the queue is followed, not added again). */
  enqueued: number;
  /** Jobs not finished when the run returned (only without `wait`). */
  pending: number;
}

export interface QueuedIngestSummary extends QueuedIngestCounts {
  /**
   * The knowledge-base update made at the end (with `store` and `wait`; it takes its turn after
   * the workers' own updates, so the knowledge base is current when the run returns), else null.
   */
  knowledge: KnowledgeUpdate | null;
  problems: Problem[];
  problemsNotKept: number;
  elapsedMs: number;
}

/** Codes that are faults of the tool, not of the input (as in src/app/analyse-document.ts). */
const TOOL_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'ANALYSIS_FAILED', 'MODEL_MISSING', 'MODEL_HASH_MISMATCH', 'MODEL_INVALID', 'PIPELINE_INVALID', 'LEXICON_INVALID',
  'STORE_OPEN_FAILED', 'STORE_WRITE_FAILED', 'STORE_MIGRATION_FAILED', 'QUEUE_UNAVAILABLE',
]);

/**
 * Reads inputs and enqueues one job per document for `communique worker`s to analyse and store;
 * then (by default) follows the jobs to the end and counts them like `ingest` does: stored,
 * duplicates, rejected (bad inputs, with code, path and line), failed.
 *
 * Resumable: the job id is the content hash, so running the same command again adds nothing
 * that is queued or done, retries the jobs that failed, and waits for the rest. With `store`,
 * texts already stored are skipped before they reach the queue.
 *
 * @example
 * const summary = await runQueuedIngest(['news/'], { redisUrl: 'redis://localhost:6379' });
 * console.log(summary.stored, summary.duplicates, summary.problems);
 */
export async function runQueuedIngest(inputs: string[], options: QueuedIngestOptions): Promise<QueuedIngestSummary> {
  const started = performance.now();
  const startedAt = Date.now();
  const wait = options.wait ?? true;
  const counts: QueuedIngestCounts = { read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0, enqueued: 0, pending: 0 };
  const log = new ProblemLog(options.keepProblems ?? 1000);
  const report = (step: QueuedIngestStep): void => {
    if (step.kind === 'rejected' || step.kind === 'failed') log.add(step.problem);
    options.onStep?.(step, counts);
  };

  const connection: Redis = await connectRedis(options.redisUrl);
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  const queue = new Queue(queueName, { connection });
  queue.on('error', () => undefined);
  // Events are read on a connection of their own (blocking reads); it listens before the first job is added.
  const events = wait ? new QueueEvents(queueName, { connection: connection.duplicate() }) : null;
  events?.on('error', () => undefined);

  /** Jobs of this run not finished yet, by job id, with the input path for reports. */
  const pending = new Map<string, string | undefined>();
  const seen = new Set<string>();
  let wake: (() => void) | null = null;

  const settle = (jobId: string, outcome: { result: IngestJobResult } | { reason: string | undefined }): void => {
    if (!pending.has(jobId)) return;
    const path = pending.get(jobId);
    pending.delete(jobId);
    if ('result' in outcome) {
      counts[outcome.result.outcome === 'stored' ? 'stored' : 'duplicates']++;
      report({ kind: outcome.result.outcome, id: outcome.result.id });
    } else {
      const p = decodeProblem(outcome.reason, path);
      const kind = TOOL_CODES.has(p.code) ? 'failed' : 'rejected';
      counts[kind]++;
      report({ kind, problem: p });
    }
    if (pending.size === 0) wake?.();
  };

  /** Looks at a job's state and settles it when it is finished; returns the state. */
  const inspect = async (jobId: string): Promise<string> => {
    const job = await Job.fromId<IngestJobData, IngestJobResult>(queue, jobId);
    if (job === undefined) {
      // Removed from the queue (its retention ran out) before we saw its end: count it as done.
      settle(jobId, { result: { outcome: 'duplicate', id: jobId } });
      return 'unknown';
    }
    const state = await job.getState();
    if (state === 'completed') settle(jobId, { result: job.returnvalue });
    else if (state === 'failed') settle(jobId, { reason: job.failedReason });
    return state;
  };

  const jobOptions: JobsOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: 1000 },
    // Finished jobs are kept a while so that a re-run finds them by id, then dropped: the
    // store's hashes are the lasting record of what is done.
    removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };

  try {
    if (events !== null) {
      await events.waitUntilReady();
      events.on('completed', ({ jobId, returnvalue }) => settle(jobId, { result: returnvalue as unknown as IngestJobResult }));
      events.on('failed', ({ jobId }) => {
        // 'failed' is also sent for an attempt that will be retried: the job's state tells.
        if (pending.has(jobId)) void inspect(jobId).catch(() => undefined);
      });
    }
    for await (const result of readInputs(inputs, options.read ?? {})) {
      counts.read++;
      if (result.kind === 'problem') {
        counts.rejected++;
        report({ kind: 'rejected', problem: result.problem });
        continue;
      }
      const { doc } = result;
      const hash = contentHash(doc.text);
      const jobId = jobIdFor(hash);
      if (seen.has(jobId) || (options.store !== undefined && await options.store.hasHash(hash))) {
        counts.duplicates++;
        report({ kind: 'duplicate', id: doc.id });
        continue;
      }
      seen.add(jobId);
      const data: IngestJobData = { doc, hash };
      pending.set(jobId, doc.origin);
      await queue.add(INGEST_JOB_NAME, data, { ...jobOptions, jobId });
      const job = await Job.fromId<IngestJobData, IngestJobResult>(queue, jobId);
      if (job === undefined || job.timestamp >= startedAt) {
        counts.enqueued++;
        report({ kind: 'enqueued', jobId });
        // A quick worker may have finished it already.
        if (job?.finishedOn !== undefined) await inspect(jobId);
        continue;
      }
      // The job was already known to the queue: an earlier run added it.
      const state = await job.getState();
      if (state === 'completed' && (job.finishedOn ?? 0) < startedAt) {
        // Done by an earlier run: the text is in the store.
        pending.delete(jobId);
        counts.duplicates++;
        report({ kind: 'duplicate', id: job.returnvalue?.id ?? doc.id });
      } else if (state === 'failed' && (job.finishedOn ?? 0) < startedAt) {
        // Failed in an earlier run: try again (the cause may be fixed, e.g. the store is back).
        await job.retry('failed');
        counts.enqueued++;
        report({ kind: 'enqueued', jobId });
      } else {
        await inspect(jobId);
      }
    }

    if (wait && pending.size > 0) {
      const sweepMs = options.sweepMs ?? 2000;
      while (pending.size > 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, sweepMs).unref();
        });
        wake = null;
        // Events can be missed (a reconnect); a sweep of the pending jobs settles those.
        for (const jobId of [...pending.keys()]) await inspect(jobId);
      }
    }
    counts.pending = pending.size;
  } finally {
    await events?.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    connection.disconnect();
  }
  const knowledge = wait && options.store !== undefined && options.updateKnowledge !== false
    ? await updateKnowledge(options.store)
    : null;
  return { ...counts, knowledge, problems: log.kept, problemsNotKept: log.dropped, elapsedMs: performance.now() - started };
}
