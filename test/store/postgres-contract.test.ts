import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, openStore } from '../../src/store/index.js';
import { describeRepositoryContract } from '../contract/repository-contract.js';
import { hashOf, makeRecord } from '../contract/make-record.js';
import { postgresWithSchemas } from '../services/postgres-schemas.js';

/*
 * The repository contract against a real Postgres: DATABASE_URL (CI), else a server started from
 * the local binaries, else skipped with the reason printed. Every store gets a schema of its own
 * in the one database, so each test starts empty; the schemas are dropped at the end.
 */
const { url, freshSchema } = await postgresWithSchemas('postgres contract');

describe.skipIf(url === null)('postgres store', () => {
  const db = url ?? '';

  describeRepositoryContract('postgres', () => openPostgresStore(db, { schema: freshSchema() }), {
    persistent: () => {
      const schema = freshSchema();
      return { open: () => openPostgresStore(db, { schema }) };
    },
  });

  describe('postgres specifics', () => {
    let schema: string;
    beforeAll(() => {
      schema = freshSchema();
    });

    it('postgres store: openStore picks Postgres for a postgres:// URL, with ?schema=', async () => {
      const withSchema = new URL(db);
      withSchema.searchParams.set('schema', schema);
      const store = await openStore(withSchema.toString());
      const record = makeRecord({ id: 'by-url' });
      expect(await store.putDocument(record, hashOf(record))).toBe('stored');
      await store.close();
      const again = await openPostgresStore(db, { schema });
      expect(await again.getDocument('by-url')).toEqual(record);
      await again.close();
    });

    it('postgres store: a read-only store reads, and refuses writes with STORE_WRITE_FAILED', async () => {
      const reader = await openPostgresStore(db, { schema, readonly: true });
      expect(await reader.countDocuments()).toBe(1);
      const record = makeRecord({ id: 'refused', extra: 'Not to be stored.' });
      await expect(reader.putDocument(record, hashOf(record))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      await reader.close();
    });

    it('postgres store: an unreachable server is STORE_OPEN_FAILED, and the password stays out of the message', async () => {
      const unreachable = 'postgres://someone:s3cret-pw@127.0.0.1:1/nowhere';
      const error = await openStore(unreachable).then(() => null, (e: unknown) => e as { code?: string; message?: string });
      expect(error?.code).toBe('STORE_OPEN_FAILED');
      expect(error?.message).not.toContain('s3cret-pw');
    });

    it('postgres store: a bad schema name is refused before any SQL is sent', async () => {
      await expect(openPostgresStore(db, { schema: 'x; DROP TABLE documents' })).rejects.toMatchObject({ code: 'STORE_OPEN_FAILED' });
    });

    it('postgres store: two writers racing on the same texts store each text once', async () => {
      const race = freshSchema();
      const [a, b] = await Promise.all([openPostgresStore(db, { schema: race }), openPostgresStore(db, { schema: race })]);
      const records = Array.from({ length: 12 }, (_, i) => makeRecord({ id: `race-${i}`, extra: `Race item ${i}.` }));
      const outcomes = await Promise.all(records.flatMap((r) => [a.put(r, hashOf(r)), b.put(r, hashOf(r))]));
      expect(outcomes.filter((o) => o.outcome === 'stored')).toHaveLength(12);
      expect(outcomes.filter((o) => o.outcome === 'duplicate')).toHaveLength(12);
      expect(await a.countDocuments()).toBe(12);
      expect((await b.stats()).events).toBe(12);
      await Promise.all([a.close(), b.close()]);
    });

    it('postgres store: search folds accents and stems words', async () => {
      const store = await openPostgresStore(db, { schema: freshSchema() });
      await store.putDocument(makeRecord({ id: 'accents', extra: 'The délégation visited Bogotá.' }), hashOf(makeRecord({ id: 'accents', extra: 'The délégation visited Bogotá.' })));
      expect((await store.search('bogota')).map((h) => h.id)).toEqual(['accents']);
      expect((await store.search('visit')).map((h) => h.id)).toEqual(['accents']);
      await store.close();
    });
  });
});
