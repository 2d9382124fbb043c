import type { SourceDocument } from '../core/document.js';
import { type Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import type { Pipeline } from '../nlp/pipeline.js';
export declare const isToolFailure: (e: unknown) => boolean;
export type AnalyseOutcome = {
    readonly kind: 'record';
    readonly record: DocumentRecord;
}
/** The document itself is unusable (e.g. no text): a rejected input. */
 | {
    readonly kind: 'rejected';
    readonly problem: Problem;
}
/** A component failed on this document: a fault of the tool, reported, and the batch goes on. */
 | {
    readonly kind: 'failed';
    readonly problem: Problem;
};
/**
 * Analyses one document, turning a failure on this document into data so that the batch goes
 * on. Failures of the set-up (models, pipeline, store) are rethrown: they concern every document.
 */
export declare function analyseDocument(pipeline: Pipeline, doc: SourceDocument): AnalyseOutcome;
