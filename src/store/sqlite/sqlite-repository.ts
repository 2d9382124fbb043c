import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { EntityType, PloverCategory } from '../../core/annotations.js';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import type {
  BatchPutResult, CountryCount, DateRange, DocumentFilter, DocumentQuery, DocumentSummary, DyadCount, DyadMonthCount, DyadQuery,
  EntityFilter, EntityNameSummary, EntityQuery, EntitySummary, EventFilter, EventQuery, EventSummary, PutItem, PutOutcome, PutResult,
  QuoteFilter, QuoteQuery, QuoteSummary, Repository, SearchHit, StoredParticipant, StoreStats, TopicCount, TopicFilter,
  TopicMonthCount,
} from '../repository.js';
import type { KnowledgeStore, KnowledgeStoreHost, SearchCounter } from '../knowledge-store.js';
import { pageOf } from '../page.js';
import { countryCounts, dyadSummary, listDyads, topicCounts, topicTimeline } from './aggregate-queries.js';
import { DocumentWriter, nameKey } from './document-writer.js';
import { countryCode, documentConditions, eventConditions, likeEscape, quoteConditions, type QuoteScope } from './filters.js';
import { toFtsQuery } from './fts-query.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
import type { StoreDatabase } from './schema.js';

const BATCH = 200;
/** Ids are small: larger pages for the id walk. */
const ID_BATCH = 5000;

const parseJson = <T>(s: string): T => JSON.parse(s) as T;

function hydrate(row: { text: string; record: string }): DocumentRecord {
  const record = parseJson<DocumentRecord>(row.record);
  record.text = row.text;
  return record;
}

/** HTML-escapes a snippet and turns the private match markers (U+0001, U+0002) into <mark> tags. */
function snippetHtml(raw: string): string {
  return raw
    .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
    .replace(/\u0001/gu, '<mark>')
    .replace(/\u0002/gu, '</mark>');
}

/**
 * The SQLite repository: reads through kysely's typed builder, writes through DocumentWriter's
 * prepared statements. Open it with openSqliteStore, which migrates the schema first.
 */
export class SqliteRepository implements Repository, KnowledgeStoreHost, SearchCounter {
  private readonly k: Kysely<StoreDatabase>;
  private readonly writer: DocumentWriter;
  private readonly hashExists: Database.Statement<[string], { one: number }>;
  private closed = false;
  private knowledge: SqliteKnowledgeStore | undefined;

  constructor(private readonly db: Database.Database) {
    this.k = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: db }) });
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

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = await this.k.selectFrom('documents').select(['text', 'record']).where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : hydrate(row);
  }

  async deleteDocument(id: string): Promise<boolean> {
    try {
      return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
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
      // SQLite sorts NULL lowest, so DESC puts undated documents last and the date index serves the order.
      .orderBy('documents.date', 'desc')
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
    // Keyset pages rather than one open cursor: other queries may run between two batches.
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
          c.push(sql<boolean>`entities.name_key LIKE ${pattern} ESCAPE '\\'`);
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
      .orderBy('entities.country')
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
      // NULL sorts lowest: undated events come last; (sort_date, pk) is the index's own order.
      .orderBy('events.sort_date', 'desc')
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
      .orderBy('documents.date', 'desc')
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
    const count = (table: string): number =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const dates = this.db.prepare('SELECT min(date) AS dateFrom, max(date) AS dateTo FROM documents').get() as {
      dateFrom: string | null;
      dateTo: string | null;
    };
    return {
      documents: count('documents'),
      entities: count('entities'),
      mentions: count('mentions'),
      events: count('events'),
      quotes: count('quotes'),
      topics: count('topics'),
      names: count('names'),
      dateFrom: dates.dateFrom,
      dateTo: dates.dateTo,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.k.destroy();
  }
}
