import { contentHash } from '../core/hash.js';
import { readInputs } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { analyseDocument } from './analyse-document.js';
import { ProblemLog } from './run-counts.js';
import { createAnalysisPool } from './worker-pool.js';
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
export async function runIngest(inputs, options) {
    const started = performance.now();
    const { store } = options;
    const counts = { read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0 };
    const log = new ProblemLog(options.keepProblems ?? 1000);
    const report = (step) => {
        if (step.kind === 'rejected' || step.kind === 'failed')
            log.add(step.problem);
        options.onStep?.(step, counts);
    };
    const workers = Math.max(1, Math.floor(options.workers ?? 1));
    const pool = workers > 1 ? createAnalysisPool(workers) : null;
    const pipeline = pool ? null : options.pipeline ?? defaultPipeline();
    const analyse = (doc) => pool ? pool.analyse(doc) : Promise.resolve(analyseDocument(pipeline, doc));
    /** Hashes being analysed: a second copy met meanwhile is a duplicate, not a second analysis. */
    const inFlight = new Set();
    const pending = new Set();
    let fatal = null;
    const finish = async (hash, outcome) => {
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
            if (fatal)
                break;
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
            const job = analyse(doc)
                .then((outcome) => finish(hash, outcome))
                .catch((e) => {
                fatal ??= e;
            })
                .finally(() => {
                inFlight.delete(hash);
                pending.delete(job);
            });
            pending.add(job);
            // One document at a time on this thread; two per worker keeps every worker busy.
            if (pending.size >= workers * (pool ? 2 : 1))
                await Promise.race(pending);
        }
        await Promise.all(pending);
    }
    finally {
        await pool?.close();
    }
    if (fatal)
        throw fatal;
    return { ...counts, problems: log.kept, problemsNotKept: log.dropped, elapsedMs: performance.now() - started };
}
//# sourceMappingURL=ingest-run.js.map