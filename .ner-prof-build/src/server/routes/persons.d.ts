import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
/**
 * GET /api/persons and /api/persons/:id: persons resolved across documents by the knowledge base
 * (src/kb/person-resolution.ts), with their observed offices, events and quotations.
 */
export declare function personRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void;
