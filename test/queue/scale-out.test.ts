import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeProblem } from '../../src/queue/ingest-job.js';
import { runQueuedIngest } from '../../src/queue/index.js';
import { openPostgresStore } from '../../src/store/index.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { repoRoot, usesBuild } from '../cli/run-cli.js';
import { startPostgres, startRedis } from '../services/real-services.js';
import { writeScaleOutCorpus } from './corpus.js';

/*
 * The scale-out path for real: Postgres + Redis (from DATABASE_URL / REDIS_URL, else started
 * from the local binaries, else skipped with the reason printed), workers as separate
 * `communique worker` processes, one of them killed with SIGKILL halfway and replaced.
 */
const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
const skip = [postgres, redis].flatMap((s) => ('skip' in s ? [s.skip] : []));
if (skip.length > 0) console.warn(`queue scale-out: skipped: ${skip.join('; ')}`);
const pgUrl = 'url' in postgres ? postgres.url : '';
const redisUrl = 'url' in redis ? redis.url : '';

const run = `scale_${process.pid}_${Date.now().toString(36)}`;
const queueName = `communique-test-${run}`;
const schema = run;
const dbUrl = (): string => {
  const u = new URL(pgUrl);
  u.searchParams.set('schema', schema);
  return u.toString();
};

const cli = usesBuild ? [join(repoRoot, 'dist', 'src', 'cli', 'main.js')] : ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts')];

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `communique worker` and resolves once it says it is waiting for jobs. */
async function startWorker(): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [...cli, 'worker', '--db', dbUrl(), '--redis', redisUrl, '--queue-name', queueName, '--lock-ms', '2000'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = Date.now() + 120_000;
  while (!out.includes('waiting for jobs')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`worker did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, exited };
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(skip.length > 0)('queue scale-out: workers on Redis and Postgres', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-scale-'));
  const corpus = writeScaleOutCorpus(join(dir, 'news'));
  const workers: WorkerProcess[] = [];
  let store: Repository;

  beforeAll(async () => {
    store = await openPostgresStore(pgUrl, { schema });
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await store?.close();
    const queue = new Queue(queueName, { connection: { url: redisUrl } });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
    for (const s of [postgres, redis]) if ('stop' in s) await s.stop();
  }, 60_000);

  it('queue scale-out: two workers, one killed and replaced midway, store every text once', async () => {
    workers.push(await startWorker(), await startWorker());
    const [first, second] = workers as [WorkerProcess, WorkerProcess];

    // Enqueue without waiting: 48 articles, a second copy of one, and a malformed file.
    const enqueued = await runQueuedIngest([join(dir, 'news')], { redisUrl, queueName, wait: false });
    expect(enqueued).toMatchObject({ read: 50, enqueued: 48, duplicates: 1, rejected: 1, failed: 0 });
    expect(enqueued.problems).toEqual([expect.objectContaining({ code: 'INPUT_JSON_INVALID', path: corpus.bad })]);

    // Midway, one worker dies without warning (its job in hand is not acknowledged) and a new one starts.
    await waitFor('a quarter of the texts', async () => (await store.countDocuments()) >= 12);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const stoppedAt = await store.countDocuments();
    expect(stoppedAt).toBeLessThan(48);
    workers.push(await startWorker());

    // Running the producer again adds nothing: it follows the jobs still open and counts the done ones.
    const again = await runQueuedIngest([join(dir, 'news')], { redisUrl, queueName, sweepMs: 500 });
    expect(again).toMatchObject({ read: 50, enqueued: 0, rejected: 1, failed: 0, pending: 0 });
    expect(again.stored + again.duplicates).toBe(49);

    // Every text once, under its own id, with its annotations.
    const ids = (await store.listDocuments({ limit: 1000 })).map((d) => d.id).sort();
    expect(ids).toEqual(corpus.articles.map((a) => a.id).sort());
    const hashes = new Set((await store.listDocuments({ limit: 1000 })).map((d) => d.hash));
    expect(hashes.size).toBe(48);
    const stats = await store.stats();
    expect(stats.documents).toBe(48);
    expect(stats.events).toBeGreaterThanOrEqual(48);
    expect(await store.countQuotes({ speaker: 'Kemelova' })).toBe(6);

    // The workers bring the knowledge base up to date after their bursts, taking turns (one was
    // killed, perhaps holding the lock: its connection and lock went with it).
    const knowledge = knowledgeStoreOf(store)!;
    await waitFor('the knowledge base to read every text', async () => (await knowledge.countDocuments()) === 48, 60_000);
    const host = await knowledge.listPersons({ q: 'Kemelova' });
    expect(host.items.map((p) => [p.name, p.documents.length])).toEqual([['Aruzhan Kemelova', 6]]);

    // A third run after everything is done: all duplicates, nothing enqueued.
    const third = await runQueuedIngest([join(dir, 'news')], { redisUrl, queueName, sweepMs: 500 });
    expect(third).toMatchObject({ read: 50, enqueued: 0, stored: 0, duplicates: 49, rejected: 1 });
    expect((await store.stats()).documents).toBe(48);
    expect(second.child.exitCode).toBeNull();
  }, 300_000);

  it('queue scale-out: a job that holds no valid document fails alone, with its code and path', async () => {
    const queue = new Queue(queueName, { connection: { url: redisUrl } });
    try {
      // As an incompatible producer would write it: a document without text.
      await queue.add('analyse-and-store', { doc: { id: 'broken', origin: 'feeds/broken-item.json' }, hash: 'x' }, { jobId: 'doc-broken', attempts: 3 });
      const good = 'date 2025-05-05 Minister of Culture Selin Aydin of Turkey met Ambassador of Peru Rosa Quispe in Ankara.';
      const { contentHash } = await import('../../src/core/hash.js');
      const hash = contentHash(good);
      const doc = { id: 'after-broken', text: good, date: '2025-05-05', url: null, source: null, title: null, origin: 'feeds/good.txt', meta: {} };
      await queue.add('analyse-and-store', { doc, hash }, { jobId: `doc-${hash}` });
      await waitFor('the broken job to fail', async () => (await queue.getJobState('doc-broken')) === 'failed', 60_000);
      await waitFor('the good job to complete', async () => (await queue.getJobState(`doc-${hash}`)) === 'completed', 60_000);
      const broken = await Job.fromId(queue, 'doc-broken');
      expect(broken?.attemptsMade).toBe(1);
      expect(decodeProblem(broken?.failedReason)).toMatchObject({ code: 'QUEUE_JOB_INVALID', path: 'feeds/broken-item.json' });
      expect(await store.getDocument('after-broken')).not.toBeNull();
      const logs = workers.map((w) => w.output()).join('\n');
      expect(logs).toContain('failed QUEUE_JOB_INVALID feeds/broken-item.json');
    } finally {
      await queue.close();
    }
  }, 120_000);

  it('queue scale-out: a stopped worker finishes cleanly and reports what it did', async () => {
    const running = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    expect(running).toHaveLength(2);
    for (const w of running) w.child.kill('SIGTERM');
    const codes = await Promise.all(running.map((w) => w.exited));
    expect(codes).toEqual([0, 0]);
    for (const w of running) expect(w.output()).toMatch(/stored\s+\d+/u);
    // Workers say what their knowledge-base updates did (the first update of the run is a build).
    expect(workers.map((w) => w.output()).join('\n')).toMatch(/knowledge base: (rebuild|incremental), \d+ documents read/u);
  }, 60_000);
});
