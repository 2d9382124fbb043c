import type { Migration } from './migration.js';
/**
 * Full-text search with English stemming: "parliament" finds "parliaments", "talk" finds "talks"
 * (FTS5's porter tokenizer wrapped around unicode61, which still folds case and diacritics).
 * The index is rebuilt from the documents table; the triggers that keep it in step (on
 * `documents`) are recreated as in 001 around the new table.
 */
export declare const migration003: Migration;
