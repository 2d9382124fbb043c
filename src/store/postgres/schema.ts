import type { Generated } from 'kysely';
import type { StoreDatabase } from '../sqlite/schema.js';

/**
 * Row types of the Postgres schema (migrations/). The tables and columns are those of the SQLite
 * store, so its dialect-neutral read queries apply unchanged; the difference for kysely is that
 * keys are identity columns that Postgres fills in (BIGINT, read back as numbers: see
 * open-postgres-store.ts), and `documents.fts` is a generated tsvector.
 */
type WithGeneratedPk<T> = { [K in keyof T]: K extends 'pk' ? Generated<number> : T[K] };

export type PostgresStoreDatabase = {
  [Table in Exclude<keyof StoreDatabase, 'documents_fts'>]: WithGeneratedPk<StoreDatabase[Table]>;
};
