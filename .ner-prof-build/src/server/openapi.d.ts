import type { FastifyInstance } from 'fastify';
export declare function registerOpenApi(app: FastifyInstance, version: string): Promise<void>;
