import pg from 'pg';
import { afterAll } from 'vitest';
import { startPostgres } from './real-services.js';

/**
 * A real Postgres for one test file, with a fresh schema per store (so each test starts empty):
 * `url` is null when none is available (the reason is printed, the suite skips). At the end the
 * file's schemas are dropped and a server started here is stopped.
 */
export async function postgresWithSchemas(label: string): Promise<{ url: string | null; freshSchema: () => string }> {
  const service = await startPostgres();
  const url = 'url' in service ? service.url : null;
  if (url === null) console.warn(`${label}: skipped: ${'skip' in service ? service.skip : ''}`);
  const prefix = `${label.replace(/\W+/gu, '_')}_${process.pid}_${Date.now().toString(36)}`;
  let n = 0;
  afterAll(async () => {
    if (url === null || !('stop' in service)) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}_%`]);
    for (const r of rows) await client.query(`DROP SCHEMA ${r.nspname} CASCADE`);
    await client.end();
    await service.stop();
  }, 60_000);
  return { url, freshSchema: () => `${prefix}_${++n}` };
}
