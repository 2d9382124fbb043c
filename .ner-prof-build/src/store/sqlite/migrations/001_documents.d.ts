import type { Migration } from './migration.js';
/**
 * Documents and their full-text index. `pk` is the internal key every other table refers to;
 * `id` is the public id. `record` is the document record as JSON without its text (the text
 * lives once, in `text`). FTS5 uses external content (the documents table) and is kept in step
 * by triggers, so a write can never leave the index behind.
 */
export declare const migration001: Migration;
