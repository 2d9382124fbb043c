import type { DocumentRecord } from '../core/record.js';

export type PutOutcome = 'stored' | 'duplicate';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  hash: string;
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  topics: number;
}

/**
 * The store's interface. SQLite (better-sqlite3 + kysely) is the default; a Postgres
 * implementation runs the same contract suite (test/contract/). Methods are async so that a
 * networked implementation fits behind the same interface.
 */
export interface Repository {
  /** Stores one analysed document in one transaction; a document with the same content hash is skipped. */
  putDocument(record: DocumentRecord, hash: string): Promise<PutOutcome>;
  hasHash(hash: string): Promise<boolean>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDocuments(page?: Page): Promise<DocumentSummary[]>;
  /** Full-text search over title and text. */
  search(query: string, page?: Page): Promise<Array<DocumentSummary & { snippet: string }>>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
