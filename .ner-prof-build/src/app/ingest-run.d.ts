import type { Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Repository } from '../store/repository.js';
import { type RunCounts } from './run-counts.js';
/** What happened to one input document, reported as the run goes. */
export type IngestStep = 
/** `id`: the id the document is stored under (the record's, unless another text holds it). */
{
    readonly kind: 'stored';
    readonly id: string;
    readonly record: DocumentRecord;
}
/** `id`: the id of the stored copy when known, else the input document's id. */
 | {
    readonly kind: 'duplicate';
    readonly id: string;
} | {
    readonly kind: 'rejected';
    readonly problem: Problem;
} | {
    readonly kind: 'failed';
    readonly problem: Problem;
};
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
}
export interface IngestSummary extends RunCounts {
    /** The first `keepProblems` problems (rejected and failed), in the order met. */
    problems: Problem[];
    /** Problems beyond those kept. */
    problemsNotKept: number;
    elapsedMs: number;
}
/**
 * Reads inputs, analyses each document and stores it, one document per transaction.
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
export declare function runIngest(inputs: string[], options: IngestRunOptions): Promise<IngestSummary>;
