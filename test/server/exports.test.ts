import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/app/export-formats.js';
import { errorCode, fullAndEmptyServers, get } from './server-fixture.js';

const servers = fullAndEmptyServers();

const jsonLines = (text: string): Array<Record<string, unknown>> => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('GET /api/export/*', () => {
  it('api export: PLOVER JSONL has one dated event a line with PLOVER field names', async () => {
    const a = await get(servers.full.app, '/api/export/plover');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toMatch(/^application\/x-ndjson/u);
    const rows = jsonLines(a.text);
    // The undated French-German event cannot be a PLOVER row (PLOVER requires a date).
    expect(rows.map((r) => r.id).sort()).toEqual(['kaz-mys-1-ev1', 'kaz-mys-2-ev1', 'kaz-rus-1-ev1']);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['actor', 'recipient', 'event', 'event_text', 'text_info', 'cite_info']));
  });

  it('api export: PLOVER JSONL follows the source and date filters', async () => {
    const a = await get(servers.full.app, '/api/export/plover?source=Steppe%20Wire');
    expect(jsonLines(a.text).map((r) => r.id)).toEqual(['kaz-mys-2-ev1']);
    expect(jsonLines((await get(servers.full.app, '/api/export/plover?to=2024')).text).map((r) => r.id)).toEqual(['kaz-rus-1-ev1']);
  });

  it('api export: CSV has the header and one row per event', async () => {
    const a = await get(servers.full.app, '/api/export/csv');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toMatch(/^text\/csv/u);
    const lines = a.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 4);
  });

  it('api export: an empty store exports nothing but the CSV header', async () => {
    expect((await get(servers.empty.app, '/api/export/plover')).text).toBe('');
    expect((await get(servers.empty.app, '/api/export/csv')).text).toBe(CSV_COLUMNS.join(',') + '\r\n');
    expect((await get(servers.empty.app, '/api/export/popolo')).body).toEqual({ persons: [], organizations: [], posts: [], memberships: [] });
  });

  it('api export: Popolo JSON has each person once, their posts and memberships with sources', async () => {
    const a = await get(servers.full.app, '/api/export/popolo');
    expect(a.status).toBe(200);
    const speaker = a.body.persons.filter((p: { name: string }) => p.name === 'Aigerim Tulegenova');
    expect(speaker).toHaveLength(1);
    const memberships = a.body.memberships.filter((m: { person_id: string }) => m.person_id === speaker[0].id);
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ first_seen: '2024-11-20', last_seen: '2025-04-10' });
    expect(memberships[0].sources).toHaveLength(3);
    expect(a.body.posts.length).toBeGreaterThan(0);
  });

  it('api export: a malformed date filter is REQUEST_INVALID', async () => {
    for (const url of ['/api/export/plover?from=soon', '/api/export/csv?to=2025-1']) {
      const a = await get(servers.full.app, url);
      expect(a.status, url).toBe(400);
      expect(errorCode(a)).toBe('REQUEST_INVALID');
    }
  });
});
