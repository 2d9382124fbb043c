import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/** GET /api/export/plover (JSONL), /api/export/csv (events) and /api/export/popolo (persons and offices). */
export declare function exportRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void;
