import type { Repository } from '../repository.js';
import { type Migration } from './migrations/index.js';
export interface SqliteStoreOptions {
    /** Open an existing store for reading only (the server's default); no migration is run. */
    readonly?: boolean;
    /** For tests of the migration runner; defaults to every migration. */
    migrations?: readonly Migration[];
}
/**
 * Opens (creating it if needed) a SQLite store and brings its schema up to date.
 * `file` is a path or ':memory:'.
 *
 * @example
 * const store = await openSqliteStore('communique.sqlite');
 * await store.putDocument(record, contentHash(record.text));
 */
export declare function openSqliteStore(file: string, options?: SqliteStoreOptions): Promise<Repository>;
