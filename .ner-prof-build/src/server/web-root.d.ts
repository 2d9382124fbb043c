import type { FastifyInstance } from 'fastify';
/**
 * Serves the built explorer (a single-page app) at `/` when `root/index.html` exists: files as
 * they are, and `index.html` for any other GET path that is not under /api or /docs, so the
 * app's own routes survive a reload. Without a build, `/` is a small page linking /docs.
 * Unknown /api paths always answer a JSON 404.
 */
export declare function registerWebRoot(app: FastifyInstance, root: string): Promise<void>;
