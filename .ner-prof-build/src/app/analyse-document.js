import { isCommuniqueError, problem } from '../core/errors.js';
/**
 * Codes that mean the tool itself is broken (a model, the pipeline, the store), not one input.
 * A run stops on these: going on would only repeat the same failure on every document.
 */
const TOOL_FAILURE_CODES = new Set([
    'MODEL_MISSING', 'MODEL_HASH_MISMATCH', 'MODEL_INVALID', 'PIPELINE_INVALID', 'LEXICON_INVALID',
    'STORE_OPEN_FAILED', 'STORE_WRITE_FAILED', 'STORE_MIGRATION_FAILED',
]);
export const isToolFailure = (e) => isCommuniqueError(e) && TOOL_FAILURE_CODES.has(e.code);
/**
 * Analyses one document, turning a failure on this document into data so that the batch goes
 * on. Failures of the set-up (models, pipeline, store) are rethrown: they concern every document.
 */
export function analyseDocument(pipeline, doc) {
    const where = doc.origin === undefined ? {} : { path: doc.origin };
    if (doc.text.trim() === '') {
        return { kind: 'rejected', problem: problem('INPUT_EMPTY', `document "${doc.id}"`, where) };
    }
    try {
        return { kind: 'record', record: pipeline.record(doc) };
    }
    catch (e) {
        if (isToolFailure(e))
            throw e;
        if (isCommuniqueError(e))
            return { kind: 'failed', problem: { ...e.toProblem(), ...where } };
        const detail = `document "${doc.id}": ${e instanceof Error ? e.message : String(e)}`;
        return { kind: 'failed', problem: problem('ANALYSIS_FAILED', detail, where) };
    }
}
//# sourceMappingURL=analyse-document.js.map