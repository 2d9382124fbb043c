import type { Problem } from '../core/errors.js';
/** Counts of a batch run. Every input document or problem read lands in exactly one bucket. */
export interface RunCounts {
    /** Documents and problems read from the inputs. */
    read: number;
    /** Documents analysed and stored (or written, for extract). */
    stored: number;
    /** Documents skipped because the same content is already stored. */
    duplicates: number;
    /** Bad inputs: unreadable, empty, binary, invalid JSON, … */
    rejected: number;
    /** Documents on which the tool itself failed (a component threw). */
    failed: number;
}
/**
 * Process exit codes, one meaning each: 0 every input stored (or already there),
 * 2 some inputs were rejected, 1 the tool itself failed.
 */
export declare const EXIT_OK = 0;
export declare const EXIT_TOOL_FAILURE = 1;
export declare const EXIT_SOME_REJECTED = 2;
export declare function exitCodeFor(counts: Pick<RunCounts, 'rejected' | 'failed'>): number;
/** Keeps the first problems of a run in full and counts the rest, so memory stays flat. */
export declare class ProblemLog {
    private readonly limit;
    readonly kept: Problem[];
    dropped: number;
    constructor(limit: number);
    add(p: Problem): void;
}
