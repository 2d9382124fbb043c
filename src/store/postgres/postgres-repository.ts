import { sql, type Kysely, type SqlBool } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import type { BatchPutResult, DocumentQuery, PutItem, PutOutcome, PutResult, Repository, SearchHit } from '../repository.js';
import { pageOf } from '../page.js';
import { documentConditions } from '../queries/filters.js';
import { KyselyReadQueries, snippetHtml } from '../queries/read-queries.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import { PostgresDocumentWriter } from './document-writer.js';
import type { KnowledgeStore, KnowledgeStoreHost } from '../knowledge-store.js';
import type { KnowledgeLock } from '../knowledge-lock.js';
import { PostgresKnowledgeStore } from './postgres-knowledge-store.js';
import type { PostgresStoreDatabase } from './schema.js';
import { TS_CONFIG, toTsQuery } from './ts-query.js';

/**
 * ts_headline options: about as long as SQLite's `snippet(…, 24)`, with the private markers
 * U+0001 / U+0002 around matches (turned into <mark> after escaping, as in the SQLite store).
 */
const HEADLINE_OPTIONS = 'StartSel="\u0001", StopSel="\u0002", MaxWords=24, MinWords=12, ShortWord=2';

/**
 * ts_headline's parser reads `<b>` as a tag and `&amp;` as an entity and leaves them out of the
 * excerpt, but a snippet must show the document's own text (escaped). So `<`, `>` and `&` are
 * swapped for private-use characters before the headline and swapped back after it.
 */
const MARKUP = '<>&';
const STAND_INS = '\uE000\uE001\uE002';
const restoreMarkup = (s: string): string => s.replace(/[\uE000-\uE002]/gu, (c) => MARKUP[c.charCodeAt(0) - 0xe000] ?? c);

/** Puts the document's own `<`, `>` and `&` back, then escapes the excerpt and marks the matches. */
const headlineHtml = (raw: string): string => snippetHtml(restoreMarkup(raw));

/**
 * The Postgres repository, the same behaviour as the SQLite one (test/contract/): reads through
 * the shared kysely queries (KyselyReadQueries), writes through PostgresDocumentWriter.
 * Differences that the SQL has to spell out: Postgres sorts NULL highest (SQLite lowest), so
 * orders name NULLS FIRST / LAST explicitly; full-text search is a tsvector column with a GIN
 * index (see migrations/002). Open it with openPostgresStore, which migrates the schema first.
 */
export class PostgresRepository extends KyselyReadQueries implements Repository, KnowledgeStoreHost, KnowledgeLock {
  private readonly writer: PostgresDocumentWriter;
  private closed = false;
  private knowledge: PostgresKnowledgeStore | undefined;

  constructor(private readonly db: Kysely<PostgresStoreDatabase>) {
    // The same database seen with the SQLite row types, for the shared dialect-neutral queries.
    super(db as unknown as Kysely<StoreDatabase>, { nullsSortLowest: false });
    this.writer = new PostgresDocumentWriter(db);
  }

  async putDocument(record: DocumentRecord, hash: string): Promise<PutOutcome> {
    return (await this.writer.write(record, hash)).outcome;
  }

  put(record: DocumentRecord, hash: string): Promise<PutResult> {
    return this.writer.write(record, hash);
  }

  putDocuments(items: readonly PutItem[]): Promise<BatchPutResult[]> {
    return this.writer.writeMany(items);
  }

  async hasHash(hash: string): Promise<boolean> {
    const row = await this.k.selectFrom('documents').select(sql.lit(1).as('one')).where('hash', '=', hash).executeTakeFirst();
    return row !== undefined;
  }

  async deleteDocument(id: string): Promise<boolean> {
    try {
      const result = await this.k.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `deleting document ${id}: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  async search(query: string, options: DocumentQuery = {}): Promise<SearchHit[]> {
    const tsquery = toTsQuery(query);
    if (tsquery === null) return [];
    const { limit, offset } = pageOf(options);
    const rows = await this.documentSummaries()
      .select(sql<string>`ts_headline(${TS_CONFIG}, translate(documents.text, ${MARKUP}, ${STAND_INS}), ${tsquery}, ${HEADLINE_OPTIONS})`.as('snippet'))
      .where((eb) => eb.and([sql<SqlBool>`documents.fts @@ ${tsquery}`, ...documentConditions(eb, options)]))
      // Title words weigh A and text words B (migration 002), so a match in the title ranks first.
      .orderBy(sql`ts_rank(documents.fts, ${tsquery})`, 'desc')
      .orderBy('documents.pk')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({ ...r, snippet: headlineHtml(r.snippet) }));
  }

  /** The knowledge base's tables in the same schema (migration 004). */
  knowledgeStore(): KnowledgeStore {
    return (this.knowledge ??= new PostgresKnowledgeStore(this.db as unknown as Kysely<unknown>));
  }

  /**
   * Runs `run` while holding the store's knowledge lock: a session advisory lock on a connection
   * of its own, so that workers on any number of machines resolve the knowledge base one at a
   * time (each resolves against the state the previous one saved). Waits for the lock; a worker
   * that dies drops its connection and with it the lock.
   */
  async withKnowledgeLock<T>(run: () => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(hashtext('communique.knowledge.update'))`.execute(connection);
      try {
        return await run();
      } finally {
        await sql`SELECT pg_advisory_unlock(hashtext('communique.knowledge.update'))`.execute(connection).catch(() => undefined);
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
  }
}
