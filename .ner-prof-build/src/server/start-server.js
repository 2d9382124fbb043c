import { openStore } from '../store/index.js';
import { buildServer } from './build-server.js';
export const DEFAULT_HOST = '127.0.0.1';
/**
 * Opens the store read-only and listens. The store is closed when the server closes.
 *
 * @example
 * const app = await startServer({ db: 'news.sqlite', port: 8080 });
 * console.log(app.listeningOrigin); // http://127.0.0.1:8080
 */
export async function startServer(options) {
    const repository = await openStore(options.db, { readonly: true });
    try {
        const app = await buildServer({
            repository,
            ...(options.logger !== undefined ? { logger: options.logger } : {}),
            ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
        });
        app.addHook('onClose', async () => repository.close());
        await app.listen({ port: options.port, host: options.host ?? DEFAULT_HOST });
        return app;
    }
    catch (e) {
        await repository.close();
        throw e;
    }
}
/** The address a listening server answers at, for people: "http://127.0.0.1:8080/". */
export function originOf(app) {
    const address = app.server.address();
    if (address === null || typeof address === 'string')
        return String(address);
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}/`;
}
/**
 * The hook `communique start` calls after analysing the examples (src/cli/start.ts): serves the
 * explorer and the API over the database on the loopback interface.
 */
export async function serveExplorer(options) {
    const app = await startServer({ ...options, logger: { level: 'error', stream: process.stderr } });
    return { url: originOf(app), close: () => app.close() };
}
//# sourceMappingURL=start-server.js.map