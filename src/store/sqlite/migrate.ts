import type Database from 'better-sqlite3';
import { checkMigrationOrder, migrationFailed, MIGRATIONS_TABLE, unappliedMigrations } from '../migration-plan.js';
import type { Migration } from './migrations/index.js';

/** The ids already applied to this database, in order ([] for a new or read-only empty one). */
export function appliedMigrations(db: Database.Database): number[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_migrations'").get();
  if (table === undefined) return [];
  return (db.prepare('SELECT id FROM store_migrations ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
}

/** The migrations of `all` that this database has not applied yet; throws if it is newer than the code. */
export function pendingMigrations(db: Database.Database, all: readonly Migration[]): Migration[] {
  return unappliedMigrations(appliedMigrations(db), all);
}

/**
 * Applies the pending migrations in id order, each in its own transaction with its record in
 * `store_migrations`, so a failure leaves the store at the last good version.
 * Returns the ids applied.
 */
export function runMigrations(db: Database.Database, all: readonly Migration[]): number[] {
  checkMigrationOrder(all);
  db.exec(MIGRATIONS_TABLE);
  const pending = pendingMigrations(db, all);
  const record = db.prepare('INSERT INTO store_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    try {
      db.transaction(() => {
        db.exec(m.up);
        record.run(m.id, m.name, new Date().toISOString());
      })();
    } catch (e) {
      throw migrationFailed(m, e);
    }
  }
  return pending.map((m) => m.id);
}
