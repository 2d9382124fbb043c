import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, FIXTURE_RECORDS, get, recordWithSenate, serverOver } from './server-fixture.js';
/** The fixture plus a second agency's report of the first KAZ-MYS meeting: one event, two reports. */
const SECOND_REPORT = recordWithSenate({
    id: 'kaz-mys-1-wire', date: '2025-03-03', category: 'CONSULT', source: 'Steppe Wire', topics: ['trade'],
    extra: 'The talks lasted two hours.',
});
let full;
let empty;
beforeAll(async () => {
    full = await serverOver([...FIXTURE_RECORDS, SECOND_REPORT]);
    empty = await serverOver([]);
});
afterAll(async () => {
    await full.close();
    await empty.close();
});
describe('GET /api/events/merged', () => {
    it('api merged events: two reports of one meeting are one event with both sources', async () => {
        const reports = await get(full.app, '/api/events?pair=KAZ,MYS');
        expect(reports.body.total).toBe(3);
        const merged = await get(full.app, '/api/events/merged?pair=KAZ,MYS');
        expect(merged.status).toBe(200);
        expect(merged.body.total).toBe(2);
        const consult = merged.body.items.find((e) => e.category === 'CONSULT');
        expect(consult.documents.sort()).toEqual(['kaz-mys-1', 'kaz-mys-1-wire']);
        expect(consult.sources).toHaveLength(2);
    });
    it('api merged events: filters by country, category, dates, person and document', async () => {
        const ids = async (url) => (await get(full.app, url)).body.items.map((e) => e.documents[0]);
        expect(await ids('/api/events/merged?country=RUS')).toEqual(['kaz-rus-1']);
        expect(await ids('/api/events/merged?category=agree')).toEqual(['kaz-mys-2']);
        expect(await ids('/api/events/merged?from=2025-04&to=2025')).toEqual(['kaz-mys-2']);
        expect(await ids('/api/events/merged?document=kaz-mys-1-wire')).toHaveLength(1);
        const sorokin = (await get(full.app, '/api/persons?q=sorokin')).body.items[0].id;
        expect(await ids(`/api/events/merged?person=${encodeURIComponent(sorokin)}`)).toEqual(['kaz-rus-1']);
    });
    it('api merged events: an empty store and no match give empty pages', async () => {
        expect((await get(empty.app, '/api/events/merged')).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
        expect((await get(full.app, '/api/events/merged?category=ASSAULT')).body.total).toBe(0);
    });
    it('api merged events: bad parameters are REQUEST_INVALID', async () => {
        for (const url of ['/api/events/merged?pair=KAZ', '/api/events/merged?category=x', '/api/events/merged?limit=2000']) {
            const a = await get(full.app, url);
            expect(a.status, url).toBe(400);
            expect(errorCode(a)).toBe('REQUEST_INVALID');
        }
    });
});
//# sourceMappingURL=events-merged.test.js.map