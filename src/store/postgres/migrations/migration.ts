/**
 * A numbered schema change of the Postgres store, as for SQLite (src/store/sqlite/migrations/):
 * run in `id` order, each in its own transaction, recorded in `store_migrations`; a released
 * migration is never edited, a new one is added instead.
 */
export interface PostgresMigration {
  readonly id: number;
  readonly name: string;
  /** SQL statements, sent as one multi-statement query. */
  readonly up: string;
}
