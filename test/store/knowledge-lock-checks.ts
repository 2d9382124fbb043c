import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import type { KnowledgeLock } from '../../src/store/knowledge-lock.js';

/**
 * The knowledge-lock behaviour every store must show, whatever holds the lock (Postgres: an
 * advisory lock; SQLite: a side-file transaction): holders on two connections never overlap, and a
 * holder that throws releases the lock. `holdMs` is how long the first two holders keep it.
 */
export async function expectHoldersTakeTurns(lockA: KnowledgeLock, lockB: KnowledgeLock, holdMs: number): Promise<void> {
  const spans: Array<[number, number]> = [];
  const hold = (ms: number) => async (): Promise<void> => {
    const start = performance.now();
    await sleep(ms);
    spans.push([start, performance.now()]);
  };
  await Promise.all([lockA.withKnowledgeLock(hold(holdMs)), lockB.withKnowledgeLock(hold(holdMs)), lockA.withKnowledgeLock(hold(100))]);
  spans.sort((x, y) => x[0] - y[0]);
  expect(spans).toHaveLength(3);
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  // A failing holder releases the lock.
  await expect(lockA.withKnowledgeLock(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
  expect(await lockB.withKnowledgeLock(async () => 'next')).toBe('next');
}
