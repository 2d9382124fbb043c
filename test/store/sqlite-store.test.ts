import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CommuniqueError } from '../../src/core/errors.js';
import { displayLocation, openSqliteStore, openStore } from '../../src/store/index.js';
import { runMigrations } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { hashOf, makeRecord } from '../contract/make-record.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-sqlite-'));
let n = 0;
const freshFile = (): string => join(dir, `s-${++n}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return e instanceof CommuniqueError ? e.code : `not coded: ${String(e)}`;
  }
  return 'no error';
}

describe('sqlite store: opening', () => {
  it('sqlite store: a new file gets WAL, foreign keys and every migration', async () => {
    const file = freshFile();
    await (await openSqliteStore(file)).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const applied = db.prepare('SELECT id, name FROM store_migrations ORDER BY id').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ id: m.id, name: m.name })));
    db.close();
  });

  it('sqlite store: creates missing parent folders', async () => {
    const store = await openSqliteStore(join(dir, 'a', 'b', 'store.sqlite'));
    expect((await store.stats()).documents).toBe(0);
    await store.close();
  });

  it('sqlite store: a file that is not a database is STORE_OPEN_FAILED', async () => {
    const file = freshFile();
    writeFileSync(file, 'this is not an SQLite database, just some text that is long enough to have a header');
    expect(await codeOf(openSqliteStore(file))).toBe('STORE_OPEN_FAILED');
  });

  it('sqlite store: a read-only open of a missing file is STORE_OPEN_FAILED', async () => {
    expect(await codeOf(openSqliteStore(join(dir, 'missing.sqlite'), { readonly: true }))).toBe('STORE_OPEN_FAILED');
  });

  it('store: a Postgres URL nobody answers fails with STORE_OPEN_FAILED', async () => {
    expect(await codeOf(openStore('postgres://user:secret@127.0.0.1:1/db'))).toBe('STORE_OPEN_FAILED');
  });

  it('store: a printed Postgres location hides its password, a file path is kept', () => {
    expect(displayLocation('postgres://ana:s3cr:et@db.local:5432/news')).toBe('postgres://ana:***@db.local:5432/news');
    expect(displayLocation('postgresql://ana@db.local/news')).toBe('postgresql://ana@db.local/news');
    expect(displayLocation('data/communique.sqlite')).toBe('data/communique.sqlite');
  });

  it('sqlite store: openStore opens a path as SQLite', async () => {
    const store = await openStore(freshFile());
    expect(await store.putDocument(makeRecord({ id: 'x' }), 'h1')).toBe('stored');
    await store.close();
  });

  it('sqlite store: a read-only store reads, and refuses writes with STORE_WRITE_FAILED', async () => {
    const file = freshFile();
    const record = makeRecord({ id: 'ro' });
    const writer = await openSqliteStore(file);
    await writer.putDocument(record, hashOf(record));
    await writer.close();
    const reader = await openSqliteStore(file, { readonly: true });
    expect(await reader.getDocument('ro')).toEqual(record);
    expect(await reader.search('Tulegenova')).toHaveLength(1);
    const other = makeRecord({ id: 'ro2', extra: 'More.' });
    expect(await codeOf(reader.putDocument(other, hashOf(other)))).toBe('STORE_WRITE_FAILED');
    await reader.close();
  });

  it('sqlite store: a store written by a newer version is refused', async () => {
    const file = freshFile();
    await (await openSqliteStore(file)).close();
    const db = new Database(file);
    db.prepare("INSERT INTO store_migrations (id, name, applied_at) VALUES (99, 'future', 'x')").run();
    db.close();
    expect(await codeOf(openSqliteStore(file))).toBe('STORE_OPEN_FAILED');
  });
});

describe('sqlite store: migrations', () => {
  it('sqlite store: a failing migration is STORE_MIGRATION_FAILED and leaves the earlier ones applied', async () => {
    const file = freshFile();
    const broken = [...MIGRATIONS, { id: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE t (a); INSERT INTO nowhere VALUES (1);' }];
    expect(await codeOf(openSqliteStore(file, { migrations: broken }))).toBe('STORE_MIGRATION_FAILED');
    const db = new Database(file);
    expect(db.prepare('SELECT max(id) AS v FROM store_migrations').get()).toEqual({ v: MIGRATIONS.length });
    // The failed migration's first statement was rolled back with it.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    db.close();
    const store = await openSqliteStore(file);
    expect((await store.stats()).documents).toBe(0);
    await store.close();
  });

  it('sqlite store: a new migration runs once on an existing store, keeping its data', async () => {
    const file = freshFile();
    const record = makeRecord({ id: 'kept' });
    const first = await openSqliteStore(file);
    await first.putDocument(record, hashOf(record));
    await first.close();
    const next = [...MIGRATIONS, { id: MIGRATIONS.length + 1, name: 'persons', up: 'CREATE TABLE persons (pk INTEGER PRIMARY KEY, name TEXT)' }];
    for (let i = 0; i < 2; i++) {
      const store = await openSqliteStore(file, { migrations: next });
      expect(await store.getDocument('kept')).toEqual(record);
      await store.close();
    }
    const db = new Database(file);
    expect(db.prepare('SELECT count(*) AS c FROM store_migrations').get()).toEqual({ c: next.length });
    db.close();
  });

  it('sqlite store: migration ids must run 1, 2, 3 without gaps', () => {
    const db = new Database(':memory:');
    const gap = [MIGRATIONS[0]!, { id: 3, name: 'gap', up: 'SELECT 1' }];
    expect(() => runMigrations(db, gap)).toThrow(expect.objectContaining({ code: 'STORE_MIGRATION_FAILED' }));
    db.close();
  });
});

describe('sqlite store: upgrades', () => {
  it('sqlite store: a store made before stemming gets its search index rebuilt', async () => {
    const file = freshFile();
    const record = makeRecord({ id: 'old', extra: 'Pipeline talks.' });
    const before = await openSqliteStore(file, { migrations: MIGRATIONS.slice(0, 2) });
    await before.putDocument(record, hashOf(record));
    expect(await before.search('talk')).toEqual([]);
    await before.close();
    const after = await openSqliteStore(file);
    expect((await after.search('talk')).map((h) => h.id)).toEqual(['old']);
    const later = makeRecord({ id: 'later', extra: 'More talks.' });
    await after.putDocument(later, hashOf(later));
    expect((await after.search('talk')).map((h) => h.id).sort()).toEqual(['later', 'old']);
    expect(await after.deleteDocument('old')).toBe(true);
    expect((await after.search('talk')).map((h) => h.id)).toEqual(['later']);
    await after.close();
  });
});

describe('sqlite store: integrity', () => {
  it('sqlite store: a record that breaks a constraint is STORE_WRITE_FAILED and writes nothing', async () => {
    const store = await openSqliteStore(':memory:');
    const good = makeRecord({ id: 'bad' });
    // Two entities with one id: the second insert fails after the document row was written.
    const bad = { ...good, entities: [good.entities[0]!, good.entities[0]!] };
    expect(await codeOf(store.putDocument(bad, hashOf(bad)))).toBe('STORE_WRITE_FAILED');
    expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, mentions: 0 });
    expect(await store.search('Tulegenova')).toEqual([]);
    expect(await store.putDocument(good, hashOf(good))).toBe('stored');
    await store.close();
  });

  it('sqlite store: participants that name an unknown entity keep their text', async () => {
    const store = await openSqliteStore(':memory:');
    const r = makeRecord({ id: 'dangling' });
    const ev = r.events[0]!;
    const odd = { ...r, events: [{ ...ev, actor: [{ entity: 'e99', code: 'MYS', sector: null, entity_text: 'a delegation' }] }] };
    await store.putDocument(odd, hashOf(odd));
    const [stored] = await store.listEvents();
    expect(stored?.actors).toEqual([{ entity: 'e99', code: 'MYS', sector: null, text: 'a delegation' }]);
    await store.close();
  });
});

// Volume, not speed: speed belongs to benchmarks (docs/store.md, "Speed"), not to assertions.
describe('sqlite store: volume', () => {
  it('sqlite store: stores 1,000 small documents one by one', async () => {
    const store = await openSqliteStore(freshFile());
    const records = Array.from({ length: 1000 }, (_, i) => makeRecord({ id: `d${i}`, extra: `Item number ${i}.` }));
    const hashes = records.map(hashOf);
    for (let i = 0; i < records.length; i++) await store.putDocument(records[i]!, hashes[i]!);
    expect(await store.countDocuments()).toBe(1000);
    await store.close();
  });

  it('sqlite store: stores 1,000 small documents in batches of 100 and iterates them in order', async () => {
    const store = await openSqliteStore(freshFile());
    const items = Array.from({ length: 1000 }, (_, i) => makeRecord({ id: `d${i}`, extra: `Item number ${i}.` })).map((record) => ({
      record,
      hash: hashOf(record),
    }));
    for (let i = 0; i < items.length; i += 100) await store.putDocuments(items.slice(i, i + 100));
    expect(await store.countDocuments()).toBe(1000);
    // Iteration pages through the table (200 a batch): every record once, in storage order.
    const seen: string[] = [];
    for await (const r of store.iterateDocuments()) seen.push(r.id);
    expect(seen).toEqual(items.map((i) => i.record.id));
    await store.close();
  });
});
