/** The repository root, from this file (test/cli/). */
export declare const repoRoot: string;
export interface CliResult {
    code: number | null;
    stdout: string;
    stderr: string;
}
/**
 * How to start the CLI: the compiled bin when it is newer than every source file (a fresh
 * clone after `npm install`, which builds), else the TypeScript sources through tsx, so a test
 * never runs stale code. Decided once per test file.
 */
export declare const usesBuild: boolean;
/** Runs the CLI as a separate process, so exit codes, standard output and standard error are the real ones. */
export declare function runCli(args: readonly string[], options?: {
    cwd?: string;
    input?: string;
}): CliResult;
/** Per-test timeout for tests that start the CLI several times (each start loads the models). */
export declare const CLI_TEST_TIMEOUT = 300000;
