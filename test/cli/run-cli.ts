import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file (test/cli/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainTs = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI from the TypeScript sources through tsx, as a separate process, so that exit
 * codes, standard output and standard error are the real ones (no build needed first).
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', mainTs, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
