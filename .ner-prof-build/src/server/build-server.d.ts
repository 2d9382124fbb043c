import { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Repository } from '../store/repository.js';
export interface ServerOptions {
    repository: Repository;
    /**
     * Read-only (the default) serves GET routes only. No write route exists yet; the option is
     * here so that one can only ever be added behind an explicit `readonly: false`.
     */
    readonly?: boolean;
    /** Fastify's logger option: false (default), true, or pino options. */
    logger?: FastifyServerOptions['logger'];
    /** The built explorer to serve at `/`; defaults to `web/dist` of the package. */
    webRoot?: string;
}
/**
 * The REST API over a store, as a fastify instance that has not started listening: tests call
 * `app.inject(...)`, `startServer` listens.
 *
 * @example
 * const app = await buildServer({ repository: await openStore('news.sqlite', { readonly: true }) });
 * const res = await app.inject({ url: '/api/events?pair=KAZ,MYS&category=CONSULT' });
 */
export declare function buildServer(options: ServerOptions): Promise<FastifyInstance>;
