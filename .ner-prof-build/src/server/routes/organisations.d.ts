import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** GET /api/organisations and /api/organisations/:id: organisations resolved across documents (src/kb). */
export declare function organisationRoutes(api: FastifyInstance, { knowledge }: ApiContext): void;
