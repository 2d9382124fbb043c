import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repository root, from this file (test/cli/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainTs = join(repoRoot, 'src', 'cli', 'main.ts');
const mainJs = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
function newestSource(dir) {
    let t = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, entry.name);
        if (entry.isDirectory())
            t = Math.max(t, newestSource(p));
        else if (entry.name.endsWith('.ts'))
            t = Math.max(t, statSync(p).mtimeMs);
    }
    return t;
}
/**
 * How to start the CLI: the compiled bin when it is newer than every source file (a fresh
 * clone after `npm install`, which builds), else the TypeScript sources through tsx, so a test
 * never runs stale code. Decided once per test file.
 */
export const usesBuild = existsSync(mainJs) && statSync(mainJs).mtimeMs > newestSource(join(repoRoot, 'src'));
const command = usesBuild ? [mainJs] : ['--import', 'tsx', mainTs];
/** Runs the CLI as a separate process, so exit codes, standard output and standard error are the real ones. */
export function runCli(args, options = {}) {
    const r = spawnSync(process.execPath, [...command, ...args], {
        cwd: options.cwd ?? repoRoot,
        input: options.input ?? '',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
    });
    if (r.error)
        throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** Per-test timeout for tests that start the CLI several times (each start loads the models). */
export const CLI_TEST_TIMEOUT = 300_000;
//# sourceMappingURL=run-cli.js.map