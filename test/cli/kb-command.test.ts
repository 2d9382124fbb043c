import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateKnowledge } from '../../src/app/knowledge-update.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf } from '../contract/make-record.js';
import { KB_RECORDS } from '../store/knowledge-fixture.js';
import { CLI_TEST_TIMEOUT, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-kb-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withStore<T>(db: string, run: (store: Repository) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

const json = <T>(stdout: string): T => JSON.parse(stdout) as T;

describe('kb command', () => {
  it('kb command: status says how far behind the knowledge base is; rebuild re-decides it from every document', async () => {
    const db = join(dir, 'news.sqlite');
    const [k1, k2, k3] = [KB_RECORDS[0]!, KB_RECORDS[1]!, KB_RECORDS[2]!];
    // "Temirbekov" alone first, then the articles with his full name, in two updates: the first
    // update's person (temirbekov-kaz) is kept, as incremental updates never reopen a decision.
    await withStore(db, async (store) => {
      await store.putDocument(k3, hashOf(k3));
      expect(await updateKnowledge(store)).toMatchObject({ mode: 'rebuild', documents: 1 });
      for (const r of [k1, k2]) await store.putDocument(r, hashOf(r));
    });

    let status = runCli(['kb', 'status', '--db', db, '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect(json(status.stdout)).toMatchObject({ state: 'behind', storedDocuments: 3, readDocuments: 1, unreadDocuments: 2 });

    await withStore(db, async (store) => {
      expect(await updateKnowledge(store)).toMatchObject({ mode: 'incremental', documents: 2 });
      expect((await knowledgeStoreOf(store)!.listPersons({ q: 'temirbekov' })).items.map((p) => p.id)).toEqual(['temirbekov-kaz']);
    });

    const rebuilt = runCli(['kb', 'rebuild', '--db', db, '--json']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(json(rebuilt.stdout)).toMatchObject({ mode: 'rebuild', documents: 3, persons: 2 });
    await withStore(db, async (store) => {
      const persons = await knowledgeStoreOf(store)!.listPersons();
      expect(persons.items.map((p) => [p.id, p.documents.length])).toEqual([['daniyar-temirbekov-kaz', 3], ['farid-rahman-mys', 2]]);
    });

    status = runCli(['kb', 'status', '--db', db]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/state\s+current/u);
    expect(status.stdout).toMatch(/persons\s+2/u);

    // A deleted document leaves the knowledge base stale until the next update or rebuild.
    await withStore(db, async (store) => {
      await store.deleteDocument('k3');
    });
    expect(json(runCli(['kb', 'status', '--db', db, '--json']).stdout)).toMatchObject({ state: 'stale', storedDocuments: 2, readDocuments: 3 });
    const human = runCli(['kb', 'rebuild', '--db', db]);
    expect(human.stdout).toMatch(/documents read\s+2/u);
    expect(json(runCli(['kb', 'status', '--db', db, '--json']).stdout)).toMatchObject({ state: 'current', storedDocuments: 2, readDocuments: 2 });
  }, CLI_TEST_TIMEOUT);

  it('export command: popolo writes the knowledge base\'s persons, posts and memberships, also before an update', async () => {
    const db = join(dir, 'popolo.sqlite');
    await withStore(db, async (store) => {
      for (const r of KB_RECORDS.slice(0, 3)) await store.putDocument(r, hashOf(r));
    });
    // No update has run: the export resolves the documents itself, as the server does.
    const out = runCli(['export', '--format', 'popolo', '--db', db]);
    expect(out.code, out.stderr).toBe(0);
    const popolo = json<{ persons: { id: string; name: string }[]; memberships: { person_id: string }[] }>(out.stdout);
    expect(popolo.persons.map((p) => p.name)).toContain('Daniyar Temirbekov');
    expect(popolo.memberships.length).toBeGreaterThan(0);
    const ids = new Set(popolo.persons.map((p) => p.id));
    expect(popolo.memberships.every((m) => ids.has(m.person_id))).toBe(true);
  }, CLI_TEST_TIMEOUT);

  it('kb command: a missing database is an error, not a new empty file', () => {
    const missing = join(dir, 'nothing-here.sqlite');
    const r = runCli(['kb', 'rebuild', '--db', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('STORE_OPEN_FAILED');
  });
});
