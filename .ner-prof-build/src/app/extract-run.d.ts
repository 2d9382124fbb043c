import type { Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import type { ReadOptions } from '../ingest/types.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { type RunCounts } from './run-counts.js';
export type ExtractStep = {
    readonly kind: 'written';
    readonly id: string;
} | {
    readonly kind: 'rejected';
    readonly problem: Problem;
} | {
    readonly kind: 'failed';
    readonly problem: Problem;
};
export interface ExtractRunOptions {
    /** Receives each record as soon as it is analysed (a file writer, stdout, …). */
    write: (record: DocumentRecord) => void | Promise<void>;
    pipeline?: Pipeline;
    read?: ReadOptions;
    onStep?: (step: ExtractStep, counts: Readonly<RunCounts>) => void;
    keepProblems?: number;
}
export interface ExtractSummary extends RunCounts {
    problems: Problem[];
    problemsNotKept: number;
    elapsedMs: number;
}
/**
 * Reads inputs and analyses each document, handing each record to `write` as it goes (no store,
 * no duplicate check: extract analyses what it is given). Streams one document at a time.
 * `stored` counts the records written; `duplicates` stays 0.
 */
export declare function runExtract(inputs: string[], options: ExtractRunOptions): Promise<ExtractSummary>;
