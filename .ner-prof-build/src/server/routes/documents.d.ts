import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
export declare const DocumentSummarySchema: z.ZodObject<{
    id: z.ZodString;
    date: z.ZodNullable<z.ZodString>;
    source: z.ZodNullable<z.ZodString>;
    title: z.ZodNullable<z.ZodString>;
    url: z.ZodNullable<z.ZodString>;
    hash: z.ZodString;
    ingestedAt: z.ZodString;
}, z.core.$strip>;
/** GET /api/documents (newest first, filtered) and GET /api/documents/:id (the full record). */
export declare function documentRoutes(api: FastifyInstance, { repository }: ApiContext): void;
