import Database from 'better-sqlite3';
import type { DocumentRecord } from '../../core/record.js';
import type { BatchPutResult, CountryCount, DateRange, DocumentFilter, DocumentQuery, DocumentSummary, DyadCount, DyadMonthCount, DyadQuery, EntityFilter, EntityNameSummary, EntityQuery, EntitySummary, EventFilter, EventQuery, EventSummary, PutItem, PutOutcome, PutResult, QuoteFilter, QuoteQuery, QuoteSummary, Repository, SearchHit, StoreStats, TopicCount, TopicFilter, TopicMonthCount } from '../repository.js';
/**
 * The SQLite repository: reads through kysely's typed builder, writes through DocumentWriter's
 * prepared statements. Open it with openSqliteStore, which migrates the schema first.
 */
export declare class SqliteRepository implements Repository {
    private readonly db;
    private readonly k;
    private readonly writer;
    private readonly hashExists;
    private closed;
    constructor(db: Database.Database);
    putDocument(record: DocumentRecord, hash: string): Promise<PutOutcome>;
    put(record: DocumentRecord, hash: string): Promise<PutResult>;
    putDocuments(items: readonly PutItem[]): Promise<BatchPutResult[]>;
    hasHash(hash: string): Promise<boolean>;
    getDocument(id: string): Promise<DocumentRecord | null>;
    deleteDocument(id: string): Promise<boolean>;
    private documentSummaries;
    listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
    countDocuments(filter?: DocumentFilter): Promise<number>;
    iterateDocuments(filter?: DocumentFilter): AsyncIterable<DocumentRecord>;
    search(query: string, options?: DocumentQuery): Promise<SearchHit[]>;
    private entityRows;
    listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
    countEntities(filter?: EntityFilter): Promise<number>;
    listEntityNames(query?: EntityQuery): Promise<EntityNameSummary[]>;
    private eventRows;
    listEvents(query?: EventQuery): Promise<EventSummary[]>;
    private participantsOf;
    countEvents(filter?: EventFilter): Promise<number>;
    private quoteRows;
    listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]>;
    countQuotes(filter?: QuoteFilter): Promise<number>;
    topicCounts(filter?: TopicFilter): Promise<TopicCount[]>;
    topicTimeline(filter?: TopicFilter): Promise<TopicMonthCount[]>;
    dyadSummary(pair: readonly [string, string], range?: DateRange): Promise<DyadMonthCount[]>;
    countryCounts(range?: DateRange): Promise<CountryCount[]>;
    listDyads(query?: DyadQuery): Promise<DyadCount[]>;
    stats(): Promise<StoreStats>;
    close(): Promise<void>;
}
