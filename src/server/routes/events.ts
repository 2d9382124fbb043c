import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema } from '../http-errors.js';
import { Category, CountryCode, CountryPair, DateRangeQuery, defined, PageQuery, pageOf, rangeOf, Text } from '../schemas.js';

const EventsQuery = PageQuery.extend(DateRangeQuery.shape).extend({
  country: CountryCode.optional().describe('Events with a participant of this country (ISO alpha-3)'),
  pair: CountryPair.optional().describe('Events between two countries, either side: "KAZ,MYS"'),
  category: Category.optional().describe('PLOVER category (AGREE, CONSULT, ...)'),
  topic: Text.optional().describe('Events of documents that carry this topic'),
  participant: Text.optional().describe("Part of a participant's name as written"),
  document: Text.optional().describe('Events of one document'),
});

const Participant = z.object({ entity: z.string().nullable(), code: z.string().nullable(), sector: z.string().nullable(), text: z.string() });
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const EventSummarySchema = z.object({
  documentId: z.string(), documentTitle: z.string().nullable(), source: z.string().nullable(), id: z.string(),
  categories: z.array(z.string()), mode: z.array(z.string()), context: z.array(z.string()),
  date: z.string().nullable(), datePrecision: z.enum(['day', 'month', 'year']).nullable(),
  effectiveDate: z.string().nullable().describe("The event's date, else its document's"),
  actors: z.array(Participant), recipients: z.array(Participant), eventText: z.array(z.string()),
  textInfo: SpanSchema, sentence: z.string(), evidence: z.array(SpanSchema), negated: z.boolean(),
});

/** One real-world event merged from every article that reports it (src/kb/event-clusters.ts). */
export const CrossDocumentEventSchema = z.object({
  id: z.string(), category: z.string(), negated: z.boolean(), countries: z.array(z.string()), persons: z.array(z.string()),
  modes: z.array(z.string()), dateFrom: z.string().nullable(), dateTo: z.string().nullable(),
  participants: z.array(z.object({ code: z.string().nullable(), sector: z.string().nullable(), person: z.string().nullable(), name: z.string(), titles: z.array(z.string()) })),
  topics: z.array(z.string()), documents: z.array(z.string()),
  sources: z.array(z.object({
    document: z.string(), event: z.string(), date: z.string().nullable(), evidence: z.array(SpanSchema), rule: z.string(),
    sharedCountries: z.number().int(), sharedPersons: z.number().int(),
  })),
});

const MergedEventsQuery = PageQuery.extend(DateRangeQuery.shape).extend({
  country: CountryCode.optional().describe('Events with a participant of this country (ISO alpha-3)'),
  pair: CountryPair.optional().describe('Events between two countries: "KAZ,MYS"'),
  category: Category.optional().describe('PLOVER category (AGREE, CONSULT, ...)'),
  person: Text.optional().describe('Events a resolved person takes part in (person id, see /api/persons)'),
  document: Text.optional().describe('Events reported by this document'),
});

/**
 * GET /api/events: PLOVER events as the articles report them (one per report), filtered.
 * GET /api/events/merged: real-world events, each merged from every report of it (src/kb); negated
 * reports ("did not meet") are left out, as in the dossier: these are the counts to show.
 */
export function eventRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void {
  api.get('/events/merged', {
    schema: {
      tags: ['events'], summary: 'Real-world events merged across the articles that report them, newest first',
      querystring: MergedEventsQuery, response: { 200: pageOf(CrossDocumentEventSchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof MergedEventsQuery>;
    const kb = await knowledge.get();
    const filter = defined({ country: q.country, pair: q.pair, category: q.category, person: q.person, document: q.document });
    const { items, total } = await kb.listEvents({ ...filter, ...rangeOf(q), limit: q.limit, offset: q.offset });
    return { items, total, limit: q.limit, offset: q.offset };
  });

  api.get('/events', {
    schema: {
      tags: ['events'], summary: 'PLOVER events, newest first (one row per report; see /api/dyads/{a}/{b} for merged events)',
      querystring: EventsQuery, response: { 200: pageOf(EventSummarySchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof EventsQuery>;
    const filter = {
      ...defined({ country: q.country, countryPair: q.pair, category: q.category, topic: q.topic, participant: q.participant, documentId: q.document }),
      ...rangeOf(q),
    };
    const [items, total] = await Promise.all([
      repository.listEvents({ ...filter, limit: q.limit, offset: q.offset }),
      repository.countEvents(filter),
    ]);
    return { items, total, limit: q.limit, offset: q.offset };
  });
}
