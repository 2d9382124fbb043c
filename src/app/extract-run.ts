import type { Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { analyseDocument } from './analyse-document.js';
import { ProblemLog, type RunCounts } from './run-counts.js';

export type ExtractStep =
  | { readonly kind: 'written'; readonly id: string }
  | { readonly kind: 'rejected'; readonly problem: Problem }
  | { readonly kind: 'failed'; readonly problem: Problem };

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
export async function runExtract(inputs: string[], options: ExtractRunOptions): Promise<ExtractSummary> {
  const started = performance.now();
  const pipeline = options.pipeline ?? defaultPipeline();
  const counts: RunCounts = { read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0 };
  const log = new ProblemLog(options.keepProblems ?? 1000);
  const report = (step: ExtractStep): void => {
    if (step.kind !== 'written') log.add(step.problem);
    options.onStep?.(step, counts);
  };

  for await (const result of readInputs(inputs, options.read ?? {})) {
    counts.read++;
    if (result.kind === 'problem') {
      counts.rejected++;
      report({ kind: 'rejected', problem: result.problem });
      continue;
    }
    const outcome = analyseDocument(pipeline, result.doc);
    if (outcome.kind === 'record') {
      await options.write(outcome.record);
      counts.stored++;
      report({ kind: 'written', id: outcome.record.id });
    } else {
      counts[outcome.kind]++;
      report(outcome.kind === 'rejected'
        ? { kind: 'rejected', problem: outcome.problem }
        : { kind: 'failed', problem: outcome.problem });
    }
  }
  return { ...counts, problems: log.kept, problemsNotKept: log.dropped, elapsedMs: performance.now() - started };
}
