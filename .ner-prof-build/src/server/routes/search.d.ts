import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** GET /api/search: full-text search over titles and texts, best match first, with snippets. */
export declare function searchRoutes(api: FastifyInstance, { repository }: ApiContext): void;
