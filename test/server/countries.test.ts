import { describe, expect, it } from 'vitest';
import { errorCode, fullAndEmptyServers, get } from './server-fixture.js';

const servers = fullAndEmptyServers();

describe('GET /api/countries', () => {
  it('api countries: countries by number of events, with their names', async () => {
    const a = await get(servers.full.app, '/api/countries');
    expect(a.status).toBe(200);
    expect(a.body.items[0]).toEqual({ code: 'KAZ', name: 'Kazakhstan', events: 3, documents: 3 });
    expect(a.body.items.map((c: { code: string }) => c.code).sort()).toEqual(['DEU', 'FRA', 'KAZ', 'MYS', 'RUS']);
    expect(a.body.total).toBe(5);
  });

  it('api countries: a date range narrows the counts; an empty store has none', async () => {
    const a = await get(servers.full.app, '/api/countries?from=2025');
    expect(a.body.items.find((c: { code: string }) => c.code === 'KAZ').events).toBe(2);
    expect(a.body.items.some((c: { code: string }) => c.code === 'RUS')).toBe(false);
    expect((await get(servers.empty.app, '/api/countries')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('api countries: a country page has counts, partners, topics and recent events', async () => {
    const a = await get(servers.full.app, '/api/countries/kaz');
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ code: 'KAZ', name: 'Kazakhstan', events: 3, documents: 3 });
    expect(a.body.partners.map((p: { pair: string[] }) => p.pair)).toEqual([['KAZ', 'MYS'], ['KAZ', 'RUS']]);
    expect(a.body.topics.map((t: { topic: string }) => t.topic)).toContain('energy');
    expect(a.body.recentEvents.map((e: { documentId: string }) => e.documentId)).toEqual(['kaz-mys-2', 'kaz-mys-1', 'kaz-rus-1']);
  });

  it('api countries: a real country without events is an empty page, not an error', async () => {
    const a = await get(servers.full.app, '/api/countries/BRA');
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ code: 'BRA', name: 'Brazil', events: 0, documents: 0, partners: [], recentEvents: [] });
  });

  it('api countries: an unknown code is NOT_FOUND, a malformed one REQUEST_INVALID', async () => {
    const unknown = await get(servers.full.app, '/api/countries/XYZ');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    for (const url of ['/api/countries/KZ', '/api/countries/K4Z', '/api/countries?limit=abc', '/api/countries/KAZ?from=yesterday']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });
});

describe('GET /api/dyads', () => {
  it('api dyads: country pairs by events, filtered by country, with the total', async () => {
    const a = await get(servers.full.app, '/api/dyads');
    expect(a.status).toBe(200);
    expect(a.body.items[0]).toMatchObject({ pair: ['KAZ', 'MYS'], events: 2, dateFrom: '2025-03-03', dateTo: '2025-04-10' });
    expect(a.body.total).toBe(3);
    const rus = await get(servers.full.app, '/api/dyads?country=RUS');
    expect(rus.body.items.map((d: { pair: string[] }) => d.pair)).toEqual([['KAZ', 'RUS']]);
    expect((await get(servers.full.app, '/api/dyads?limit=1&offset=1')).body).toMatchObject({ total: 3, limit: 1, offset: 1 });
  });

  it('api dyads: an empty store and a country without partners give empty pages', async () => {
    expect((await get(servers.empty.app, '/api/dyads')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await get(servers.full.app, '/api/dyads?country=BRA')).body.total).toBe(0);
  });

  it('api dyads: the dossier has reports and merged events by category over time, levels, topics and key quotes', async () => {
    const a = await get(servers.full.app, '/api/dyads/MYS/KAZ');
    expect(a.status).toBe(200);
    expect(a.body.pair).toEqual(['KAZ', 'MYS']);
    expect(a.body.names).toEqual(['Kazakhstan', 'Malaysia']);
    expect(a.body.reports.events).toBe(2);
    expect(a.body.reports.timeline).toEqual([
      { month: '2025-03', category: 'CONSULT', events: 1 },
      { month: '2025-04', category: 'AGREE', events: 1 },
    ]);
    expect(a.body.merged.events).toBe(2);
    expect(a.body.merged.levels.map((l: { level: string }) => l.level)).toContain('parliament');
    expect(a.body.merged.temperature.byMonth).toHaveLength(2);
    expect(a.body.topics.map((t: { topic: string }) => t.topic)).toContain('trade');
    expect(a.body.recentEvents).toHaveLength(2);
    expect(a.body.quotes.map((q: { documentId: string }) => q.documentId)).toEqual(['kaz-mys-2', 'kaz-mys-1']);
    expect(a.body.quotes[0].speaker.country).toBe('KAZ');
  });

  it('api dyads: a date range narrows the dossier', async () => {
    const a = await get(servers.full.app, '/api/dyads/KAZ/MYS?from=2025-04-01');
    expect(a.body.reports.events).toBe(1);
    expect(a.body.merged.events).toBe(1);
    expect(a.body.quotes.map((q: { documentId: string }) => q.documentId)).toEqual(['kaz-mys-2']);
  });

  it('api dyads: two real countries without shared events give an empty dossier', async () => {
    const a = await get(servers.full.app, '/api/dyads/BRA/MYS');
    expect(a.status).toBe(200);
    expect(a.body.reports).toEqual({ events: 0, timeline: [] });
    expect(a.body.merged.events).toBe(0);
    expect(a.body.quotes).toEqual([]);
  });

  it('api dyads: the same code twice or a malformed code is REQUEST_INVALID; an unknown code NOT_FOUND', async () => {
    for (const url of ['/api/dyads/KAZ/KAZ', '/api/dyads/KAZ/M', '/api/dyads?country=12', '/api/dyads/KAZ/MYS?to=2025-00']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
    const a = await get(servers.full.app, '/api/dyads/KAZ/QQQ');
    expect(a.status).toBe(404);
    expect(errorCode(a)).toBe('NOT_FOUND');
  });
});
