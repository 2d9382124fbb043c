import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
export declare const DyadCountSchema: z.ZodObject<{
    pair: z.ZodTuple<[z.ZodString, z.ZodString], null>;
    events: z.ZodNumber;
    dateFrom: z.ZodNullable<z.ZodString>;
    dateTo: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
/** GET /api/dyads (country pairs by events) and /api/dyads/:a/:b (the country-pair dossier). */
export declare function dyadRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void;
