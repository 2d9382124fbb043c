import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** /api/health (is the store readable?) and /api/stats (what it holds). */
export declare function metaRoutes(api: FastifyInstance, { repository }: ApiContext): void;
