import type { RunCounts } from '../app/run-counts.js';
export interface RunProgress {
    update(counts: Readonly<RunCounts>): void;
    stop(): void;
    /** Whether a bar is being drawn (problems are then listed at the end, not as they come). */
    readonly active: boolean;
}
/**
 * A live counter line on standard error, drawn only when standard error is a terminal so that
 * logs and pipes stay clean. The number of documents is not known in advance (directories are
 * walked and JSONL files read as the run goes), so it counts rather than fills a bar.
 */
export declare function startProgress(label: string, enabled?: boolean): RunProgress;
