import type { SourceDocument } from '../core/document.js';
import { type ErrorCode, type ProblemLocation } from '../core/errors.js';
import type { AnalyseOutcome } from './analyse-document.js';
/** What a worker sends back: the outcome, or a failure of the tool (rethrown in the main thread). */
export type WorkerReply = {
    seq: number;
    outcome: AnalyseOutcome;
} | {
    seq: number;
    fatal: {
        code: ErrorCode | null;
        message: string;
        location: ProblemLocation;
    };
};
export interface AnalysisPool {
    readonly size: number;
    analyse(doc: SourceDocument): Promise<AnalyseOutcome>;
    close(): Promise<void>;
}
/**
 * `size` worker threads, each with its own pipeline, handed documents round-robin by least load.
 * Each worker loads the models once (memory grows by one pipeline per worker).
 */
export declare function createAnalysisPool(size: number): AnalysisPool;
