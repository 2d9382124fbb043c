import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
export declare const QuoteSchema: z.ZodObject<{
    documentId: z.ZodString;
    documentDate: z.ZodNullable<z.ZodString>;
    documentTitle: z.ZodNullable<z.ZodString>;
    source: z.ZodNullable<z.ZodString>;
    index: z.ZodNumber;
    text: z.ZodString;
    start: z.ZodNumber;
    end: z.ZodNumber;
    direct: z.ZodBoolean;
    cue: z.ZodNullable<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        text: z.ZodString;
    }, z.core.$strip>>;
    speaker: z.ZodNullable<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        name: z.ZodString;
        entity: z.ZodNullable<z.ZodString>;
        entityName: z.ZodNullable<z.ZodString>;
        country: z.ZodNullable<z.ZodString>;
        sector: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
/** GET /api/quotes: attributed quotations, newest document first. */
export declare function quoteRoutes(api: FastifyInstance, { repository }: ApiContext): void;
