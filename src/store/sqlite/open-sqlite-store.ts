import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CommuniqueError } from '../../core/errors.js';
import type { Repository } from '../repository.js';
import { pendingMigrations, runMigrations } from './migrate.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { knowledgeLockFileOf, SqliteKnowledgeLock } from './sqlite-knowledge-lock.js';
import { SqliteRepository } from './sqlite-repository.js';

export interface SqliteStoreOptions {
  /** Open an existing store for reading only (the server's default); no migration is run. */
  readonly?: boolean;
  /** For tests of the migration runner; defaults to every migration. */
  migrations?: readonly Migration[];
  /**
   * How long a knowledge-base update waits for another process's, in ms, before failing with
   * STORE_LOCK_TIMEOUT (default: COMMUNIQUE_KB_LOCK_WAIT_MS, else 10 minutes). See SqliteKnowledgeLock.
   */
  knowledgeLockWaitMs?: number;
}

/**
 * Opens (creating it if needed) a SQLite store and brings its schema up to date.
 * `file` is a path or ':memory:'.
 *
 * @example
 * const store = await openSqliteStore('communique.sqlite');
 * await store.putDocument(record, contentHash(record.text));
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Repository> {
  const readonly = options.readonly ?? false;
  let db: Database.Database;
  try {
    if (!readonly && file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
    if (!readonly) {
      // WAL: readers (the server) never block the writer (an ingest), and commits are cheap.
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL is safe against corruption; a crash may lose the last commits, which a re-run restores.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    throw new CommuniqueError('STORE_OPEN_FAILED', `${file}: ${(e as Error).message}`, { path: file }, { cause: e });
  }
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    if (readonly) {
      const pending = pendingMigrations(db, migrations);
      if (pending.length > 0) {
        throw new CommuniqueError('STORE_OPEN_FAILED', `${file} needs ${pending.length} migration(s); open it once for writing first`, { path: file });
      }
    } else {
      runMigrations(db, migrations);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  // The lock's side file is opened on the first update, so a read-only store (the server) never creates it.
  const lockFile = file === ':memory:' || file === '' ? null : knowledgeLockFileOf(file);
  const waitMs = options.knowledgeLockWaitMs;
  return new SqliteRepository(db, new SqliteKnowledgeLock(lockFile, waitMs === undefined ? {} : { waitMs }));
}
