import { sql, type Kysely, type OrderByModifiers, type SqlBool } from 'kysely';
import type { EntityType, PloverCategory } from '../../core/annotations.js';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import type {
  CountryCount, DateRange, DocumentFilter, DocumentQuery, DocumentSummary, DyadCount, DyadMonthCount, DyadQuery, EntityFilter,
  EntityNameSummary, EntityQuery, EntitySummary, EventFilter, EventQuery, EventSummary, QuoteFilter, QuoteQuery, QuoteSummary,
  StoredParticipant, StoreStats, TopicCount, TopicFilter, TopicMonthCount,
} from '../repository.js';
import { pageOf } from '../page.js';
import { nameKey } from '../sqlite/document-writer.js';
import type { StoreDatabase } from '../sqlite/schema.js';
import { countryCounts, dyadSummary, listDyads, topicCounts, topicTimeline } from './aggregate-queries.js';
import { countryCode, documentConditions, eventConditions, likeEscape, quoteConditions, type QuoteScope } from './filters.js';

const BATCH = 200;
/** Ids are small: larger pages for the id walk. */
const ID_BATCH = 5000;

/** What the read queries need to know about a dialect. */
export interface ReadDialect {
  /**
   * SQLite sorts NULL below every value, Postgres above it. Where NULL already falls where we
   * want it, the order is left plain, so that an index in that order can serve it.
   */
  readonly nullsSortLowest: boolean;
}

export const parseJson = <T>(s: string): T => JSON.parse(s) as T;

/** HTML-escapes a snippet and turns the private match markers (U+0001, U+0002) into <mark> tags. */
export function snippetHtml(raw: string): string {
  return raw
    .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
    .replace(/\u0001/gu, '<mark>')
    .replace(/\u0002/gu, '</mark>');
}

function hydrate(row: { text: string; record: string }): DocumentRecord {
  const record = parseJson<DocumentRecord>(row.record);
  record.text = row.text;
  return record;
}

type Participants = { actors: StoredParticipant[]; recipients: StoredParticipant[] };

/**
 * The repository's read queries, written once in kysely over the tables and columns that the
 * SQLite and Postgres migrations both create (test/contract/ runs them against each store).
 * A store extends this with its writes, its full-text search and its lifecycle.
 */
export abstract class KyselyReadQueries {
  protected constructor(
    protected readonly k: Kysely<StoreDatabase>,
    private readonly dialect: ReadDialect,
  ) {}

  /** Descending with NULL last (undated documents and events after dated ones). */
  private descNullsLast(): OrderByModifiers {
    return this.dialect.nullsSortLowest ? 'desc' : (ob) => ob.desc().nullsLast();
  }

  /** Ascending with NULL first. */
  private ascNullsFirst(): OrderByModifiers {
    return this.dialect.nullsSortLowest ? 'asc' : (ob) => ob.asc().nullsFirst();
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = await this.k.selectFrom('documents').select(['text', 'record']).where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : hydrate(row);
  }

  protected documentSummaries() {
    return this.k
      .selectFrom('documents')
      .select(['documents.id', 'documents.date', 'documents.source', 'documents.title', 'documents.url', 'documents.hash', 'documents.ingested_at as ingestedAt']);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const { limit, offset } = pageOf(query);
    return this.documentSummaries()
      .where((eb) => eb.and(documentConditions(eb, query)))
      .orderBy('documents.date', this.descNullsLast())
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
      .orderBy('entities.country', this.ascNullsFirst())
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
      // Undated events come last; in SQLite (sort_date, pk) is the index's own order.
      .orderBy('events.sort_date', this.descNullsLast())
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

  private async participantsOf(eventPks: number[]): Promise<Map<number, Participants>> {
    const byEvent = new Map<number, Participants>();
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
      .orderBy('documents.date', this.descNullsLast())
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
}
