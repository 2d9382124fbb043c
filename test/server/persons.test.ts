import { describe, expect, it } from 'vitest';
import { errorCode, fullAndEmptyServers, get } from './server-fixture.js';

const servers = fullAndEmptyServers();

describe('GET /api/persons', () => {
  it('api persons: one person across the documents that name them, most documents first', async () => {
    const a = await get(servers.full.app, '/api/persons');
    expect(a.status).toBe(200);
    const first = a.body.items[0];
    expect(first).toMatchObject({ name: 'Aigerim Tulegenova', country: 'KAZ', documents: 3, firstSeen: '2024-11-20', lastSeen: '2025-04-10' });
    expect(a.body.items.filter((p: { name: string }) => p.name === 'Aigerim Tulegenova')).toHaveLength(1);
    expect(a.body.total).toBe(a.body.items.length);
  });

  it('api persons: filters by part of the name (case ignored) and by country', async () => {
    const byName = await get(servers.full.app, '/api/persons?q=SOROK');
    expect(byName.body.items.map((p: { name: string }) => p.name)).toEqual(['Pavel Sorokin']);
    const byCountry = await get(servers.full.app, '/api/persons?country=fra');
    expect(byCountry.body.items.map((p: { name: string }) => p.name)).toEqual(['Claire Dubois']);
    const paged = await get(servers.full.app, '/api/persons?limit=1&offset=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThan(1);
  });

  it('api persons: no match and an empty store give empty pages', async () => {
    expect((await get(servers.full.app, '/api/persons?q=nobody')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await get(servers.empty.app, '/api/persons')).body.total).toBe(0);
  });

  it('api persons: a country that is not three letters is REQUEST_INVALID', async () => {
    for (const url of ['/api/persons?country=KZ', '/api/persons?country=Kazakhstan', '/api/persons?q=']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });

  it('api persons: a person page has offices with evidence, events and quotations', async () => {
    const list = await get(servers.full.app, '/api/persons?q=tulegenova');
    const id = list.body.items[0].id as string;
    const a = await get(servers.full.app, `/api/persons/${encodeURIComponent(id)}`);
    expect(a.status).toBe(200);
    expect(a.body.documents).toHaveLength(3);
    expect(a.body.offices[0]).toMatchObject({ title: 'Senate Speaker', country: 'KAZ', firstSeen: '2024-11-20', lastSeen: '2025-04-10' });
    expect(a.body.offices[0].evidence.length).toBe(3);
    expect(a.body.events.length).toBeGreaterThanOrEqual(3);
    expect(a.body.quotes.map((q: { documentId: string }) => q.documentId).sort()).toEqual(['kaz-mys-1', 'kaz-mys-2', 'kaz-rus-1']);
  });

  it('api persons: an unknown person id is NOT_FOUND', async () => {
    const a = await get(servers.full.app, '/api/persons/nobody-xyz');
    expect(a.status).toBe(404);
    expect(errorCode(a)).toBe('NOT_FOUND');
  });
});

describe('GET /api/organisations', () => {
  it('api organisations: organisations across documents, filtered by name and country', async () => {
    const a = await get(servers.full.app, '/api/organisations');
    expect(a.status).toBe(200);
    expect(a.body.items).toEqual([expect.objectContaining({ name: 'Senate', country: 'KAZ', documents: 3 })]);
    expect((await get(servers.full.app, '/api/organisations?q=sen')).body.total).toBe(1);
    expect((await get(servers.full.app, '/api/organisations?country=DEU')).body.total).toBe(0);
  });

  it('api organisations: an empty store gives an empty page', async () => {
    expect((await get(servers.empty.app, '/api/organisations')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('api organisations: one organisation with its documents, and NOT_FOUND for an unknown id', async () => {
    const id = (await get(servers.full.app, '/api/organisations')).body.items[0].id as string;
    const a = await get(servers.full.app, `/api/organisations/${encodeURIComponent(id)}`);
    expect(a.status).toBe(200);
    expect(a.body.documents.sort()).toEqual(['kaz-mys-1', 'kaz-mys-2', 'kaz-rus-1']);
    const missing = await get(servers.full.app, '/api/organisations/no-such-org');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('api organisations: a bad limit is REQUEST_INVALID', async () => {
    const a = await get(servers.full.app, '/api/organisations?limit=-5');
    expect(a.status).toBe(400);
    expect(errorCode(a)).toBe('REQUEST_INVALID');
  });
});
