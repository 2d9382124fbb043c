import { readInputs } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { analyseDocument } from './analyse-document.js';
import { ProblemLog } from './run-counts.js';
/**
 * Reads inputs and analyses each document, handing each record to `write` as it goes (no store,
 * no duplicate check: extract analyses what it is given). Streams one document at a time.
 * `stored` counts the records written; `duplicates` stays 0.
 */
export async function runExtract(inputs, options) {
    const started = performance.now();
    const pipeline = options.pipeline ?? defaultPipeline();
    const counts = { read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0 };
    const log = new ProblemLog(options.keepProblems ?? 1000);
    const report = (step) => {
        if (step.kind !== 'written')
            log.add(step.problem);
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
        }
        else {
            counts[outcome.kind]++;
            report(outcome.kind === 'rejected'
                ? { kind: 'rejected', problem: outcome.problem }
                : { kind: 'failed', problem: outcome.problem });
        }
    }
    return { ...counts, problems: log.kept, problemsNotKept: log.dropped, elapsedMs: performance.now() - started };
}
//# sourceMappingURL=extract-run.js.map