import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** GET /api/topics: documents per topic (or per topic and month), filtered by country, pair, source, dates. */
export declare function topicRoutes(api: FastifyInstance, { repository }: ApiContext): void;
