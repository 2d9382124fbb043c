import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAll, type KnowledgeUpdate } from '../../src/app/knowledge-update.js';
import { defaultPipeline } from '../../src/nlp/default-pipeline.js';
import type { Pipeline } from '../../src/nlp/pipeline.js';
import { runQueuedIngest, startIngestWorker, type IngestWorker } from '../../src/queue/index.js';
import { openPostgresStore } from '../../src/store/index.js';
import { knowledgeStoreOf, type KnowledgeStore } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { startPostgres, startRedis } from '../services/real-services.js';
import { writeScaleOutCorpus } from './corpus.js';

/*
 * Workers keep the knowledge base current, taking turns: two workers, each with its own
 * connection pool (as on two machines), on real Redis and Postgres (DATABASE_URL / REDIS_URL,
 * else local servers, else skipped with the reason printed).
 */
const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
const skip = [postgres, redis].flatMap((s) => ('skip' in s ? [s.skip] : []));
if (skip.length > 0) console.warn(`queue knowledge updates: skipped: ${skip.join('; ')}`);
const pgUrl = 'url' in postgres ? postgres.url : '';
const redisUrl = 'url' in redis ? redis.url : '';

const run = `kbq_${process.pid}_${Date.now().toString(36)}`;
const queueName = `communique-test-${run}`;

describe.skipIf(skip.length > 0)('queue knowledge updates: workers on Redis and Postgres', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-kbq-'));
  const corpus = writeScaleOutCorpus(join(dir, 'news'));
  const stores: Repository[] = [];
  const workers: IngestWorker[] = [];
  let producerStore: Repository;
  let knowledge: KnowledgeStore;

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) stores.push(await openPostgresStore(pgUrl, { schema: run }));
    producerStore = stores[2]!;
    knowledge = knowledgeStoreOf(producerStore)!;
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) await w.close().catch(() => undefined);
    for (const s of stores) await s.close();
    const queue = new Queue(queueName, { connection: { url: redisUrl } });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${run} CASCADE`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
    for (const s of [postgres, redis]) if ('stop' in s) await s.stop();
  }, 60_000);

  it('queue knowledge updates: after a queued ingest the knowledge base has each person once, resolved one worker at a time', async () => {
    let pipeline: Pipeline | null = null;
    const shared = (): Pipeline => (pipeline ??= defaultPipeline());
    /** Every update of either worker, as [start, end] on this process's clock. */
    const updates: Array<{ worker: number; update: KnowledgeUpdate; start: number; end: number }> = [];
    const errors: unknown[] = [];
    for (const i of [0, 1]) {
      workers.push(await startIngestWorker({
        redisUrl, queueName, store: stores[i]!, pipeline: shared, concurrency: 2,
        knowledge: {
          quietMs: 100,
          maxDelayMs: 500,
          onUpdate: (update) => {
            const end = performance.now();
            updates.push({ worker: i, update, start: end - update.elapsedMs, end });
          },
          onError: (e) => errors.push(e),
        },
      }));
    }

    const summary = await runQueuedIngest([join(dir, 'news')], { redisUrl, queueName, store: producerStore, sweepMs: 500 });
    expect(summary).toMatchObject({ read: 50, enqueued: 48, rejected: 1, failed: 0, pending: 0 });
    // The producer's own update takes its turn after the workers': the knowledge base is current when it returns.
    expect(summary.knowledge?.mode).toMatch(/^(unchanged|incremental)$/u);
    expect(await knowledge.countDocuments()).toBe(48);

    // Each host is in 6 articles and each guest in 8: one person each, with every article.
    const host = await knowledge.listPersons({ q: 'Kemelova' });
    expect(host.items.map((p) => p.name)).toEqual(['Aruzhan Kemelova']);
    expect(host.items[0]?.documents).toHaveLength(6);
    const guest = await knowledge.listPersons({ q: 'Farid Rahman' });
    expect(guest.total).toBe(1);
    expect(guest.items[0]?.documents).toHaveLength(8);

    // What the workers built batch by batch has the persons a resolution of everything at once has.
    const expected = (await resolveAll(producerStore)).state().persons.map((p) => `${p.id} ${p.documents.length}`).sort();
    const saved = (await knowledge.load()).persons.map((p) => `${p.id} ${p.documents.length}`).sort();
    expect(saved).toEqual(expected);

    // Both workers updated, never two at once.
    await Promise.all(workers.map((w) => w.close()));
    expect(errors).toEqual([]);
    expect(new Set(updates.map((u) => u.worker))).toEqual(new Set([0, 1]));
    expect(updates.filter((u) => u.update.mode !== 'unchanged').length).toBeGreaterThanOrEqual(1);
    // Each span is measured after its update released the lock (shifted by that round trip), so
    // a few ms of slack; updates that ran at once overlap by hundreds of ms.
    const spans = [...updates].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end - 25);
    expect(corpus.articles).toHaveLength(48);
  }, 300_000);
});
