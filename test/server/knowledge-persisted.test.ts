import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateKnowledge } from '../../src/app/knowledge-update.js';
import { buildServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf } from '../contract/make-record.js';
import { FIXTURE_RECORDS, get, serverOver, type Fixture } from './server-fixture.js';

/** The fixture store with its knowledge base written by the ingest's update, served read-only. */
async function persistedServer(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-api-kb-'));
  const file = join(dir, 'store.sqlite');
  const writer = await openStore(file);
  for (const r of FIXTURE_RECORDS) await writer.putDocument(r, hashOf(r));
  await updateKnowledge(writer);
  await writer.close();
  const repository: Repository = await openStore(file, { readonly: true });
  const app: FastifyInstance = await buildServer({ repository });
  return { app, repository, close: async () => { await app.close(); await repository.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const URLS = [
  '/api/persons', '/api/persons?q=tulegen', '/api/persons?country=KAZ&limit=1&offset=0', '/api/persons/aigerim-tulegenova-kaz',
  '/api/organisations', '/api/organisations?q=senate', '/api/events/merged', '/api/events/merged?pair=KAZ,MYS&from=2025-04',
  '/api/events/merged?person=aigerim-tulegenova-kaz', '/api/dyads/KAZ/MYS', '/api/dyads/KAZ/MYS?from=2025-01&to=2025-03', '/api/export/popolo',
];

describe('server knowledge: tables written at ingest', () => {
  let persisted: Fixture;
  let inMemory: Fixture;
  beforeAll(async () => {
    persisted = await persistedServer();
    inMemory = await serverOver(FIXTURE_RECORDS);
  });
  afterAll(async () => {
    await persisted.close();
    await inMemory.close();
  });

  it('server knowledge: reads the persisted knowledge base when it has read every document', async () => {
    const store = knowledgeStoreOf(persisted.repository)!;
    expect(await store.countDocuments()).toBe(FIXTURE_RECORDS.length);
    expect(await knowledgeStoreOf(inMemory.repository)!.countDocuments()).toBe(0);
  });

  it('server knowledge: answers from the persisted tables equal the answers resolved in memory', async () => {
    for (const url of URLS) {
      const [a, b] = await Promise.all([get(persisted.app, url), get(inMemory.app, url)]);
      expect(a.status, url).toBe(200);
      expect(a.body, url).toEqual(b.body);
    }
    expect((await get(persisted.app, '/api/persons/aigerim-tulegenova-kaz')).body.documents).toHaveLength(3);
  });
});
