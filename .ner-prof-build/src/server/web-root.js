import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { errorBody } from './http-errors.js';
/** Shown at `/` while no explorer is built: where the API and its documentation are. */
const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Communique</title></head>
<body>
<h1>Communique</h1>
<p>The explorer is not built (no <code>web/dist</code>). The REST API is served under <a href="/api/stats">/api</a>;
its documentation is at <a href="/docs">/docs</a> (OpenAPI document: <a href="/docs/json">/docs/json</a>).</p>
</body></html>
`;
/**
 * Serves the built explorer (a single-page app) at `/` when `root/index.html` exists: files as
 * they are, and `index.html` for any other GET path that is not under /api or /docs, so the
 * app's own routes survive a reload. Without a build, `/` is a small page linking /docs.
 * Unknown /api paths always answer a JSON 404.
 */
export async function registerWebRoot(app, root) {
    const hasApp = existsSync(join(root, 'index.html'));
    if (hasApp)
        await app.register(fastifyStatic, { root, wildcard: true, schemaHide: true });
    else
        app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(PLACEHOLDER));
    app.setNotFoundHandler((request, reply) => {
        const path = request.url.split('?')[0] ?? '';
        const isPage = request.method === 'GET' && !/^\/(?:api|docs)(?:\/|$)/u.test(path);
        if (hasApp && isPage)
            return reply.type('text/html; charset=utf-8').sendFile('index.html');
        return reply.status(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${path}`));
    });
}
//# sourceMappingURL=web-root.js.map