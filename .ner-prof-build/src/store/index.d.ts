import type { Repository } from './repository.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';
export type * from './repository.js';
export { openSqliteStore };
export type { SqliteStoreOptions } from './sqlite/open-sqlite-store.js';
export interface OpenStoreOptions {
    /** Open an existing store for reading only (the server's default). */
    readonly?: boolean;
}
/**
 * Opens the store at `location`: a file path (or ':memory:') opens SQLite, created and migrated
 * as needed; a `postgres://` URL is reserved for the Postgres implementation, which will run the
 * same contract suite (test/contract/) once it exists.
 *
 * @example
 * const store = await openStore('communique.sqlite');
 * const hits = await store.search('"state visit" Astana');
 */
export declare function openStore(location: string, options?: OpenStoreOptions): Promise<Repository>;
