import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** GET /api/countries (by number of events) and /api/countries/:code (counts, partners, topics, recent events). */
export declare function countryRoutes(api: FastifyInstance, { repository }: ApiContext): void;
