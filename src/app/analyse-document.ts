import type { SourceDocument } from '../core/document.js';
import { isCommuniqueError, problem, type ErrorCode, type Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import type { Pipeline } from '../nlp/pipeline.js';

/**
 * Codes that mean the tool itself is broken (a model, the pipeline, the store), not one input.
 * A run stops on these: going on would only repeat the same failure on every document.
 */
const TOOL_FAILURE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'MODEL_MISSING', 'MODEL_HASH_MISMATCH', 'MODEL_INVALID', 'PIPELINE_INVALID', 'LEXICON_INVALID',
  'STORE_OPEN_FAILED', 'STORE_WRITE_FAILED', 'STORE_MIGRATION_FAILED',
]);

export const isToolFailure = (e: unknown): boolean => isCommuniqueError(e) && TOOL_FAILURE_CODES.has(e.code);

export type AnalyseOutcome =
  | { readonly kind: 'record'; readonly record: DocumentRecord }
  /** The document itself is unusable (e.g. no text): a rejected input. */
  | { readonly kind: 'rejected'; readonly problem: Problem }
  /** A component failed on this document: a fault of the tool, reported, and the batch goes on. */
  | { readonly kind: 'failed'; readonly problem: Problem };

/**
 * Analyses one document, turning a failure on this document into data so that the batch goes
 * on. Failures of the set-up (models, pipeline, store) are rethrown: they concern every document.
 */
export function analyseDocument(pipeline: Pipeline, doc: SourceDocument): AnalyseOutcome {
  const where = doc.origin === undefined ? {} : { path: doc.origin };
  if (doc.text.trim() === '') {
    return { kind: 'rejected', problem: problem('INPUT_EMPTY', `document "${doc.id}"`, where) };
  }
  try {
    return { kind: 'record', record: pipeline.record(doc) };
  } catch (e) {
    if (isToolFailure(e)) throw e;
    if (isCommuniqueError(e)) return { kind: 'failed', problem: { ...e.toProblem(), ...where } };
    const detail = `document "${doc.id}": ${e instanceof Error ? e.message : String(e)}`;
    return { kind: 'failed', problem: problem('ANALYSIS_FAILED', detail, where) };
  }
}
