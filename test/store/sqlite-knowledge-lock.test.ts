import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateKnowledge } from '../../src/app/knowledge-update.js';
import { isCommuniqueError } from '../../src/core/errors.js';
import type { DocumentRecord } from '../../src/core/record.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import { knowledgeLockOf } from '../../src/store/knowledge-lock.js';
import type { Repository } from '../../src/store/repository.js';
import { knowledgeLockWaitMs } from '../../src/store/sqlite/sqlite-knowledge-lock.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { hashOf } from '../contract/make-record.js';
import { KB_RECORDS } from './knowledge-fixture.js';
import { expectHoldersTakeTurns } from './knowledge-lock-checks.js';
import type { ChildPlan } from './knowledge-lock-child.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./knowledge-lock-child.ts', import.meta.url));
const records = (...ids: string[]): DocumentRecord[] => ids.map((id) => KB_RECORDS.find((r) => r.id === id)!);
const SEED = records('k1', 'k2', 'k3');
const FIRST = ['k4', 'k5'];
const SECOND = ['k6', 'k7'];

interface Exit { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function runChild(plan: ChildPlan): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(plan)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exit };
}

async function waitForFile(file: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`${file} did not appear within ${ms} ms`);
    await sleep(20);
  }
}

async function put(store: Repository, rs: readonly DocumentRecord[]): Promise<void> {
  for (const r of rs) await store.putDocument(r, hashOf(r));
}

/** What the knowledge base holds, ids with their documents, in a fixed order (row order is not part of it). */
async function snapshot(store: Repository): Promise<unknown> {
  const state = await knowledgeStoreOf(store)!.load();
  const docs = (x: { id: string; documents: readonly string[] }): string => `${x.id}: ${[...x.documents].sort().join(' ')}`;
  return {
    documents: state.documents.map((d) => `${d.document} in ${d.story}`).sort(),
    persons: state.persons.map(docs).sort(),
    organisations: state.organisations.map(docs).sort(),
    events: state.events.map(docs).sort(),
  };
}

describe('sqlite knowledge lock: updates from several processes on one file take turns', () => {
  let dir: string;
  let file: string;
  const at = (name: string): string => join(dir, name);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-kb-lock-'));
    file = at('store.sqlite');
    const store = await openSqliteStore(file);
    await put(store, SEED);
    await updateKnowledge(store);
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One process, one update after the other: the seed, then FIRST, then SECOND. */
  async function reference(): Promise<unknown> {
    const store = await openSqliteStore(at('reference.sqlite'));
    try {
      for (const batch of [SEED, records(...FIRST), records(...SECOND)]) {
        await put(store, batch);
        await updateKnowledge(store);
      }
      return await snapshot(store);
    } finally {
      await store.close();
    }
  }

  /**
   * Two child processes, each storing documents and updating: A stops inside its update (after
   * loading the saved state) until B has stored its documents and started its own update, then
   * until B is done or `bWindowMs` pass. Without a lock B resolves and saves in that window.
   */
  async function twoUpdaters(options: { noLock: boolean; bWindowMs: number }): Promise<{ a: Exit; b: Exit }> {
    const a = runChild({
      db: file, put: FIRST, noLock: options.noLock,
      hold: { markFile: at('a-holding'), waitFor: [{ file: at('b-started'), ms: 60_000 }, { file: at('b-done'), ms: options.bWindowMs }] },
    });
    const b = runChild({
      db: file, put: SECOND, noLock: options.noLock,
      awaitFile: at('a-holding'), startedFile: at('b-started'), doneFile: at('b-done'),
    });
    const [ea, eb] = await Promise.all([a.exit, b.exit]);
    expect(ea.stderr).toBe('');
    expect(eb.stderr).toBe('');
    expect([ea.code, eb.code]).toEqual([0, 0]);
    return { a: ea, b: eb };
  }

  it('sqlite knowledge lock: two processes updating at once leave every document and each person once, as one process would', async () => {
    const { a, b } = await twoUpdaters({ noLock: false, bWindowMs: 1500 });
    // B waited for A: it read only its own documents, against the state A saved.
    expect(JSON.parse(a.stdout)).toMatchObject({ mode: 'incremental', documents: 2 });
    expect(JSON.parse(b.stdout)).toMatchObject({ mode: 'incremental', documents: 2 });
    const store = await openSqliteStore(file, { readonly: true });
    try {
      const got = await snapshot(store);
      expect(got).toEqual(await reference());
      const state = await knowledgeStoreOf(store)!.load();
      expect(state.documents).toHaveLength(KB_RECORDS.length);
      const names = state.persons.map((p) => `${p.name} ${p.country}`);
      expect(new Set(names).size).toBe(names.length);
      expect(state.persons.find((p) => p.id === 'daniyar-temirbekov-kaz')?.documents.sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k7']);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('sqlite knowledge lock: without the lock the same interleaving loses an update (the test above can fail)', async () => {
    const { a, b } = await twoUpdaters({ noLock: true, bWindowMs: 30_000 });
    // B ran inside A's window: it read A's documents too, and A then saved over B's rows.
    expect(JSON.parse(b.stdout)).toMatchObject({ mode: 'incremental', documents: 4 });
    expect(JSON.parse(a.stdout)).toMatchObject({ mode: 'incremental', documents: 2 });
    const store = await openSqliteStore(file, { readonly: true });
    try {
      expect(await snapshot(store)).not.toEqual(await reference());
      const speaker = await knowledgeStoreOf(store)!.getPerson('daniyar-temirbekov-kaz');
      expect(speaker?.documents).not.toContain('k7');
    } finally {
      await store.close();
    }
  }, 90_000);

  it('sqlite knowledge lock: a holder killed with SIGKILL releases it, and the next update proceeds', async () => {
    const holder = runChild({ db: file, put: FIRST, hold: { markFile: at('a-holding'), waitFor: [{ file: at('never'), ms: 600_000 }] } });
    await waitForFile(at('a-holding'), 60_000);
    const store = await openSqliteStore(file, { knowledgeLockWaitMs: 400 });
    try {
      // Held by the other process: a waiter gives up with the coded error, without freezing this one's event loop.
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 10);
      const started = Date.now();
      const error = await updateKnowledge(store).catch((e: unknown) => e);
      clearInterval(ticker);
      expect(isCommuniqueError(error) && error.code).toBe('STORE_LOCK_TIMEOUT');
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
      expect(ticks).toBeGreaterThan(5);

      holder.child.kill('SIGKILL');
      expect((await holder.exit).signal).toBe('SIGKILL');
      // The killed update saved nothing: its documents are stored and unread, and this update reads them.
      expect(await updateKnowledge(store)).toMatchObject({ mode: 'incremental', documents: 2 });
      expect(await knowledgeStoreOf(store)!.countDocuments()).toBe(SEED.length + FIRST.length);
    } finally {
      holder.child.kill('SIGKILL');
      await store.close();
    }
  }, 60_000);

  it('sqlite knowledge lock: two connections in one process take turns, and a failing holder releases it', async () => {
    const [a, b] = [await openSqliteStore(file), await openSqliteStore(file)];
    try {
      await expectHoldersTakeTurns(knowledgeLockOf(a)!, knowledgeLockOf(b)!, 200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('sqlite knowledge lock: a store in memory serialises its own updates', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      let running = 0;
      let most = 0;
      const run = async (): Promise<void> => {
        most = Math.max(most, ++running);
        await sleep(30);
        running--;
      };
      const lock = knowledgeLockOf(store)!;
      await Promise.all([lock.withKnowledgeLock(run), lock.withKnowledgeLock(run), lock.withKnowledgeLock(run)]);
      expect(most).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('sqlite knowledge lock: the wait comes from the option, else COMMUNIQUE_KB_LOCK_WAIT_MS, else 10 minutes', () => {
    expect(knowledgeLockWaitMs(250, { COMMUNIQUE_KB_LOCK_WAIT_MS: '9000' })).toBe(250);
    expect(knowledgeLockWaitMs(undefined, { COMMUNIQUE_KB_LOCK_WAIT_MS: '9000' })).toBe(9000);
    expect(knowledgeLockWaitMs(undefined, { COMMUNIQUE_KB_LOCK_WAIT_MS: 'soon' })).toBe(600_000);
    expect(knowledgeLockWaitMs(undefined, {})).toBe(600_000);
  });
});
