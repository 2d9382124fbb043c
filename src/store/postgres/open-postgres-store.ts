import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { CommuniqueError } from '../../core/errors.js';
import type { Repository } from '../repository.js';
import { pendingPostgresMigrations, runPostgresMigrations } from './migrate.js';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/index.js';
import { PostgresRepository } from './postgres-repository.js';
import type { PostgresStoreDatabase } from './schema.js';

export interface PostgresStoreOptions {
  /** Open an existing store for reading only (the server's default): no migration, read-only transactions. */
  readonly?: boolean;
  /**
   * The schema the store's tables live in (created if needed); defaults to the URL's `?schema=`
   * parameter, else `public`. Several stores can share one database this way (the tests do).
   */
  schema?: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /** For tests of the migration runner; defaults to every migration. */
  migrations?: readonly PostgresMigration[];
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;
const INT8_OID = 20;

/** `postgres://user:secret@host:5432/db` -> `host:5432/db`: error messages never show a password. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'postgres (unparsable URL)';
  }
}

/** The connection string without our own `schema` parameter, and that schema. */
function splitSchema(url: string, explicit: string | undefined): { connectionString: string; schema: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new CommuniqueError('STORE_OPEN_FAILED', 'the Postgres URL is not a valid URL (expected postgres://user:password@host:port/database)', {}, { cause: e });
  }
  const fromUrl = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const schema = explicit ?? fromUrl ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new CommuniqueError('STORE_OPEN_FAILED', `schema must be lower-case letters, digits and _ (got "${schema}")`);
  }
  return { connectionString: parsed.toString(), schema };
}

/**
 * Opens a Postgres store at `url` and brings its schema up to date (under an advisory lock, so
 * that many workers may start at once). Counts and keys are BIGINT in Postgres, which `pg`
 * returns as strings; this pool reads them as numbers (exact up to 2^53).
 *
 * @example
 * const store = await openPostgresStore('postgres://communique:secret@localhost:5432/communique');
 * await store.putDocument(record, contentHash(record.text));
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Repository> {
  const readonly = options.readonly ?? false;
  const { connectionString, schema } = splitSchema(url, options.schema);
  const where = describePostgresUrl(url);
  const settings = [`-c search_path=${schema}`, ...(readonly ? ['-c default_transaction_read_only=on'] : [])].join(' ');
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    options: settings,
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new CommuniqueError('STORE_OPEN_FAILED', `${where}: ${(e as Error).message}`, {}, { cause: e });
  }
  try {
    if (readonly) {
      const pending = await pendingPostgresMigrations(client, migrations);
      if (pending.length > 0) {
        throw new CommuniqueError('STORE_OPEN_FAILED', `${where} (schema ${schema}) needs ${pending.length} migration(s); open it once for writing first`);
      }
    } else {
      await runPostgresMigrations(client, migrations, schema);
    }
  } catch (e) {
    client.release();
    await pool.end().catch(() => undefined);
    if (e instanceof CommuniqueError) throw e;
    throw new CommuniqueError('STORE_OPEN_FAILED', `${where}: ${(e as Error).message}`, {}, { cause: e });
  }
  client.release();
  const db = new Kysely<PostgresStoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  return new PostgresRepository(db);
}
