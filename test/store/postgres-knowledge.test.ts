import { afterAll, describe, expect, it } from 'vitest';
import { updateKnowledge } from '../../src/app/knowledge-update.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { openPostgresStore } from '../../src/store/index.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import { knowledgeLockOf } from '../../src/store/knowledge-lock.js';
import { runCli } from '../cli/run-cli.js';
import { hashOf } from '../contract/make-record.js';
import { postgresWithSchemas } from '../services/postgres-schemas.js';
import { KB_RECORDS, NEAR_COPY, NEGATED } from './knowledge-fixture.js';
import { expectHoldersTakeTurns } from './knowledge-lock-checks.js';
import { knowledgeStoreContract } from './knowledge-store-contract.js';

/*
 * The knowledge-store contract against a real Postgres (DATABASE_URL, else a server started from
 * the local binaries, else skipped with the reason printed); a schema per store, dropped at the end.
 */
const { url, freshSchema } = await postgresWithSchemas('postgres knowledge store');

describe.skipIf(url === null)('postgres knowledge store', () => {
  const db = url ?? '';

  knowledgeStoreContract('postgres', async () => {
    const repository = await openPostgresStore(db, { schema: freshSchema() });
    const store = knowledgeStoreOf(repository);
    if (!store) throw new Error('the Postgres repository keeps no knowledge store');
    return { store, close: () => repository.close() };
  });

  it('postgres knowledge store: updateKnowledge builds, then goes on incrementally, as in memory', async () => {
    const repository = await openPostgresStore(db, { schema: freshSchema() });
    try {
      const first = KB_RECORDS.slice(0, 4);
      for (const r of first) await repository.putDocument(r, hashOf(r));
      expect(await updateKnowledge(repository)).toMatchObject({ mode: 'rebuild', documents: 4 });
      for (const r of [...KB_RECORDS.slice(4), NEAR_COPY, NEGATED]) await repository.putDocument(r, hashOf(r));
      expect(await updateKnowledge(repository)).toMatchObject({ mode: 'incremental', documents: 5 });
      expect(await updateKnowledge(repository)).toMatchObject({ mode: 'unchanged' });
      const expected = new KnowledgeBase();
      expected.addBatch(first);
      expected.addBatch([...KB_RECORDS.slice(4), NEAR_COPY, NEGATED]);
      const knowledge = knowledgeStoreOf(repository)!;
      const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
      const saved = await knowledge.load();
      expect(byId(saved.persons)).toEqual(byId(expected.state().persons));
      expect(byId(saved.events)).toEqual(byId(expected.state().events));
      // A deleted document makes the knowledge base stale: the next update rebuilds it.
      await repository.deleteDocument('k5');
      expect(await updateKnowledge(repository)).toMatchObject({ mode: 'rebuild', documents: 8 });
      expect(await knowledge.getPerson('daniyar-temirbekov-kgz')).toBeNull();
    } finally {
      await repository.close();
    }
  }, 60_000);

  it('postgres knowledge store: "kb status" and "kb rebuild" work on a postgres:// URL', async () => {
    const schema = freshSchema();
    const repository = await openPostgresStore(db, { schema });
    try {
      for (const r of KB_RECORDS) await repository.putDocument(r, hashOf(r));
      const location = new URL(db);
      location.searchParams.set('schema', schema);
      const before = runCli(['kb', 'status', '--db', location.toString(), '--json']);
      expect(before.code, before.stderr).toBe(0);
      expect(JSON.parse(before.stdout)).toMatchObject({ state: 'empty', storedDocuments: KB_RECORDS.length, readDocuments: 0 });
      const rebuilt = runCli(['kb', 'rebuild', '--db', location.toString(), '--json']);
      expect(rebuilt.code, rebuilt.stderr).toBe(0);
      const expected = new KnowledgeBase();
      expected.addBatch(KB_RECORDS);
      expect(JSON.parse(rebuilt.stdout)).toMatchObject({ mode: 'rebuild', documents: KB_RECORDS.length, persons: expected.state().persons.length });
      expect((await knowledgeStoreOf(repository)!.listPersons()).total).toBe(expected.state().persons.length);
    } finally {
      await repository.close();
    }
  }, 120_000);

  it('postgres knowledge store: the knowledge lock lets one holder run at a time, across connections', async () => {
    const schema = freshSchema();
    const [a, b] = await Promise.all([openPostgresStore(db, { schema }), openPostgresStore(db, { schema })]);
    try {
      await expectHoldersTakeTurns(knowledgeLockOf(a)!, knowledgeLockOf(b)!, 300);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
