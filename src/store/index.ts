import type { PostgresStoreOptions } from './postgres/open-postgres-store.js';
import type { Repository } from './repository.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';

export type * from './repository.js';
export { openSqliteStore };
export type { SqliteStoreOptions } from './sqlite/open-sqlite-store.js';
export type { PostgresStoreOptions } from './postgres/open-postgres-store.js';

/** True for a location that names a Postgres database (`postgres://…` or `postgresql://…`). */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//iu.test(location);

/** The store's location as it may be printed: a Postgres URL's password replaced by `***`. */
export function displayLocation(location: string): string {
  return isPostgresUrl(location) ? location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/iu, '$1***@') : location;
}

/**
 * Opens a Postgres store (see openStore). The driver is loaded only here, so SQLite users never
 * load `pg`.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Repository> {
  const { openPostgresStore: open } = await import('./postgres/open-postgres-store.js');
  return open(url, options);
}

export interface OpenStoreOptions {
  /** Open an existing store for reading only (the server's default). */
  readonly?: boolean;
}

/**
 * Opens the store at `location`: a file path (or ':memory:') opens SQLite (the default), a
 * `postgres://` or `postgresql://` URL opens Postgres (for many workers; `?schema=name` picks a
 * schema). Either is created and migrated as needed; both pass the same contract suite
 * (test/contract/).
 *
 * @example
 * const store = await openStore('communique.sqlite');
 * const shared = await openStore('postgres://communique:secret@db.internal:5432/news');
 * const hits = await store.search('"state visit" Astana');
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Repository> {
  if (isPostgresUrl(location)) {
    return openPostgresStore(location, options.readonly === undefined ? {} : { readonly: options.readonly });
  }
  return openSqliteStore(location, options.readonly === undefined ? {} : { readonly: options.readonly });
}
