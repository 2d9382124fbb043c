import type { EntityType, PloverCategory } from '../core/annotations.js';
import type { Problem } from '../core/errors.js';
import type { DocumentRecord } from '../core/record.js';
import type { Span } from '../core/span.js';

export type PutOutcome = 'stored' | 'duplicate';

/** What `put` did: the outcome and the id the document is stored under. */
export interface PutResult {
  outcome: PutOutcome;
  /**
   * For 'stored': the record's id, or a derived `<id>~<hash8>` when another text already holds
   * that id. For 'duplicate': the id of the document already stored with the same content hash.
   */
  id: string;
}

/** One document of a batch given to `putDocuments`. */
export interface PutItem {
  record: DocumentRecord;
  hash: string;
}

/** What `putDocuments` did with one document: stored, duplicate, or failed alone (the batch goes on). */
export type BatchPutResult = PutResult | { outcome: 'failed'; id: string; problem: Problem };

/** Pagination: `limit` defaults to 50 and is capped at 1000; `offset` defaults to 0. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** Inclusive bounds, YYYY-MM-DD (a YYYY-MM or YYYY bound is read as its first day). */
export interface DateRange {
  dateFrom?: string;
  dateTo?: string;
}

export interface DocumentFilter extends DateRange {
  source?: string;
}

export interface DocumentQuery extends DocumentFilter, Page {}

export interface DocumentSummary {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  hash: string;
  /** ISO timestamp of when the document was stored. */
  ingestedAt: string;
}

export interface SearchHit extends DocumentSummary {
  /** HTML-safe excerpt: the text is escaped and each match is wrapped in `<mark>…</mark>`. */
  snippet: string;
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive; matches the start of the name or of any word in it ("kuan" finds "Erbol Kuanyshbayev"). */
  namePrefix?: string;
  country?: string;
  documentId?: string;
}

export interface EntityQuery extends EntityFilter, Page {}

/** One entity of one document (cross-document persons come from the knowledge base). */
export interface EntitySummary {
  documentId: string;
  documentDate: string | null;
  /** The entity's id within its document ("e1"). */
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  sector: string | null;
  titles: string[];
  mentionCount: number;
}

/** One name as it occurs across documents (same lower-cased name, type and country). */
export interface EntityNameSummary {
  name: string;
  type: EntityType;
  country: string | null;
  documents: number;
  mentions: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface EventFilter extends DateRange {
  /** Events with a participant (actor or recipient) of this country code. */
  country?: string;
  /** Events with participants of both codes, on either side. */
  countryPair?: readonly [string, string];
  category?: PloverCategory;
  /**
   * Case-insensitive substring of a participant's text or of its entity's name: a person's
   * events before the knowledge base resolves persons across documents.
   */
  participant?: string;
  /** Events of documents that carry this topic. */
  topic?: string;
  documentId?: string;
}

export interface EventQuery extends EventFilter, Page {}

export interface StoredParticipant {
  /** Entity id within the document, when the participant is an entity. */
  entity: string | null;
  code: string | null;
  sector: string | null;
  text: string;
}

export interface EventSummary {
  documentId: string;
  documentTitle: string | null;
  source: string | null;
  id: string;
  categories: PloverCategory[];
  mode: string[];
  context: string[];
  /** The event's own date, or null. */
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  /** The date the event is filed under: its own date, else the document's. */
  effectiveDate: string | null;
  actors: StoredParticipant[];
  recipients: StoredParticipant[];
  eventText: string[];
  textInfo: Span;
  /** The text of `textInfo`: the sentence that states the event. */
  sentence: string;
  evidence: Span[];
  negated: boolean;
}

export interface QuoteFilter extends DateRange {
  /** Case-insensitive substring of the speaker's name as written or of the resolved entity's name. */
  speaker?: string;
  /** With `documentId`: quotes attributed to this entity of that document. */
  speakerEntity?: string;
  /** Quotes whose resolved speaker has this country code. */
  speakerCountry?: string;
  documentId?: string;
}

export interface QuoteQuery extends QuoteFilter, Page {}

export interface QuoteSummary {
  documentId: string;
  documentDate: string | null;
  documentTitle: string | null;
  source: string | null;
  /** Position of the quote in its document's record. */
  index: number;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  cue: (Span & { text: string }) | null;
  speaker:
    | (Span & { name: string; entity: string | null; entityName: string | null; country: string | null; sector: string | null })
    | null;
}

export interface TopicFilter extends DocumentFilter {
  /** Documents with an entity of this country. */
  country?: string;
  /** Documents with entities of both countries. */
  countryPair?: readonly [string, string];
}

export interface TopicCount {
  topic: string;
  documents: number;
}

export interface TopicMonthCount extends TopicCount {
  /** YYYY-MM of the document date. */
  month: string;
}

export interface DyadMonthCount {
  /** YYYY-MM of the event's effective date. */
  month: string;
  category: PloverCategory;
  events: number;
}

export interface CountryCount {
  /** ISO alpha-3 or IGO / UNO / EUR, as in event participants. */
  code: string;
  events: number;
  documents: number;
}

export interface DyadQuery extends DateRange, Page {
  /** Only pairs that include this country. */
  country?: string;
}

export interface DyadCount {
  /** The two codes in alphabetical order. */
  pair: [string, string];
  events: number;
  /** Earliest and latest effective dates of the pair's events. */
  dateFrom: string | null;
  dateTo: string | null;
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  topics: number;
  /** NER spans. */
  names: number;
  /** Earliest and latest document dates, null when no document has a date. */
  dateFrom: string | null;
  dateTo: string | null;
}

/**
 * The store's interface. SQLite (better-sqlite3 + kysely) is the default; a Postgres
 * implementation runs the same contract suite (test/contract/). Methods are async so that a
 * networked implementation fits behind the same interface. List methods return one page; their
 * `count*` companions give the total for the same filter.
 */
export interface Repository {
  /** Stores one analysed document in one transaction; a document with the same content hash is skipped. */
  putDocument(record: DocumentRecord, hash: string): Promise<PutOutcome>;
  /** As `putDocument`, and says which id the document is stored under. */
  put(record: DocumentRecord, hash: string): Promise<PutResult>;
  /**
   * Stores a batch in one commit, each document still all-or-nothing on its own (a document that
   * fails is rolled back alone and reported). Far fewer commits than one `put` per document:
   * for bulk ingest. An interrupted batch is simply stored again by the next run.
   */
  putDocuments(items: readonly PutItem[]): Promise<BatchPutResult[]>;
  hasHash(hash: string): Promise<boolean>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Removes a document and all its annotations; false when there was none. */
  deleteDocument(id: string): Promise<boolean>;
  /** Newest first (documents without a date last). */
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
  countDocuments(filter?: DocumentFilter): Promise<number>;
  /** Every record in storage order, read in batches (memory stays flat): for exports. */
  iterateDocuments(filter?: DocumentFilter): AsyncIterable<DocumentRecord>;
  /**
   * Every document id in storage order, in keyset pages: a document stored meanwhile never shifts
   * the pages (as it would with listDocuments' offsets), so a caller sees each id at most once.
   */
  iterateDocumentIds(): AsyncIterable<string>;
  /** Full-text search over title and text, best match first. Any user input is safe. */
  search(query: string, options?: DocumentQuery): Promise<SearchHit[]>;
  /** Ordered by name. */
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  countEntities(filter?: EntityFilter): Promise<number>;
  /** Entities grouped by name, type and country across documents, most documents first. */
  listEntityNames(query?: EntityQuery): Promise<EntityNameSummary[]>;
  /** Newest first (by effective date; undated events last). */
  listEvents(query?: EventQuery): Promise<EventSummary[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /** Newest document first, then in document order. */
  listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]>;
  countQuotes(filter?: QuoteFilter): Promise<number>;
  /** Documents per topic, most frequent first. */
  topicCounts(filter?: TopicFilter): Promise<TopicCount[]>;
  /** Documents per topic per month (documents with a date only), by month then topic. */
  topicTimeline(filter?: TopicFilter): Promise<TopicMonthCount[]>;
  /** Events between two countries per PLOVER category per month, by month then category. */
  dyadSummary(pair: readonly [string, string], range?: DateRange): Promise<DyadMonthCount[]>;
  /** Countries by the number of events they take part in, most first. */
  countryCounts(range?: DateRange): Promise<CountryCount[]>;
  /** Country pairs that share events, most events first. */
  listDyads(query?: DyadQuery): Promise<DyadCount[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
