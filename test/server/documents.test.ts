import { describe, expect, it } from 'vitest';
import { errorCode, fullAndEmptyServers, get } from './server-fixture.js';

const servers = fullAndEmptyServers();

describe('GET /api/search', () => {
  it('api search: finds documents by stemmed words, with a marked snippet and the page envelope', async () => {
    const a = await get(servers.full.app, '/api/search?q=memorandum');
    expect(a.status).toBe(200);
    expect(a.body.items.map((h: { id: string }) => h.id)).toEqual(['kaz-mys-2']);
    expect(a.body.items[0].snippet).toContain('<mark>');
    expect(a.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
  });

  it('api search: filters by source and date and pages with limit/offset', async () => {
    const all = await get(servers.full.app, '/api/search?q=parliaments');
    expect(all.body.total).toBe(4);
    const page = await get(servers.full.app, '/api/search?q=parliaments&limit=1&offset=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(4);
    const bySource = await get(servers.full.app, '/api/search?q=parliaments&source=Steppe%20Wire');
    expect(bySource.body.items.map((h: { id: string }) => h.id)).toEqual(['kaz-mys-2']);
    const byDate = await get(servers.full.app, '/api/search?q=parliaments&from=2025-04');
    expect(byDate.body.items.map((h: { id: string }) => h.id)).toEqual(['kaz-mys-2']);
  });

  it('api search: no match and an empty store give an empty page', async () => {
    expect((await get(servers.full.app, '/api/search?q=volcano')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await get(servers.empty.app, '/api/search?q=parliaments')).body.items).toEqual([]);
  });

  it('api search: FTS syntax in the query is read as text, not an error', async () => {
    const a = await get(servers.full.app, `/api/search?q=${encodeURIComponent('NEAR( "unbalanced title:')}`);
    expect(a.status).toBe(200);
  });

  it('api search: a missing or blank q, a bad date or a bad limit is REQUEST_INVALID', async () => {
    for (const url of ['/api/search', '/api/search?q=%20', '/api/search?q=x&from=2025-13-01', '/api/search?q=x&limit=0', '/api/search?q=x&limit=1001', '/api/search?q=x&offset=-1', '/api/search?q=x&limit=ten']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a), url).toBe('REQUEST_INVALID');
      expect(a.body.error.details.length, url).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/documents', () => {
  it('api documents: lists newest first, undated last, with the total', async () => {
    const a = await get(servers.full.app, '/api/documents');
    expect(a.status).toBe(200);
    expect(a.body.items.map((d: { id: string }) => d.id)).toEqual(['kaz-mys-2', 'kaz-mys-1', 'kaz-rus-1', 'fra-deu-1']);
    expect(a.body.total).toBe(4);
  });

  it('api documents: filters by source and inclusive date range, and pages', async () => {
    expect((await get(servers.full.app, '/api/documents?source=Rhine%20Courier')).body.items.map((d: { id: string }) => d.id)).toEqual(['fra-deu-1']);
    const range = await get(servers.full.app, '/api/documents?from=2025-03-03&to=2025-03-03');
    expect(range.body.items.map((d: { id: string }) => d.id)).toEqual(['kaz-mys-1']);
    const page = await get(servers.full.app, '/api/documents?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.body.items.map((d: { id: string }) => d.id)).toEqual(['kaz-rus-1', 'fra-deu-1']);
  });

  it('api documents: an empty store and a source with no documents give empty pages', async () => {
    expect((await get(servers.empty.app, '/api/documents')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await get(servers.full.app, '/api/documents?source=Nobody')).body.total).toBe(0);
  });

  it('api documents: a malformed date or a repeated parameter is REQUEST_INVALID', async () => {
    for (const url of ['/api/documents?from=March', '/api/documents?to=2025-02-30x', '/api/documents?source=a&source=b']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });

  it('api documents: one record carries its text and every annotation', async () => {
    const a = await get(servers.full.app, '/api/documents/kaz-mys-1');
    expect(a.status).toBe(200);
    expect(a.body.id).toBe('kaz-mys-1');
    expect(a.body.text).toContain('Senate Speaker Aigerim Tulegenova');
    expect(a.body.entities.map((e: { name: string }) => e.name)).toEqual(['Aigerim Tulegenova', 'Farid Rahman', 'Senate']);
    expect(a.body.events[0].event).toEqual(['CONSULT']);
    expect(a.body.quotes).toHaveLength(1);
    expect(a.body.topics).toEqual(['legislative', 'trade']);
  });

  it('api documents: an unknown id is NOT_FOUND', async () => {
    const a = await get(servers.full.app, '/api/documents/no-such-document');
    expect(a.status).toBe(404);
    expect(errorCode(a)).toBe('NOT_FOUND');
    expect((await get(servers.empty.app, '/api/documents/kaz-mys-1')).status).toBe(404);
  });
});
