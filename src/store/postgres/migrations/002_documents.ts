import type { PostgresMigration } from './migration.js';

/**
 * Documents, as in SQLite's 001, with the full-text index as a generated `tsvector` column and a
 * GIN index instead of an FTS5 table kept in step by triggers: Postgres maintains it with the
 * row, so a write can never leave the index behind. The title is weighted A and the text B, so
 * that `ts_rank` puts a match in the title first (SQLite: `bm25(documents_fts, 4.0, 1.0)`).
 * Key columns use the "C" collation so that ordering and comparisons are by code point, the
 * same as SQLite's default BINARY collation, whatever the database's locale.
 */
export const migration002: PostgresMigration = {
  id: 2,
  name: 'documents',
  up: `
CREATE TABLE documents (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  hash TEXT COLLATE "C" NOT NULL UNIQUE,
  date TEXT COLLATE "C",
  source TEXT COLLATE "C",
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('communique_english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('communique_english', text), 'B')
  ) STORED
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_source_date ON documents (source, date);
CREATE INDEX documents_fts ON documents USING GIN (fts);
`,
};
