import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CommuniqueError } from '../../core/errors.js';
import { pendingMigrations, runMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteRepository } from './sqlite-repository.js';
/**
 * Opens (creating it if needed) a SQLite store and brings its schema up to date.
 * `file` is a path or ':memory:'.
 *
 * @example
 * const store = await openSqliteStore('communique.sqlite');
 * await store.putDocument(record, contentHash(record.text));
 */
export async function openSqliteStore(file, options = {}) {
    const readonly = options.readonly ?? false;
    let db;
    try {
        if (!readonly && file !== ':memory:' && file !== '')
            mkdirSync(dirname(file), { recursive: true });
        db = new Database(file, { readonly, fileMustExist: readonly });
        if (!readonly) {
            // WAL: readers (the server) never block the writer (an ingest), and commits are cheap.
            db.pragma('journal_mode = WAL');
            // In WAL mode NORMAL is safe against corruption; a crash may lose the last commits, which a re-run restores.
            db.pragma('synchronous = NORMAL');
        }
        db.pragma('foreign_keys = ON');
        db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
    catch (e) {
        throw new CommuniqueError('STORE_OPEN_FAILED', `${file}: ${e.message}`, { path: file }, { cause: e });
    }
    const migrations = options.migrations ?? MIGRATIONS;
    try {
        if (readonly) {
            const pending = pendingMigrations(db, migrations);
            if (pending.length > 0) {
                throw new CommuniqueError('STORE_OPEN_FAILED', `${file} needs ${pending.length} migration(s); open it once for writing first`, { path: file });
            }
        }
        else {
            runMigrations(db, migrations);
        }
    }
    catch (e) {
        db.close();
        throw e;
    }
    return new SqliteRepository(db);
}
//# sourceMappingURL=open-sqlite-store.js.map