import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import type {
  BatchPutResult, DocumentFilter, DocumentQuery, PutItem, PutOutcome, PutResult, Repository, SearchHit,
} from '../repository.js';
import type { KnowledgeStore, KnowledgeStoreHost, SearchCounter } from '../knowledge-store.js';
import { pageOf } from '../page.js';
import { documentConditions } from '../queries/filters.js';
import { KyselyReadQueries, snippetHtml } from '../queries/read-queries.js';
import { DocumentWriter } from './document-writer.js';
import { toFtsQuery } from './fts-query.js';
import type { KnowledgeLock } from '../knowledge-lock.js';
import { SqliteKnowledgeLock } from './sqlite-knowledge-lock.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
import type { StoreDatabase } from './schema.js';

/**
 * The SQLite repository: reads through the shared kysely queries (KyselyReadQueries), writes
 * through DocumentWriter's prepared statements; full-text search is an FTS5 table. SQLite sorts
 * NULL lowest, so the plain DESC orders already put undated rows last and the indexes serve them.
 * Open it with openSqliteStore, which migrates the schema first.
 */
export class SqliteRepository extends KyselyReadQueries implements Repository, KnowledgeStoreHost, SearchCounter, KnowledgeLock {
  private readonly writer: DocumentWriter;
  private readonly hashExists: Database.Statement<[string], { one: number }>;
  private closed = false;
  private knowledge: SqliteKnowledgeStore | undefined;

  /** `lock` defaults to the in-process turn only (no file): openSqliteStore gives a file's lock. */
  constructor(private readonly db: Database.Database, private readonly lock: SqliteKnowledgeLock = new SqliteKnowledgeLock(null)) {
    super(new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: db }) }), { nullsSortLowest: true });
    this.writer = new DocumentWriter(db);
    this.hashExists = db.prepare('SELECT 1 AS one FROM documents WHERE hash = ?');
  }

  async putDocument(record: DocumentRecord, hash: string): Promise<PutOutcome> {
    return this.writer.write(record, hash).outcome;
  }

  async put(record: DocumentRecord, hash: string): Promise<PutResult> {
    return this.writer.write(record, hash);
  }

  async putDocuments(items: readonly PutItem[]): Promise<BatchPutResult[]> {
    return this.writer.writeMany(items);
  }

  async hasHash(hash: string): Promise<boolean> {
    return this.hashExists.get(hash) !== undefined;
  }

  async deleteDocument(id: string): Promise<boolean> {
    try {
      return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `deleting document ${id}: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  async search(query: string, options: DocumentQuery = {}): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (match === null) return [];
    const { limit, offset } = pageOf(options);
    const rows = await this.documentSummaries()
      .innerJoin('documents_fts', 'documents_fts.rowid', 'documents.pk')
      .select(sql<string>`snippet(documents_fts, -1, char(1), char(2), '…', 24)`.as('snippet'))
      .where((eb) => eb.and([sql<boolean>`documents_fts MATCH ${match}`, ...documentConditions(eb, options)]))
      // bm25 weights: a match in the title counts more than one in the body.
      .orderBy(sql`bm25(documents_fts, 4.0, 1.0)`)
      .orderBy('documents.pk')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({ ...r, snippet: snippetHtml(r.snippet) }));
  }

  async countSearch(query: string, filter: DocumentFilter = {}): Promise<number> {
    const match = toFtsQuery(query);
    if (match === null) return 0;
    const row = await this.k
      .selectFrom('documents')
      .innerJoin('documents_fts', 'documents_fts.rowid', 'documents.pk')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.and([sql<boolean>`documents_fts MATCH ${match}`, ...documentConditions(eb, filter)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The knowledge base's tables in the same file (migration 004). */
  knowledgeStore(): KnowledgeStore {
    return (this.knowledge ??= new SqliteKnowledgeStore(this.db));
  }

  /**
   * Runs `run` while holding the store's knowledge lock (SqliteKnowledgeLock: a write transaction
   * on a side file next to the store), so that updates from several processes on one file
   * (workers, an ingest, `kb rebuild`) resolve one at a time, each against the state the previous
   * one saved. Waits for the lock in bounded attempts, up to the store's wait (STORE_LOCK_TIMEOUT
   * after it); a process that dies releases it.
   */
  withKnowledgeLock<T>(run: () => Promise<T>): Promise<T> {
    return this.lock.withKnowledgeLock(run);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.lock.close();
    await this.k.destroy();
  }
}
