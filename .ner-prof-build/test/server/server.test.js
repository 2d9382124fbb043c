import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, serveExplorer, startServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { hashOf } from '../contract/make-record.js';
import { errorCode, FIXTURE_RECORDS, get, recordWithSenate, serverOver } from './server-fixture.js';
let full;
let empty;
let scratch;
beforeAll(async () => {
    full = await serverOver(FIXTURE_RECORDS);
    empty = await serverOver([], { webRoot: '/nonexistent/web/dist' });
    scratch = mkdtempSync(join(tmpdir(), 'communique-api-srv-'));
});
afterAll(async () => {
    await full.close();
    await empty.close();
    rmSync(scratch, { recursive: true, force: true });
});
describe('GET /api/health and /api/stats', () => {
    it('api health: answers ok with the number of documents', async () => {
        expect((await get(full.app, '/api/health')).body).toEqual({ status: 'ok', documents: 4 });
        expect((await get(empty.app, '/api/health')).body).toEqual({ status: 'ok', documents: 0 });
    });
    it('api stats: row counts and the date range; zeros and nulls for an empty store', async () => {
        expect((await get(full.app, '/api/stats')).body).toMatchObject({ documents: 4, events: 4, quotes: 4, dateFrom: '2024-11-20', dateTo: '2025-04-10' });
        expect((await get(empty.app, '/api/stats')).body).toMatchObject({ documents: 0, events: 0, dateFrom: null, dateTo: null });
    });
    it('api stats: unexpected query parameters are ignored, not an error', async () => {
        expect((await get(full.app, '/api/stats?verbose=1')).status).toBe(200);
    });
});
describe('server: errors and read-only', () => {
    it('server: an unknown /api path is a JSON NOT_FOUND', async () => {
        const a = await get(full.app, '/api/nothing-here');
        expect(a.status).toBe(404);
        expect(errorCode(a)).toBe('NOT_FOUND');
    });
    it('server: read-only by default, no route accepts a write', async () => {
        for (const method of ['POST', 'PUT', 'DELETE']) {
            const res = await full.app.inject({ method, url: '/api/documents/kaz-mys-1', payload: {} });
            expect(res.statusCode, method).toBe(404);
        }
        const writable = full.app.printRoutes({ commonPrefix: false });
        expect(writable).not.toMatch(/\((?:[A-Z, ]*)(?:POST|PUT|PATCH|DELETE)/u);
    });
    it('server: a store failure is a 500 SERVER_FAILED without internals in the body', async () => {
        const failing = new Proxy(full.repository, {
            get: (target, key) => (key === 'stats' ? () => Promise.reject(new Error('disk on fire /secret/path')) : Reflect.get(target, key)),
        });
        const app = await buildServer({ repository: failing });
        const a = await get(app, '/api/stats');
        await app.close();
        expect(a.status).toBe(500);
        expect(errorCode(a)).toBe('SERVER_FAILED');
        expect(a.text).not.toContain('secret');
    });
    it('server: persons follow documents stored after the server started', async () => {
        const file = join(scratch, 'growing.sqlite');
        const store = await openStore(file);
        const first = FIXTURE_RECORDS[3];
        await store.putDocument(first, hashOf(first));
        const app = await buildServer({ repository: store });
        expect((await get(app, '/api/persons?q=sorokin')).body.total).toBe(0);
        const later = recordWithSenate({ id: 'later', guestName: 'Pavel Sorokin', guestCountry: 'RUS' });
        await store.putDocument(later, hashOf(later));
        expect((await get(app, '/api/persons?q=sorokin')).body.total).toBe(1);
        await app.close();
        await store.close();
    });
});
describe('server: OpenAPI document', () => {
    it('server openapi: /docs/json is an OpenAPI 3 document listing every route with its parameters', async () => {
        const a = await get(full.app, '/docs/json');
        expect(a.status).toBe(200);
        expect(a.body.openapi).toMatch(/^3\.\d+\.\d+$/u);
        expect(a.body.info).toMatchObject({ title: 'Communique API' });
        const paths = Object.keys(a.body.paths);
        for (const route of [
            '/api/health', '/api/stats', '/api/search', '/api/documents', '/api/documents/{id}', '/api/persons', '/api/persons/{id}',
            '/api/organisations', '/api/organisations/{id}', '/api/events/merged', '/api/countries', '/api/countries/{code}', '/api/dyads', '/api/dyads/{a}/{b}', '/api/events',
            '/api/quotes', '/api/topics', '/api/export/plover', '/api/export/csv', '/api/export/popolo',
        ])
            expect(paths, route).toContain(route);
        expect(paths.some((p) => !p.startsWith('/api/')), 'only API routes are documented').toBe(false);
        const events = a.body.paths['/api/events'].get;
        const names = events.parameters.map((p) => p.name);
        expect(names).toEqual(expect.arrayContaining(['limit', 'offset', 'country', 'pair', 'category', 'from', 'to', 'topic', 'document']));
        const limit = events.parameters.find((p) => p.name === 'limit');
        expect(limit).toMatchObject({ in: 'query', schema: { type: 'integer', maximum: 1000 } });
        expect(events.responses['200'].content['application/json'].schema.properties).toHaveProperty('items');
        expect(events.responses['400']).toBeDefined();
    });
    it('server openapi: /docs serves the browsable documentation', async () => {
        const res = await full.app.inject({ url: '/docs/' });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/u);
    });
});
describe('server: web root', () => {
    it('server web: without a built explorer, / is a page that links /docs', async () => {
        const a = await get(empty.app, '/');
        expect(a.status).toBe(200);
        expect(a.headers['content-type']).toMatch(/text\/html/u);
        expect(a.text).toContain('href="/docs"');
        expect((await get(empty.app, '/dossier/KAZ-MYS')).status).toBe(404);
    });
    it('server web: a built explorer is served at / with its files and an SPA fallback', async () => {
        const dist = join(scratch, 'dist');
        mkdirSync(join(dist, 'assets'), { recursive: true });
        writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Explorer</title><div id="app"></div>');
        writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("explorer");');
        const store = await openStore(':memory:');
        const app = await buildServer({ repository: store, webRoot: dist });
        expect((await get(app, '/')).text).toContain('<title>Explorer</title>');
        const js = await get(app, '/assets/app.js');
        expect(js.status).toBe(200);
        expect(js.headers['content-type']).toMatch(/javascript/u);
        expect((await get(app, '/dossier/KAZ-MYS')).text).toContain('<title>Explorer</title>');
        const api = await get(app, '/api/no-such-route');
        expect(api.status).toBe(404);
        expect(errorCode(api)).toBe('NOT_FOUND');
        expect((await get(app, '/api/health')).status).toBe(200);
        await app.close();
        await store.close();
    });
});
describe('startServer', () => {
    it('server start: binds 127.0.0.1 by default and answers over HTTP', async () => {
        const file = join(scratch, 'listen.sqlite');
        const writer = await openStore(file);
        const r = FIXTURE_RECORDS[0];
        await writer.putDocument(r, hashOf(r));
        await writer.close();
        const app = await startServer({ db: file, port: 0 });
        try {
            const address = app.server.address();
            expect(address.address).toBe('127.0.0.1');
            const res = await fetch(`http://127.0.0.1:${address.port}/api/health`);
            expect(await res.json()).toEqual({ status: 'ok', documents: 1 });
        }
        finally {
            await app.close();
        }
    });
    it('server start: serveExplorer (the hook of `communique start`) gives the loopback URL it listens at', async () => {
        const file = join(scratch, 'explorer.sqlite');
        await (await openStore(file)).close();
        const { url, close } = await serveExplorer({ db: file, port: 0 });
        try {
            expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
            expect((await fetch(`${url}api/health`)).status).toBe(200);
        }
        finally {
            await close();
        }
    });
});
//# sourceMappingURL=server.test.js.map