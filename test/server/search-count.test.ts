import { describe, expect, it } from 'vitest';
import { searchCounterOf } from '../../src/store/knowledge-store.js';
import { FIXTURE_RECORDS, fullAndEmptyServers, get } from './server-fixture.js';

describe('api search total: counted by the store', () => {
  const servers = fullAndEmptyServers();

  it('search total: a page smaller than the hits still reports every hit, counted in SQL', async () => {
    const counter = searchCounterOf(servers.full.repository);
    expect(counter).not.toBeNull();
    const all = await servers.full.repository.search('Senate', { limit: 100 });
    expect(all.length).toBe(FIXTURE_RECORDS.length);
    expect(await counter!.countSearch('Senate')).toBe(all.length);
    expect(await counter!.countSearch('Senate', { source: 'Steppe Wire' })).toBe(1);
    expect(await counter!.countSearch('"no such phrase here"')).toBe(0);
    const page = await get(servers.full.app, '/api/search?q=Senate&limit=1&offset=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(all.length);
  });
});
