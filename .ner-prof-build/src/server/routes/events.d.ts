import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CrossDocumentEvent } from '../../kb/index.js';
import type { ApiContext } from '../context.js';
export declare const EventSummarySchema: z.ZodObject<{
    documentId: z.ZodString;
    documentTitle: z.ZodNullable<z.ZodString>;
    source: z.ZodNullable<z.ZodString>;
    id: z.ZodString;
    categories: z.ZodArray<z.ZodString>;
    mode: z.ZodArray<z.ZodString>;
    context: z.ZodArray<z.ZodString>;
    date: z.ZodNullable<z.ZodString>;
    datePrecision: z.ZodNullable<z.ZodEnum<{
        day: "day";
        month: "month";
        year: "year";
    }>>;
    effectiveDate: z.ZodNullable<z.ZodString>;
    actors: z.ZodArray<z.ZodObject<{
        entity: z.ZodNullable<z.ZodString>;
        code: z.ZodNullable<z.ZodString>;
        sector: z.ZodNullable<z.ZodString>;
        text: z.ZodString;
    }, z.core.$strip>>;
    recipients: z.ZodArray<z.ZodObject<{
        entity: z.ZodNullable<z.ZodString>;
        code: z.ZodNullable<z.ZodString>;
        sector: z.ZodNullable<z.ZodString>;
        text: z.ZodString;
    }, z.core.$strip>>;
    eventText: z.ZodArray<z.ZodString>;
    textInfo: z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>;
    sentence: z.ZodString;
    evidence: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
    }, z.core.$strip>>;
    negated: z.ZodBoolean;
}, z.core.$strip>;
/** One real-world event merged from every article that reports it (src/kb/event-clusters.ts). */
export declare const CrossDocumentEventSchema: z.ZodObject<{
    id: z.ZodString;
    category: z.ZodString;
    negated: z.ZodBoolean;
    countries: z.ZodArray<z.ZodString>;
    persons: z.ZodArray<z.ZodString>;
    modes: z.ZodArray<z.ZodString>;
    dateFrom: z.ZodNullable<z.ZodString>;
    dateTo: z.ZodNullable<z.ZodString>;
    participants: z.ZodArray<z.ZodObject<{
        code: z.ZodNullable<z.ZodString>;
        sector: z.ZodNullable<z.ZodString>;
        person: z.ZodNullable<z.ZodString>;
        name: z.ZodString;
        titles: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
    topics: z.ZodArray<z.ZodString>;
    documents: z.ZodArray<z.ZodString>;
    sources: z.ZodArray<z.ZodObject<{
        document: z.ZodString;
        event: z.ZodString;
        date: z.ZodNullable<z.ZodString>;
        evidence: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
        }, z.core.$strip>>;
        rule: z.ZodString;
        sharedCountries: z.ZodNumber;
        sharedPersons: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
/** Cross-document events, latest first, undated last. */
export declare const newestFirst: (a: CrossDocumentEvent, b: CrossDocumentEvent) => number;
/**
 * GET /api/events: PLOVER events as the articles report them (one per report), filtered.
 * GET /api/events/merged: real-world events, each merged from every report of it (src/kb); negated
 * reports ("did not meet") are left out, as in the dossier: these are the counts to show.
 */
export declare function eventRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void;
