import { CommuniqueError } from '../core/errors.js';

/* What the SQLite and Postgres migration runners share: the record table and the checks. */

/** One row per applied migration; the same DDL is valid in SQLite and Postgres. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS store_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

interface NumberedMigration {
  readonly id: number;
  readonly name: string;
}

/** Throws unless the ids run 1, 2, 3, … in order. */
export function checkMigrationOrder(all: readonly NumberedMigration[]): void {
  all.forEach((m, i) => {
    if (m.id !== i + 1) {
      throw new CommuniqueError('STORE_MIGRATION_FAILED', `migration ids must run 1, 2, 3, …; found ${m.id} at position ${i + 1} (${m.name})`);
    }
  });
}

/** The migrations of `all` not in `applied`; throws if the store was written by a newer version. */
export function unappliedMigrations<M extends NumberedMigration>(applied: readonly number[], all: readonly M[]): M[] {
  const done = new Set(applied);
  const known = new Set(all.map((m) => m.id));
  const unknown = [...done].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CommuniqueError(
      'STORE_OPEN_FAILED',
      `the store has migration ${unknown.join(', ')} that this version does not know; it was written by a newer Communique`,
    );
  }
  return all.filter((m) => !done.has(m.id));
}

/** The error for a migration whose statements failed (named like its file, `002_annotations`). */
export function migrationFailed(m: NumberedMigration, e: unknown): CommuniqueError {
  const id = String(m.id).padStart(3, '0');
  return new CommuniqueError('STORE_MIGRATION_FAILED', `${id}_${m.name}: ${(e as Error).message}`, {}, { cause: e });
}
