import { contentHash } from '../core/hash.js';
import type { Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Repository } from '../store/repository.js';
import { updateKnowledge, type KnowledgeUpdate } from './knowledge-update.js';
import { analyseDocument, type AnalyseOutcome } from './analyse-document.js';
import { ProblemLog, type RunCounts } from './run-counts.js';
import { createAnalysisPool } from './worker-pool.js';

/** What happened to one input document, reported as the run goes. */
export type IngestStep =
  /** `id`: the id the document is stored under (the record's, unless another text holds it). */
  | { readonly kind: 'stored'; readonly id: string; readonly record: DocumentRecord }
  /** `id`: the id of the stored copy when known, else the input document's id. */
  | { readonly kind: 'duplicate'; readonly id: string }
  | { readonly kind: 'rejected'; readonly problem: Problem }
  | { readonly kind: 'failed'; readonly problem: Problem };

export interface IngestRunOptions {
  store: Repository;
  /** Defaults to the full pipeline. Ignored when `workers` > 1 (each worker builds the default pipeline). */
  pipeline?: Pipeline;
  /**
   * Worker threads that analyse documents in parallel (each loads its own models). Default 1:
   * analysis on this thread.
   */
  workers?: number;
  read?: ReadOptions;
  /** Called after every input document or problem, with the counts so far. */
  onStep?: (step: IngestStep, counts: Readonly<RunCounts>) => void;
  /** How many problems the summary keeps in full; the rest are only counted (memory stays flat). */
  keepProblems?: number;
  /**
   * Bring the store's knowledge base up to date after storing (src/app/knowledge-update.ts):
   * true by default; false leaves it for a later run (the server then resolves in memory).
   */
  updateKnowledge?: boolean;
}

export interface IngestSummary extends RunCounts {
  /** The first `keepProblems` problems (rejected and failed), in the order met. */
  problems: Problem[];
  /** Problems beyond those kept. */
  problemsNotKept: number;
  elapsedMs: number;
  /** What the knowledge-base update did and how long it took (its time is inside `elapsedMs`); null when skipped. */
  knowledge: KnowledgeUpdate | null;
}

/**
 * Reads inputs, analyses each document and stores it, one document per transaction; then
 * updates the knowledge base (persons, offices, organisations, events) from the new documents.
 *
 * - Streams: only the documents being analysed are held (one, or two per worker), so memory
 *   stays flat on any batch size.
 * - A document whose content hash is already stored (or being analysed) is skipped before
 *   analysis, so a re-run is cheap and an interrupted run resumes by running it again.
 * - A bad input is counted and reported with its code, path and line; the batch goes on.
 * - Failures of the set-up (model, pipeline, store) are thrown: the tool cannot go on.
 *
 * @example
 * const store = await openStore('communique.sqlite');
 * const summary = await runIngest(['examples/'], { store });
 * console.log(summary.stored, summary.duplicates, summary.rejected);
 */
export async function runIngest(inputs: string[], options: IngestRunOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const counts: RunCounts = { read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0 };
  const log = new ProblemLog(options.keepProblems ?? 1000);
  const report = (step: IngestStep): void => {
    if (step.kind === 'rejected' || step.kind === 'failed') log.add(step.problem);
    options.onStep?.(step, counts);
  };

  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const pool = workers > 1 ? createAnalysisPool(workers) : null;
  const pipeline = pool ? null : options.pipeline ?? defaultPipeline();
  const analyse = (doc: Parameters<typeof analyseDocument>[1]): Promise<AnalyseOutcome> =>
    pool ? pool.analyse(doc) : Promise.resolve(analyseDocument(pipeline as Pipeline, doc));

  /** Hashes being analysed: a second copy met meanwhile is a duplicate, not a second analysis. */
  const inFlight = new Set<string>();
  const pending = new Set<Promise<void>>();
  let fatal: unknown = null;

  const finish = async (hash: string, outcome: AnalyseOutcome): Promise<void> => {
    if (outcome.kind !== 'record') {
      counts[outcome.kind]++;
      report(outcome.kind === 'rejected'
        ? { kind: 'rejected', problem: outcome.problem }
        : { kind: 'failed', problem: outcome.problem });
      return;
    }
    // put checks the hash again inside its transaction, so two runs racing on one store
    // still store a document once.
    const put = await store.put(outcome.record, hash);
    counts[put.outcome === 'stored' ? 'stored' : 'duplicates']++;
    report(put.outcome === 'stored'
      ? { kind: 'stored', id: put.id, record: outcome.record }
      : { kind: 'duplicate', id: put.id });
  };

  try {
    for await (const result of readInputs(inputs, options.read ?? {})) {
      if (fatal) break;
      counts.read++;
      if (result.kind === 'problem') {
        counts.rejected++;
        report({ kind: 'rejected', problem: result.problem });
        continue;
      }
      const { doc } = result;
      const hash = contentHash(doc.text);
      if (inFlight.has(hash) || await store.hasHash(hash)) {
        counts.duplicates++;
        report({ kind: 'duplicate', id: doc.id });
        continue;
      }
      inFlight.add(hash);
      const job: Promise<void> = analyse(doc)
        .then((outcome) => finish(hash, outcome))
        .catch((e: unknown) => {
          fatal ??= e;
        })
        .finally(() => {
          inFlight.delete(hash);
          pending.delete(job);
        });
      pending.add(job);
      // One document at a time on this thread; two per worker keeps every worker busy.
      if (pending.size >= workers * (pool ? 2 : 1)) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    await pool?.close();
  }
  if (fatal) throw fatal;
  // After the documents: a run stopped midway leaves them stored, and the next run (even one that
  // stores nothing new) finds the knowledge base behind and catches it up.
  const knowledge = options.updateKnowledge === false ? null : await updateKnowledge(store);
  return { ...counts, problems: log.kept, problemsNotKept: log.dropped, elapsedMs: performance.now() - started, knowledge };
}
