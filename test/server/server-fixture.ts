import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DocumentRecord } from '../../src/core/record.js';
import { buildServer, type ServerOptions } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf, makeRecord, type RecordSpec } from '../contract/make-record.js';

/**
 * A real SQLite store in a temporary file, filled with hand-made records (invented officials,
 * real countries), reopened read-only as the server opens it, and a server over it.
 */

/** makeRecord plus the Senate as an organisation entity, so /api/organisations has data. */
export function recordWithSenate(spec: RecordSpec): DocumentRecord {
  const r = makeRecord(spec);
  const start = r.text.indexOf('Senate');
  return {
    ...r,
    entities: [...r.entities, {
      id: 'e3', type: 'ORG', name: 'Senate', country: spec.hostCountry ?? 'KAZ', sector: 'LEG', titles: [], roles: [], honorifics: [],
      mentions: [{ start, end: start + 'Senate'.length, text: 'Senate', kind: 'name', by: { component: 'test', rule: 'test' } }],
      by: { component: 'actors', rule: 'org' },
    }],
  };
}

/**
 * Four documents: three with the Kazakh Senate Speaker (two meetings with a Malaysian envoy, one
 * with a Russian), and one undated French-German meeting from another source.
 */
export const FIXTURE_RECORDS: DocumentRecord[] = [
  recordWithSenate({ id: 'kaz-mys-1', date: '2025-03-03', category: 'CONSULT', topics: ['legislative', 'trade'] }),
  recordWithSenate({ id: 'kaz-mys-2', date: '2025-04-10', category: 'AGREE', topics: ['trade'], source: 'Steppe Wire', extra: 'A memorandum was signed.' }),
  recordWithSenate({
    id: 'kaz-rus-1', date: '2024-11-20', category: 'COOPERATE', guestName: 'Pavel Sorokin', guestCountry: 'RUS', topics: ['energy'],
    extra: 'Energy links were discussed.',
  }),
  makeRecord({
    id: 'fra-deu-1', date: null, eventDate: null, hostName: 'Claire Dubois', hostCountry: 'FRA', guestName: 'Jonas Weber', guestCountry: 'DEU',
    category: 'CONSULT', topics: ['security'], source: 'Rhine Courier', title: 'Paris and Berlin talk security',
  }),
];

export interface Fixture {
  app: FastifyInstance;
  repository: Repository;
  close: () => Promise<void>;
}

export async function serverOver(records: readonly DocumentRecord[], options: Omit<ServerOptions, 'repository'> = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-api-'));
  const file = join(dir, 'store.sqlite');
  const writer = await openStore(file);
  for (const r of records) await writer.putDocument(r, hashOf(r));
  await writer.close();
  const repository = await openStore(file, { readonly: true });
  const app = await buildServer({ repository, ...options });
  return {
    app,
    repository,
    close: async () => {
      await app.close();
      await repository.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  body: any;
  headers: Record<string, unknown>;
  text: string;
}

export async function get(app: FastifyInstance, url: string): Promise<Answer> {
  const res = await app.inject({ method: 'GET', url });
  let body: unknown = null;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = null;
  }
  return { status: res.statusCode, body, headers: res.headers, text: res.body };
}

/** Asserts the shape of an error answer and returns its code. */
export function errorCode(a: Answer): string {
  if (typeof a.body?.error?.code !== 'string' || typeof a.body.error.message !== 'string') {
    throw new Error(`not an error body: ${a.text.slice(0, 200)}`);
  }
  return a.body.error.code as string;
}

/** The four-document fixture and an empty store, each behind a server, open for one test file's tests. */
export function fullAndEmptyServers(): { full: Fixture; empty: Fixture } {
  const servers = {} as { full: Fixture; empty: Fixture };
  beforeAll(async () => {
    servers.full = await serverOver(FIXTURE_RECORDS);
    servers.empty = await serverOver([]);
  });
  afterAll(async () => {
    await servers.full.close();
    await servers.empty.close();
  });
  return servers;
}
