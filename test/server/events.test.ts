import { describe, expect, it } from 'vitest';
import { errorCode, fullAndEmptyServers, get } from './server-fixture.js';

const servers = fullAndEmptyServers();

const docs = (body: { items: Array<{ documentId: string }> }): string[] => body.items.map((e) => e.documentId);

describe('GET /api/events', () => {
  it('api events: every event, newest first, with participants and the stating sentence', async () => {
    const a = await get(servers.full.app, '/api/events');
    expect(a.status).toBe(200);
    expect(docs(a.body)).toEqual(['kaz-mys-2', 'kaz-mys-1', 'kaz-rus-1', 'fra-deu-1']);
    expect(a.body.total).toBe(4);
    expect(a.body.items[0]).toMatchObject({ categories: ['AGREE'], actors: [expect.objectContaining({ code: 'MYS' })] });
    expect(a.body.items[0].sentence).toContain('met Ambassador');
  });

  it('api events: filters by country, pair, category, dates, topic, document and participant', async () => {
    expect(docs((await get(servers.full.app, '/api/events?country=RUS')).body)).toEqual(['kaz-rus-1']);
    expect(docs((await get(servers.full.app, '/api/events?pair=mys,kaz')).body)).toEqual(['kaz-mys-2', 'kaz-mys-1']);
    expect(docs((await get(servers.full.app, '/api/events?category=consult')).body)).toEqual(['kaz-mys-1', 'fra-deu-1']);
    expect(docs((await get(servers.full.app, '/api/events?from=2025-01-01&to=2025-03-31')).body)).toEqual(['kaz-mys-1']);
    expect(docs((await get(servers.full.app, '/api/events?topic=energy')).body)).toEqual(['kaz-rus-1']);
    expect(docs((await get(servers.full.app, '/api/events?document=fra-deu-1')).body)).toEqual(['fra-deu-1']);
    expect(docs((await get(servers.full.app, '/api/events?participant=sorokin')).body)).toEqual(['kaz-rus-1']);
    const paged = await get(servers.full.app, '/api/events?country=KAZ&limit=2&offset=2');
    expect(paged.body).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(docs(paged.body)).toEqual(['kaz-rus-1']);
  });

  it('api events: no match and an empty store give empty pages', async () => {
    expect((await get(servers.full.app, '/api/events?category=ASSAULT')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await get(servers.empty.app, '/api/events?pair=KAZ,MYS')).body.total).toBe(0);
  });

  it('api events: an unknown category, a one-sided or doubled pair, a bad date is REQUEST_INVALID', async () => {
    for (const url of ['/api/events?category=HUG', '/api/events?pair=KAZ', '/api/events?pair=KAZ,KAZ', '/api/events?pair=KAZ,MYS,RUS', '/api/events?from=20250101', '/api/events?country=K']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a), url).toBe('REQUEST_INVALID');
      expect(a.body.error.details[0].path, url).toMatch(/^querystring\./u);
    }
  });
});

describe('GET /api/quotes', () => {
  it('api quotes: quotations with cue and resolved speaker, newest document first', async () => {
    const a = await get(servers.full.app, '/api/quotes');
    expect(a.status).toBe(200);
    expect(docs(a.body)).toEqual(['kaz-mys-2', 'kaz-mys-1', 'kaz-rus-1', 'fra-deu-1']);
    expect(a.body.items[0]).toMatchObject({ text: 'Our parliaments will work together on trade and transport', direct: true, cue: { text: 'said' } });
    expect(a.body.items[0].speaker).toMatchObject({ name: 'Tulegenova', entityName: 'Aigerim Tulegenova', country: 'KAZ' });
  });

  it('api quotes: filters by speaker, country, document with entity, and dates', async () => {
    expect(docs((await get(servers.full.app, '/api/quotes?speaker=dubois')).body)).toEqual(['fra-deu-1']);
    expect(docs((await get(servers.full.app, '/api/quotes?country=KAZ&to=2025-03')).body)).toEqual(['kaz-mys-1', 'kaz-rus-1']);
    expect(docs((await get(servers.full.app, '/api/quotes?document=kaz-mys-1&entity=e1')).body)).toEqual(['kaz-mys-1']);
    expect((await get(servers.full.app, '/api/quotes?document=kaz-mys-1&entity=e2')).body.total).toBe(0);
  });

  it('api quotes: an empty store gives an empty page', async () => {
    expect((await get(servers.empty.app, '/api/quotes')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('api quotes: an entity without its document or a bad country is REQUEST_INVALID', async () => {
    for (const url of ['/api/quotes?entity=e1', '/api/quotes?country=Kazakh', '/api/quotes?limit=1e9']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });
});

describe('GET /api/topics', () => {
  it('api topics: documents per topic, most frequent first', async () => {
    const a = await get(servers.full.app, '/api/topics');
    expect(a.status).toBe(200);
    expect(a.body.items[0]).toEqual({ topic: 'trade', documents: 2 });
    expect(a.body.total).toBe(4);
  });

  it('api topics: per month, and filtered by country, pair and source', async () => {
    const monthly = await get(servers.full.app, '/api/topics?by=month&country=MYS');
    expect(monthly.body.items).toContainEqual({ month: '2025-04', topic: 'trade', documents: 1 });
    expect((await get(servers.full.app, '/api/topics?pair=KAZ,RUS')).body.items).toEqual([{ topic: 'energy', documents: 1 }]);
    expect((await get(servers.full.app, '/api/topics?source=Rhine%20Courier')).body.items).toEqual([{ topic: 'security', documents: 1 }]);
  });

  it('api topics: an empty store gives an empty page', async () => {
    expect((await get(servers.empty.app, '/api/topics?by=month')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('api topics: an unknown grouping or pair is REQUEST_INVALID', async () => {
    for (const url of ['/api/topics?by=week', '/api/topics?pair=KAZ']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });
});
