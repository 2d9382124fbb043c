import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real Postgres and Redis for the scale-out tests. A service comes from the environment
 * (DATABASE_URL, REDIS_URL: what CI exports, see .ci/services.sh), else is started here from the
 * locally installed server binaries in a temporary directory, else the tests skip and say why.
 */
export type Service = { url: string; stop: () => Promise<void> } | { skip: string };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** Postgres refuses to run as root: as root, the server runs as the `postgres` system user. */
function runAsPostgresUser(command: string[]): void {
  if (isRoot()) {
    const quoted = command.map((a) => `'${a.replace(/'/gu, `'\\''`)}'`).join(' ');
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' });
  } else {
    execFileSync(command[0] as string, command.slice(1), { stdio: 'pipe' });
  }
}

export async function startPostgres(): Promise<Service> {
  const fromEnv = process.env['DATABASE_URL'];
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  const bin = findPostgresBin();
  if (bin === null) return { skip: 'DATABASE_URL is not set and no Postgres server binaries are installed (/usr/lib/postgresql/*/bin)' };
  const dir = mkdtempSync(join(tmpdir(), 'communique-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    if (isRoot()) {
      chmodSync(dir, 0o755);
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    runAsPostgresUser([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    runAsPostgresUser([
      join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start',
    ]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `DATABASE_URL is not set and a local Postgres could not be started: ${(e as Error).message.split('\n')[0]}` };
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        runAsPostgresUser([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function which(command: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const p = join(dir, command);
    if (dir !== '' && existsSync(p)) return p;
  }
  return null;
}

export async function startRedis(): Promise<Service> {
  const fromEnv = process.env['REDIS_URL'];
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  const server = which('redis-server');
  if (server === null) return { skip: 'REDIS_URL is not set and redis-server is not installed' };
  const port = await freePort();
  const child: ChildProcess = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const ready = await waitForPort(port, 10_000);
  if (!ready) {
    child.kill('SIGKILL');
    return { skip: 'REDIS_URL is not set and a local redis-server did not start' };
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const { connect } = await import('node:net');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
