/**
 * Communique's public API.
 *
 * @example
 * import { analyze } from 'communique';
 * const record = analyze('Speaker Jane Doe met ...', { date: '2024-06-13' });
 * console.log(record.entities, record.events, record.quotes);
 */
import { CommuniqueError } from './core/errors.js';
import type { DocumentRecord } from './core/record.js';
import { buildDocument } from './ingest/build-document.js';
import { defaultPipeline } from './nlp/default-pipeline.js';

export type { DocumentRecord } from './core/record.js';
export type { SourceDocument } from './core/document.js';
export type * from './core/annotations.js';
export { CommuniqueError, ERRORS, type ErrorCode, type Problem } from './core/errors.js';
export { buildPipeline, type Component, type Pipeline } from './nlp/pipeline.js';
export { defaultPipeline, type PipelineOptions } from './nlp/default-pipeline.js';

export interface AnalyzeOptions {
  /** Article date YYYY-MM-DD: the reference for "today", "in May this year", … */
  date?: string | null;
  id?: string;
  source?: string | null;
  title?: string | null;
  url?: string | null;
}

/**
 * Analyses one text and returns its document record.
 *
 * @example
 * const r = analyze('ASTANA, June 13 – The ministers met.', { date: '2024-06-13' });
 * r.sentences.length; // 1
 */
export function analyze(text: string, options: AnalyzeOptions = {}): DocumentRecord {
  // The same reading as ingest: normalisation, dateline and attribution, id from the content hash.
  const built = buildDocument({ ...options, text }, { origin: options.id ?? 'analyze()', dates: 'iso' });
  if (built.kind === 'problem') {
    const { code, message } = built.problem;
    throw Object.assign(new CommuniqueError(code), { message });
  }
  return defaultPipeline().record(built.doc);
}

/**
 * Reading, storing and batch runs.
 *
 * @example
 * import { openStore, runIngest } from 'communique';
 * const store = await openStore('news.sqlite');
 * const summary = await runIngest(['articles/'], { store });
 * console.log(summary.stored, summary.duplicates, summary.rejected, summary.problems);
 * await store.close();
 */
export { readInputs } from './ingest/index.js';
export type { IngestResult, ReadOptions } from './ingest/types.js';
export { openStore, openSqliteStore } from './store/index.js';
export type { Repository, StoreStats } from './store/repository.js';
export { runIngest, type IngestRunOptions, type IngestStep, type IngestSummary } from './app/ingest-run.js';
export { runExtract, type ExtractRunOptions, type ExtractSummary } from './app/extract-run.js';
export { toPloverRows } from './export/plover.js';
