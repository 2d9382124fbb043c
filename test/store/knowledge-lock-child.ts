/**
 * A separate process for test/store/sqlite-knowledge-lock.test.ts: opens a SQLite store, stores
 * some of the hand-made KB_RECORDS, and runs one knowledge update on it, as a `communique worker`
 * or an ingest would. Run with `node --import tsx test/store/knowledge-lock-child.ts '<json>'`.
 *
 * Files on disk are the handshake between the processes (they share nothing else):
 * - `awaitFile`: wait for it before storing anything (to order this child after another).
 * - `startedFile` / `doneFile`: written just before and just after the update.
 * - `hold`: a test hook inside the update, after the saved state is loaded and before anything
 *   is resolved or saved: write `markFile`, then wait for each file of `waitFor` in turn (each
 *   until it exists or its `ms` pass). This widens the read-resolve-write window on purpose so
 *   that an interleaving of two updates, if the lock allowed one, happens every time.
 * - `noLock`: hide the store's knowledge lock, to show what happens without it.
 * Prints the update (mode, documents, ...) as JSON on stdout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { updateKnowledge } from '../../src/app/knowledge-update.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { KnowledgeStore, KnowledgeStoreHost } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf } from '../contract/make-record.js';
import { KB_RECORDS } from './knowledge-fixture.js';

export interface ChildPlan {
  db: string;
  put: string[];
  awaitFile?: string;
  startedFile?: string;
  doneFile?: string;
  hold?: { markFile: string; waitFor: Array<{ file: string; ms: number }> };
  noLock?: boolean;
}

async function waitForFile(file: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(file) && Date.now() < until) await sleep(20);
}

/** Forwards every member to `target` (methods bound to it), except those `override` gives. */
function wrap<T extends object>(target: T, override: (key: string | symbol) => unknown): T {
  return new Proxy(target, {
    get(t, key) {
      const replaced = override(key);
      if (replaced !== undefined) return replaced;
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
    has(t, key) {
      return override(key) === null ? false : Reflect.has(t, key);
    },
  });
}

async function main(plan: ChildPlan): Promise<void> {
  const store = await openSqliteStore(plan.db);
  if (plan.awaitFile) await waitForFile(plan.awaitFile, 60_000);
  for (const id of plan.put) {
    const r = KB_RECORDS.find((x) => x.id === id);
    if (!r) throw new Error(`no fixture record ${id}`);
    await store.putDocument(r, hashOf(r));
  }
  const hold = plan.hold;
  const knowledge = (store as unknown as KnowledgeStoreHost).knowledgeStore();
  const slowKnowledge = hold === undefined ? knowledge : wrap<KnowledgeStore>(knowledge, (key) => key !== 'load' ? undefined : async () => {
    const state = await knowledge.load();
    writeFileSync(hold.markFile, String(process.pid));
    for (const w of hold.waitFor) await waitForFile(w.file, w.ms);
    return state;
  });
  const hooked: Repository = wrap<Repository>(store, (key) => {
    if (key === 'knowledgeStore') return () => slowKnowledge;
    // null: the member is hidden (knowledgeLockOf then finds no lock).
    if (key === 'withKnowledgeLock' && plan.noLock) return null;
    return undefined;
  });
  if (plan.startedFile) writeFileSync(plan.startedFile, String(process.pid));
  const update = await updateKnowledge(hooked);
  if (plan.doneFile) writeFileSync(plan.doneFile, String(process.pid));
  process.stdout.write(`${JSON.stringify(update)}\n`);
  await store.close();
}

main(JSON.parse(process.argv[2] ?? '{}') as ChildPlan).catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
