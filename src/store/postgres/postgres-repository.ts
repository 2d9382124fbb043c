import { sql, type Kysely, type SqlBool } from 'kysely';
import type { EntityType, PloverCategory } from '../../core/annotations.js';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import type {
  BatchPutResult, CountryCount, DateRange, DocumentFilter, DocumentQuery, DocumentSummary, DyadCount, DyadMonthCount, DyadQuery,
  EntityFilter, EntityNameSummary, EntityQuery, EntitySummary, EventFilter, EventQuery, EventSummary, PutItem, PutOutcome, PutResult,
  QuoteFilter, QuoteQuery, QuoteSummary, Repository, SearchHit, StoredParticipant, StoreStats, TopicCount, TopicFilter,
  TopicMonthCount,
} from '../repository.js';
import { pageOf } from '../page.js';
// Dialect-neutral kysely queries over the same tables and columns (see migrations/003).
import { countryCounts, dyadSummary, listDyads, topicCounts, topicTimeline } from '../sqlite/aggregate-queries.js';
import { nameKey } from '../sqlite/document-writer.js';
import { countryCode, documentConditions, eventConditions, likeEscape, quoteConditions, type QuoteScope } from '../sqlite/filters.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import { PostgresDocumentWriter } from './document-writer.js';
import type { KnowledgeStore, KnowledgeStoreHost } from '../knowledge-store.js';
import type { KnowledgeLock } from './knowledge-lock.js';
import { PostgresKnowledgeStore } from './postgres-knowledge-store.js';
import type { PostgresStoreDatabase } from './schema.js';
import { TS_CONFIG, toTsQuery } from './ts-query.js';

const BATCH = 200;
/** Ids are small: larger pages for the id walk. */
const ID_BATCH = 5000;

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

const parseJson = <T>(s: string): T => JSON.parse(s) as T;

function hydrate(row: { text: string; record: string }): DocumentRecord {
  const record = parseJson<DocumentRecord>(row.record);
  record.text = row.text;
  return record;
}

function snippetHtml(raw: string): string {
  return restoreMarkup(raw)
    .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
    .replace(/\u0001/gu, '<mark>')
    .replace(/\u0002/gu, '</mark>');
}

/**
 * The Postgres repository, the same behaviour as the SQLite one (test/contract/): reads through
 * kysely, writes through PostgresDocumentWriter. Differences that the SQL has to spell out:
 * Postgres sorts NULL highest (SQLite lowest), so orders name NULLS FIRST / LAST explicitly;
 * full-text search is a tsvector column with a GIN index (see migrations/002).
 * Open it with openPostgresStore, which migrates the schema first.
 */
export class PostgresRepository implements Repository, KnowledgeStoreHost, KnowledgeLock {
  /** The same database seen with the SQLite row types, for the shared dialect-neutral queries. */
  private readonly k: Kysely<StoreDatabase>;
  private readonly writer: PostgresDocumentWriter;
  private closed = false;
  private knowledge: PostgresKnowledgeStore | undefined;

  constructor(private readonly db: Kysely<PostgresStoreDatabase>) {
    this.k = db as unknown as Kysely<StoreDatabase>;
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

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = await this.k.selectFrom('documents').select(['text', 'record']).where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : hydrate(row);
  }

  async deleteDocument(id: string): Promise<boolean> {
    try {
      const result = await this.k.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `deleting document ${id}: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  private documentSummaries() {
    return this.k
      .selectFrom('documents')
      .select(['documents.id', 'documents.date', 'documents.source', 'documents.title', 'documents.url', 'documents.hash', 'documents.ingested_at as ingestedAt']);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const { limit, offset } = pageOf(query);
    return this.documentSummaries()
      .where((eb) => eb.and(documentConditions(eb, query)))
      .orderBy('documents.date', (ob) => ob.desc().nullsLast())
      .orderBy('documents.pk', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async countDocuments(filter: DocumentFilter = {}): Promise<number> {
    const row = await this.k
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.and(documentConditions(eb, filter)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async *iterateDocuments(filter: DocumentFilter = {}): AsyncIterable<DocumentRecord> {
    let after = 0;
    for (;;) {
      const rows = await this.k
        .selectFrom('documents')
        .select(['pk', 'text', 'record'])
        .where((eb) => eb.and([eb('documents.pk', '>', after), ...documentConditions(eb, filter)]))
        .orderBy('pk')
        .limit(BATCH)
        .execute();
      for (const row of rows) yield hydrate(row);
      const last = rows.at(-1);
      if (last === undefined || rows.length < BATCH) return;
      after = last.pk;
    }
  }

  async *iterateDocumentIds(): AsyncIterable<string> {
    let after = 0;
    for (;;) {
      const rows = await this.k.selectFrom('documents').select(['pk', 'id']).where('pk', '>', after).orderBy('pk').limit(ID_BATCH).execute();
      for (const row of rows) yield row.id;
      const last = rows.at(-1);
      if (last === undefined || rows.length < ID_BATCH) return;
      after = last.pk;
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
    return rows.map((r) => ({ ...r, snippet: snippetHtml(r.snippet) }));
  }

  private entityRows(filter: EntityFilter) {
    return this.k
      .selectFrom('entities')
      .innerJoin('documents', 'documents.pk', 'entities.document_pk')
      .where((eb) => {
        const c = [];
        if (filter.type !== undefined) c.push(eb('entities.type', '=', filter.type));
        if (filter.country !== undefined) c.push(eb('entities.country', '=', countryCode(filter.country)));
        if (filter.documentId !== undefined) c.push(eb('documents.id', '=', filter.documentId));
        if (filter.namePrefix !== undefined && filter.namePrefix.trim() !== '') {
          const pattern = `%${likeEscape(nameKey(filter.namePrefix))}%`;
          c.push(sql<SqlBool>`entities.name_key LIKE ${pattern} ESCAPE '\\'`);
        }
        return eb.and(c);
      });
  }

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const { limit, offset } = pageOf(query);
    const rows = await this.entityRows(query)
      .select([
        'documents.id as documentId', 'documents.date as documentDate', 'entities.entity_id as id', 'entities.type',
        'entities.name', 'entities.country', 'entities.sector', 'entities.titles', 'entities.mention_count as mentionCount',
      ])
      .orderBy('entities.name_key')
      .orderBy('entities.pk')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({ ...r, type: r.type as EntityType, titles: parseJson<string[]>(r.titles) }));
  }

  async countEntities(filter: EntityFilter = {}): Promise<number> {
    const row = await this.entityRows(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listEntityNames(query: EntityQuery = {}): Promise<EntityNameSummary[]> {
    const { limit, offset } = pageOf(query);
    const rows = await this.entityRows(query)
      .select((eb) => [
        eb.fn.max('entities.name').as('name'),
        'entities.type',
        'entities.country',
        eb.fn.count<number>('entities.document_pk').distinct().as('documents'),
        eb.fn.sum<number>('entities.mention_count').as('mentions'),
        eb.fn.min('documents.date').as('firstDate'),
        eb.fn.max('documents.date').as('lastDate'),
      ])
      .groupBy(['entities.name_key', 'entities.type', 'entities.country'])
      .orderBy('documents', 'desc')
      .orderBy('entities.name_key')
      .orderBy('entities.type')
      .orderBy('entities.country', (ob) => ob.asc().nullsFirst())
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      name: r.name,
      type: r.type as EntityType,
      country: r.country,
      documents: Number(r.documents),
      mentions: Number(r.mentions),
      firstDate: r.firstDate,
      lastDate: r.lastDate,
    }));
  }

  private eventRows(filter: EventFilter) {
    return this.k
      .selectFrom('events')
      .innerJoin('documents', 'documents.pk', 'events.document_pk')
      .where((eb) => eb.and(eventConditions(eb, filter)));
  }

  async listEvents(query: EventQuery = {}): Promise<EventSummary[]> {
    const { limit, offset } = pageOf(query);
    const rows = await this.eventRows(query)
      .select([
        'events.pk', 'documents.id as documentId', 'documents.title as documentTitle', 'documents.source', 'events.event_id',
        'events.categories', 'events.mode', 'events.context', 'events.date', 'events.date_precision', 'events.effective_date',
        'events.event_text', 'events.text_start', 'events.text_end', 'events.sentence', 'events.evidence', 'events.negated',
      ])
      .orderBy('events.sort_date', (ob) => ob.desc().nullsLast())
      .orderBy('events.pk', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const participants = await this.participantsOf(rows.map((r) => r.pk));
    return rows.map((r) => {
      const mine = participants.get(r.pk) ?? { actors: [], recipients: [] };
      return {
        documentId: r.documentId,
        documentTitle: r.documentTitle,
        source: r.source,
        id: r.event_id,
        categories: parseJson<PloverCategory[]>(r.categories),
        mode: parseJson<string[]>(r.mode),
        context: parseJson<string[]>(r.context),
        date: r.date,
        datePrecision: r.date_precision as EventSummary['datePrecision'],
        effectiveDate: r.effective_date,
        actors: mine.actors,
        recipients: mine.recipients,
        eventText: parseJson<string[]>(r.event_text),
        textInfo: { start: r.text_start, end: r.text_end },
        sentence: r.sentence,
        evidence: parseJson<Array<{ start: number; end: number }>>(r.evidence),
        negated: r.negated === 1,
      };
    });
  }

  private async participantsOf(eventPks: number[]): Promise<Map<number, { actors: StoredParticipant[]; recipients: StoredParticipant[] }>> {
    const byEvent = new Map<number, { actors: StoredParticipant[]; recipients: StoredParticipant[] }>();
    if (eventPks.length === 0) return byEvent;
    const rows = await this.k
      .selectFrom('event_participants')
      .select(['event_pk', 'role', 'entity_id', 'code', 'sector', 'text'])
      .where('event_pk', 'in', eventPks)
      .orderBy('event_pk')
      .orderBy('role')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      let entry = byEvent.get(r.event_pk);
      if (entry === undefined) {
        entry = { actors: [], recipients: [] };
        byEvent.set(r.event_pk, entry);
      }
      const p: StoredParticipant = { entity: r.entity_id, code: r.code, sector: r.sector, text: r.text };
      (r.role === 'actor' ? entry.actors : entry.recipients).push(p);
    }
    return byEvent;
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const row = await this.eventRows(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private quoteRows(filter: QuoteFilter) {
    return (this.k as unknown as Kysely<QuoteScope>)
      .selectFrom('quotes')
      .innerJoin('documents', 'documents.pk', 'quotes.document_pk')
      .leftJoin('entities', 'entities.pk', 'quotes.speaker_entity_pk')
      .where((eb) => eb.and(quoteConditions(eb, filter)));
  }

  async listQuotes(query: QuoteQuery = {}): Promise<QuoteSummary[]> {
    const { limit, offset } = pageOf(query);
    const rows = await this.quoteRows(query)
      .select([
        'documents.id as documentId', 'documents.date as documentDate', 'documents.title as documentTitle', 'documents.source',
        'quotes.position', 'quotes.text', 'quotes.start', 'quotes.end', 'quotes.direct', 'quotes.cue_text', 'quotes.cue_start',
        'quotes.cue_end', 'quotes.speaker_name', 'quotes.speaker_start', 'quotes.speaker_end', 'quotes.speaker_entity_id',
        'entities.name as entityName', 'entities.country', 'entities.sector',
      ])
      .orderBy('documents.date', (ob) => ob.desc().nullsLast())
      .orderBy('documents.pk', 'desc')
      .orderBy('quotes.position')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      documentId: r.documentId,
      documentDate: r.documentDate,
      documentTitle: r.documentTitle,
      source: r.source,
      index: r.position,
      text: r.text,
      start: r.start,
      end: r.end,
      direct: r.direct === 1,
      cue: r.cue_text === null || r.cue_start === null || r.cue_end === null ? null : { start: r.cue_start, end: r.cue_end, text: r.cue_text },
      speaker:
        r.speaker_name === null || r.speaker_start === null || r.speaker_end === null
          ? null
          : {
              name: r.speaker_name,
              start: r.speaker_start,
              end: r.speaker_end,
              entity: r.speaker_entity_id,
              entityName: r.entityName,
              country: r.country,
              sector: r.sector,
            },
    }));
  }

  async countQuotes(filter: QuoteFilter = {}): Promise<number> {
    const row = await this.quoteRows(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  topicCounts(filter?: TopicFilter): Promise<TopicCount[]> {
    return topicCounts(this.k, filter);
  }

  topicTimeline(filter?: TopicFilter): Promise<TopicMonthCount[]> {
    return topicTimeline(this.k, filter);
  }

  dyadSummary(pair: readonly [string, string], range?: DateRange): Promise<DyadMonthCount[]> {
    return dyadSummary(this.k, pair, range);
  }

  countryCounts(range?: DateRange): Promise<CountryCount[]> {
    return countryCounts(this.k, range);
  }

  listDyads(query?: DyadQuery): Promise<DyadCount[]> {
    return listDyads(this.k, query);
  }

  async stats(): Promise<StoreStats> {
    // One statement, so the counts are of one snapshot even while workers write.
    const { rows } = await sql<Record<'documents' | 'entities' | 'mentions' | 'events' | 'quotes' | 'topics' | 'names', number> & {
      dateFrom: string | null;
      dateTo: string | null;
    }>`SELECT
        (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM topics) AS topics,
        (SELECT count(*) FROM names) AS names,
        (SELECT min(date) FROM documents) AS "dateFrom", (SELECT max(date) FROM documents) AS "dateTo"`.execute(this.k);
    const r = rows[0];
    if (r === undefined) throw new CommuniqueError('STORE_OPEN_FAILED', 'stats: no row');
    return {
      documents: Number(r.documents),
      entities: Number(r.entities),
      mentions: Number(r.mentions),
      events: Number(r.events),
      quotes: Number(r.quotes),
      topics: Number(r.topics),
      names: Number(r.names),
      dateFrom: r.dateFrom,
      dateTo: r.dateTo,
    };
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
