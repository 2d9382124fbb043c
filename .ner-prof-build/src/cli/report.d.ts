import type { Problem } from '../core/errors.js';
/** One problem as a line a person (and grep) reads: `CODE path:line: message`. */
export declare function formatProblem(p: Problem): string;
/** Writes a line to standard error. */
export declare const warn: (line: string) => void;
/** Writes a line to standard output. */
export declare const say: (line: string) => void;
/** "failed" for a fault of the tool on a document, "rejected" for a bad input. */
export declare const problemKind: (p: Problem) => string;
/** Lists the first problems (at most `limit`) and says how many more there were. */
export declare function printProblems(problems: readonly Problem[], notKept: number, limit?: number): void;
/** Aligned `label  value` lines. */
export declare function table(rows: ReadonlyArray<readonly [string, string | number]>): string;
