import type { FastifyInstance, FastifyServerOptions } from 'fastify';
export interface StartOptions {
    /** SQLite file (or ':memory:') to serve; opened read-only. */
    db: string;
    /** 0 picks a free port. */
    port: number;
    /** Loopback by default: the API has no authentication, so exposing it is an explicit choice. */
    host?: string;
    logger?: FastifyServerOptions['logger'];
    webRoot?: string;
}
export declare const DEFAULT_HOST = "127.0.0.1";
/**
 * Opens the store read-only and listens. The store is closed when the server closes.
 *
 * @example
 * const app = await startServer({ db: 'news.sqlite', port: 8080 });
 * console.log(app.listeningOrigin); // http://127.0.0.1:8080
 */
export declare function startServer(options: StartOptions): Promise<FastifyInstance>;
/** The address a listening server answers at, for people: "http://127.0.0.1:8080/". */
export declare function originOf(app: FastifyInstance): string;
/**
 * The hook `communique start` calls after analysing the examples (src/cli/start.ts): serves the
 * explorer and the API over the database on the loopback interface.
 */
export declare function serveExplorer(options: {
    db: string;
    port: number;
    host?: string;
}): Promise<{
    url: string;
    close: () => Promise<void>;
}>;
