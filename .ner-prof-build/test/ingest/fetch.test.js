import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>One</title><link>http://127.0.0.1/one</link><pubDate>Thu, 13 Jun 2024 09:00:00 GMT</pubDate><description>The ministers of Kazakhstan and Malaysia met in Astana.</description></item>
<item><title>Two</title><link>http://127.0.0.1/two</link><description>The presidents spoke by phone.</description></item>
</channel></rss>`;
const PAGE = `<!doctype html><html><head><meta property="og:title" content="Visit"><meta property="article:published_time" content="2024-05-01"></head>
<body><article><p>Minister of Foreign Affairs of Kazakhstan Aida Serikbayeva met Ambassador of Japan Kenji Morita to discuss the agenda of the intergovernmental commission.</p>
<p>“Japan is a reliable partner,” Serikbayeva said.</p></article></body></html>`;
let server;
let base = '';
beforeAll(async () => {
    server = createServer((req, res) => {
        switch (req.url) {
            case '/feed':
                res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
                return;
            case '/news/visit':
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
                return;
            case '/slow':
                setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 2_000).unref();
                return;
            case '/big':
                res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5_000));
                return;
            case '/big-stream': {
                // No Content-Length: the cap is enforced while the body streams in.
                res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
                for (let i = 0; i < 10; i++)
                    res.write('y'.repeat(1_000));
                res.end();
                return;
            }
            default:
                res.writeHead(404).end('not found');
        }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
});
describe('URL inputs', () => {
    it('fetch: a feed URL yields its items, recognised by Content-Type', async () => {
        const { docs, problems } = await readAll([`${base}/feed`]);
        expect(problems).toEqual([]);
        expect(docs.map((d) => [d.title, d.date, d.source, d.origin])).toEqual([
            ['One', '2024-06-13', 'Local Wire', `${base}/feed`],
            ['Two', null, 'Local Wire', `${base}/feed`],
        ]);
    });
    it('fetch: an HTML page is read with its metadata and its URL', async () => {
        const { docs } = await readAll([`${base}/news/visit`]);
        expect(docs[0]).toMatchObject({ id: 'visit', title: 'Visit', date: '2024-05-01', url: `${base}/news/visit` });
    });
    it('fetch: an HTTP error is FETCH_FAILED, a refused connection too', async () => {
        const { problems } = await readAll([`${base}/missing`, 'http://127.0.0.1:1/']);
        expect(problems.map((p) => p.code)).toEqual(['FETCH_FAILED', 'FETCH_FAILED']);
        expect(problems[0]?.message).toContain('404');
    });
    it('fetch: a server slower than the timeout is FETCH_TIMEOUT', async () => {
        const { problems } = await readAll([`${base}/slow`], { fetchTimeoutMs: 200 });
        expect(problems[0]).toMatchObject({ code: 'FETCH_TIMEOUT', path: `${base}/slow` });
    });
    it('fetch: a body over the cap is INPUT_TOO_LARGE, by Content-Length or while streaming', async () => {
        const { problems } = await readAll([`${base}/big`, `${base}/big-stream`], { maxBytes: 2_000 });
        expect(problems.map((p) => p.code)).toEqual(['INPUT_TOO_LARGE', 'INPUT_TOO_LARGE']);
    });
});
//# sourceMappingURL=fetch.test.js.map