/**
 * Documents and their full-text index. `pk` is the internal key every other table refers to;
 * `id` is the public id. `record` is the document record as JSON without its text (the text
 * lives once, in `text`). FTS5 uses external content (the documents table) and is kept in step
 * by triggers, so a write can never leave the index behind.
 */
export const migration001 = {
    id: 1,
    name: 'documents',
    up: `
CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  date TEXT,
  source TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_source_date ON documents (source, date);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'pk',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.pk, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.pk, coalesce(old.title, ''), old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, coalesce(new.title, ''), new.text);
END;
`,
};
//# sourceMappingURL=001_documents.js.map