/**
 * The REST API: fastify routes over a store, one file per resource under routes/, zod schemas
 * that both validate requests and generate the OpenAPI document (/docs). See docs/api.md.
 *
 * @example
 * const app = await startServer({ db: 'news.sqlite', port: 8080 }); // http://127.0.0.1:8080/docs
 */
export { buildServer } from './build-server.js';
export { DEFAULT_HOST, originOf, serveExplorer, startServer } from './start-server.js';
//# sourceMappingURL=index.js.map