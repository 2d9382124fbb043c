import type Database from 'better-sqlite3';
import type { Migration } from './migrations/index.js';
/** The ids already applied to this database, in order ([] for a new or read-only empty one). */
export declare function appliedMigrations(db: Database.Database): number[];
/** The migrations of `all` that this database has not applied yet; throws if it is newer than the code. */
export declare function pendingMigrations(db: Database.Database, all: readonly Migration[]): Migration[];
/**
 * Applies the pending migrations in id order, each in its own transaction with its record in
 * `store_migrations`, so a failure leaves the store at the last good version.
 * Returns the ids applied.
 */
export declare function runMigrations(db: Database.Database, all: readonly Migration[]): number[];
