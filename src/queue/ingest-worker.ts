import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { analyseDocument } from '../app/analyse-document.js';
import { isCommuniqueError, problem, type Problem } from '../core/errors.js';
import type { KnowledgeUpdate } from '../app/knowledge-update.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { knowledgeStoreOf } from '../store/knowledge-store.js';
import type { Repository } from '../store/repository.js';
import { DEFAULT_QUEUE_NAME, decodeProblem, encodeProblem, readJobData, type IngestJobResult } from './ingest-job.js';
import { KnowledgeUpdater } from './knowledge-updater.js';
import { connectRedis } from './redis-connection.js';

export interface IngestWorkerOptions {
  redisUrl: string;
  /** Where analysed documents go: usually Postgres, shared by every worker. */
  store: Repository;
  queueName?: string;
  /** Jobs this worker holds at once (default 1). Analysis is synchronous, so more mainly overlaps store writes. */
  concurrency?: number;
  /** Defaults to the full pipeline, loaded once when the first job arrives. */
  pipeline?: Pipeline | (() => Pipeline);
  /**
   * How long a job stays assigned to a worker that stopped renewing its lock (crashed, killed)
   * before another worker takes it over, in ms (default 30 000, BullMQ's default).
   */
  lockMs?: number;
  /** Called after every job, for logs and progress. */
  onJob?: (event: WorkerJobEvent) => void;
  /**
   * Keep the store's knowledge base current (default: when the store keeps one): after a burst
   * of jobs, when the queue drains, and on close. Updates take turns across workers (see
   * src/queue/knowledge-updater.ts); `false` leaves it to `communique kb rebuild` or a local ingest.
   */
  knowledge?: false | WorkerKnowledgeOptions;
}

export interface WorkerKnowledgeOptions {
  /** Update once no job has finished for this long, in ms (default 1000). */
  quietMs?: number;
  /** While jobs keep coming, update at least this often, in ms (default 30 000). */
  maxDelayMs?: number;
  onUpdate?: (update: KnowledgeUpdate) => void;
  onError?: (error: unknown) => void;
}

export type WorkerJobEvent =
  | { readonly kind: 'stored' | 'duplicate'; readonly jobId: string; readonly id: string }
  | { readonly kind: 'failed'; readonly jobId: string; readonly problem: Problem; readonly willRetry: boolean };

export interface IngestWorker {
  /**
   * Stops taking jobs, lets the active ones finish, brings the knowledge base up to date if it
   * stored anything since the last update, and disconnects (the store stays open: it is the caller's).
   */
  close(): Promise<void>;
}

/** An error whose message carries the problem, so the producer gets the code and path back. */
const failure = (p: Problem, retry: boolean): Error => (retry ? new Error(encodeProblem(p)) : new UnrecoverableError(encodeProblem(p)));

/**
 * A queue worker: takes documents that `ingest --queue` enqueued, analyses them and stores them.
 * Run as many as there are cores and machines; they share the store and the queue.
 *
 * - Idempotent: a text whose hash is stored is skipped before analysis, and the store's unique
 *   hash makes two workers racing on one text store it once. A worker killed after storing but
 *   before acknowledging leaves a job that the next worker finds already stored.
 * - A bad document fails its job at once (no retry) with its coded problem and path; a failure
 *   of the store or the set-up is retried with backoff (the job's `attempts`).
 * - A job held by a worker that died is handed to another one after `lockMs`.
 *
 * @example
 * const store = await openStore('postgres://communique@db/news');
 * const worker = await startIngestWorker({ redisUrl: 'redis://queue:6379', store });
 * process.on('SIGTERM', () => void worker.close().then(() => store.close()));
 */
export async function startIngestWorker(options: IngestWorkerOptions): Promise<IngestWorker> {
  const { store } = options;
  const connection: Redis = await connectRedis(options.redisUrl);
  let pipeline: Pipeline | null = null;
  const loadPipeline = async (): Promise<Pipeline> => {
    if (pipeline !== null) return pipeline;
    const given = options.pipeline;
    if (given === undefined) {
      // The models load when the first job arrives, not when the module is imported.
      const { defaultPipeline } = await import('../nlp/default-pipeline.js');
      pipeline = defaultPipeline();
    } else {
      pipeline = typeof given === 'function' ? given() : given;
    }
    return pipeline;
  };

  const processJob = async (job: Job): Promise<IngestJobResult> => {
    const read = readJobData(job.data);
    if (!read.ok) throw failure(read.problem, false);
    const { doc, hash } = read.value;
    const where = doc.origin === undefined ? {} : { path: doc.origin };
    try {
      if (await store.hasHash(hash)) return { outcome: 'duplicate', id: doc.id };
      const analysed = analyseDocument(await loadPipeline(), doc);
      if (analysed.kind !== 'record') throw failure(analysed.problem, false);
      return await store.put(analysed.record, hash);
    } catch (e) {
      if (e instanceof UnrecoverableError) throw e;
      // The store or the set-up failed (isToolFailure): retried, another attempt may find it back.
      const p = isCommuniqueError(e)
        ? { ...e.toProblem(), ...where }
        : problem('STORE_WRITE_FAILED', `document "${doc.id}": ${e instanceof Error ? e.message : String(e)}`, where);
      throw failure(p, true);
    }
  };

  const lockMs = options.lockMs ?? 30_000;
  const worker = new Worker(options.queueName ?? DEFAULT_QUEUE_NAME, processJob, {
    connection,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? 1)),
    lockDuration: lockMs,
    // How often this worker looks for jobs whose worker died; a stalled job goes back to waiting
    // (twice at most: a document that kills its worker every time ends failed, not in a loop).
    stalledInterval: Math.max(1000, Math.floor(lockMs / 2)),
    maxStalledCount: 2,
  });
  worker.on('error', () => undefined);

  // A duplicate also touches it: the worker that stored the text may have died before updating.
  const knowledge = options.knowledge === false || knowledgeStoreOf(store) === null ? null : new KnowledgeUpdater({ store, ...options.knowledge });
  worker.on('drained', () => knowledge?.drained());
  worker.on('completed', (job: Job, result: IngestJobResult) => {
    knowledge?.touch();
    options.onJob?.({ kind: result.outcome, jobId: job.id ?? '', id: result.id });
  });
  worker.on('failed', (job: Job | undefined, error: Error) => {
    if (job === undefined) return;
    const attempts = job.opts.attempts ?? 1;
    const willRetry = !(error instanceof UnrecoverableError) && job.attemptsMade < attempts;
    const origin = (job.data as { doc?: { origin?: unknown } } | undefined)?.doc?.origin;
    options.onJob?.({ kind: 'failed', jobId: job.id ?? '', problem: decodeProblem(error.message, typeof origin === 'string' ? origin : undefined), willRetry });
  });
  await worker.waitUntilReady();

  let closed = false;
  return {
    async close() {
      if (closed) return;
      closed = true;
      await worker.close();
      await knowledge?.close();
      connection.disconnect();
    },
  };
}
