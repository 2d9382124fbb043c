import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema, notFound } from '../http-errors.js';
import { CountryCode, countryName, DateRangeQuery, PageQuery, pageOf, rangeOf, slicePage } from '../schemas.js';
import { DyadCountSchema } from './dyads.js';
import { EventSummarySchema } from './events.js';

const CountriesQuery = PageQuery.extend(DateRangeQuery.shape);
const CountryParams = z.object({ code: CountryCode.describe('ISO 3166-1 alpha-3 code (or IGO, UNO, EUR)') });

export const CountryCountSchema = z.object({
  code: z.string(), name: z.string().nullable(), events: z.number().int(), documents: z.number().int(),
});

export const CountryDetailSchema = CountryCountSchema.extend({
  partners: z.array(DyadCountSchema).describe('Country pairs with this country, most events first'),
  topics: z.array(z.object({ topic: z.string(), documents: z.number().int() })),
  recentEvents: z.array(EventSummarySchema),
});

/** Partners and recent events shown on a country's page; /api/dyads and /api/events page the rest. */
const DETAIL_ITEMS = 20;

/** GET /api/countries (by number of events) and /api/countries/:code (counts, partners, topics, recent events). */
export function countryRoutes(api: FastifyInstance, { repository }: ApiContext): void {
  api.get('/countries', {
    schema: {
      tags: ['countries'], summary: 'Countries by the number of events they take part in',
      querystring: CountriesQuery, response: { 200: pageOf(CountryCountSchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof CountriesQuery>;
    const counts = await repository.countryCounts(rangeOf(q));
    return slicePage(counts.map((c) => ({ ...c, name: countryName(c.code) })), q);
  });

  api.get('/countries/:code', {
    schema: {
      tags: ['countries'], summary: 'One country: counts, partners, topics and recent events',
      params: CountryParams, querystring: DateRangeQuery, response: { 200: CountryDetailSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
    },
  }, async (request) => {
    const { code } = request.params as z.infer<typeof CountryParams>;
    const range = rangeOf(request.query as z.infer<typeof DateRangeQuery>);
    const name = countryName(code);
    // A real country without events is an empty page, not a 404; a code no list knows is.
    if (name === null) throw notFound('country', code);
    const [counts, partners, topics, recentEvents] = await Promise.all([
      repository.countryCounts(range),
      repository.listDyads({ ...range, country: code, limit: DETAIL_ITEMS }),
      repository.topicCounts({ ...range, country: code }),
      repository.listEvents({ ...range, country: code, limit: DETAIL_ITEMS }),
    ]);
    const mine = counts.find((c) => c.code === code);
    return { code, name, events: mine?.events ?? 0, documents: mine?.documents ?? 0, partners, topics, recentEvents };
  });
}
