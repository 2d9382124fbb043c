/**
 * Full-text search with English stemming: "parliament" finds "parliaments", "talk" finds "talks"
 * (FTS5's porter tokenizer wrapped around unicode61, which still folds case and diacritics).
 * The index is rebuilt from the documents table; the triggers that keep it in step (on
 * `documents`) are recreated as in 001 around the new table.
 */
export const migration003 = {
    id: 3,
    name: 'fts_stemming',
    up: `
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'pk',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
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
//# sourceMappingURL=003_fts_stemming.js.map