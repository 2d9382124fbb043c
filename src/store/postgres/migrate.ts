import type { PoolClient } from 'pg';
import { checkMigrationOrder, migrationFailed, MIGRATIONS_TABLE, unappliedMigrations } from '../migration-plan.js';
import type { PostgresMigration } from './migrations/index.js';

/**
 * Several workers may open the same store at once (the scale-out case): a session advisory lock
 * lets one of them migrate while the others wait, then find nothing left to do. It is one lock
 * for the whole database, not one per schema, because migration 001 may install the `unaccent`
 * extension, which is shared by every schema.
 */
const LOCK = "SELECT pg_advisory_lock(hashtext('communique.store.migrate'))";
const UNLOCK = "SELECT pg_advisory_unlock(hashtext('communique.store.migrate'))";

/** The ids already applied in the current schema, in order ([] for a new one). */
export async function appliedPostgresMigrations(client: PoolClient): Promise<number[]> {
  const table = await client.query<{ exists: boolean }>(
    "SELECT to_regclass(quote_ident(current_schema()) || '.store_migrations') IS NOT NULL AS exists",
  );
  if (table.rows[0]?.exists !== true) return [];
  const rows = await client.query<{ id: number }>('SELECT id FROM store_migrations ORDER BY id');
  return rows.rows.map((r) => r.id);
}

/** The migrations of `all` not applied yet; throws if the store was written by a newer version. */
export async function pendingPostgresMigrations(client: PoolClient, all: readonly PostgresMigration[]): Promise<PostgresMigration[]> {
  return unappliedMigrations(await appliedPostgresMigrations(client), all);
}

/**
 * Applies the pending migrations in id order, each in its own transaction with its record in
 * `store_migrations` (Postgres DDL is transactional), so a failure leaves the store at the last
 * good version. `schema` (a checked identifier) is created first when given. Returns the ids applied.
 */
export async function runPostgresMigrations(client: PoolClient, all: readonly PostgresMigration[], schema?: string): Promise<number[]> {
  checkMigrationOrder(all);
  await client.query(LOCK);
  try {
    // Under the lock: two first openers would otherwise race to create the schema.
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(MIGRATIONS_TABLE);
    const pending = await pendingPostgresMigrations(client, all);
    for (const m of pending) {
      try {
        await client.query('BEGIN');
        await client.query(m.up);
        await client.query('INSERT INTO store_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw migrationFailed(m, e);
      }
    }
    return pending.map((m) => m.id);
  } finally {
    await client.query(UNLOCK).catch(() => undefined);
  }
}
