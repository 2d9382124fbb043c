import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { summariseDyad } from '../../kb/index.js';
import { MAX_LIMIT } from '../../store/page.js';
import type { DateRange, QuoteSummary, Repository } from '../../store/repository.js';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema, invalid, notFound } from '../http-errors.js';
import { CountryCode, countryName, DateRangeQuery, defined, PageQuery, pageOf, rangeOf } from '../schemas.js';
import { EventSummarySchema } from './events.js';
import { QuoteSchema } from './quotes.js';

export const DyadCountSchema = z.object({
  pair: z.tuple([z.string(), z.string()]), events: z.number().int(), dateFrom: z.string().nullable(), dateTo: z.string().nullable(),
});

const DyadsQuery = PageQuery.extend(DateRangeQuery.shape).extend({
  country: CountryCode.optional().describe('Only pairs that include this country'),
});

const DyadParams = z.object({ a: CountryCode, b: CountryCode });

export const MonthCategory = z.object({ month: z.string(), category: z.string(), events: z.number().int() });

export const DossierSchema = z.object({
  pair: z.tuple([z.string(), z.string()]),
  names: z.tuple([z.string().nullable(), z.string().nullable()]),
  reports: z.object({
    events: z.number().int().describe('Event reports between the pair (one per article that reports an event)'),
    timeline: z.array(MonthCategory).describe('Reports per month and PLOVER category'),
  }),
  merged: z.object({
    events: z.number().int().describe('Real-world events, each report of one event merged (src/kb/event-clusters.ts)'),
    reports: z.number().int(),
    timeline: z.array(MonthCategory),
    levels: z.array(z.object({ level: z.string(), events: z.number().int(), byMonth: z.record(z.string(), z.number()) }))
      .describe('Events per level of contact: heads of state, government, parliament, ministers, ambassadors, officials'),
    topics: z.array(z.object({ month: z.string(), topic: z.string(), events: z.number().int() })),
    temperature: z.object({
      mean: z.number().nullable().describe('Mean PLOVER weight of the events, -10..+10'),
      byMonth: z.array(z.object({ month: z.string(), mean: z.number(), events: z.number().int() })),
      trendPerMonth: z.number().nullable().describe('Least-squares slope of the monthly means (positive: warming)'),
    }),
  }),
  topics: z.array(z.object({ month: z.string(), topic: z.string(), documents: z.number().int() })).describe('Documents naming both countries, per topic per month'),
  recentEvents: z.array(EventSummarySchema),
  quotes: z.array(QuoteSchema).describe("Quotes by either country's officials in the articles that report the pair's events"),
});

const RECENT_EVENTS = 20;
const KEY_QUOTES = 20;
/** Documents scanned for key quotes, newest first. */
const QUOTE_DOCUMENTS = 100;

/** Quotes by speakers of either country, from the newest documents that report an event of the pair. */
async function keyQuotes(repository: Repository, pair: readonly [string, string], range: DateRange): Promise<QuoteSummary[]> {
  const events = await repository.listEvents({ ...range, countryPair: pair, limit: MAX_LIMIT });
  const documents = [...new Set(events.map((e) => e.documentId))].slice(0, QUOTE_DOCUMENTS);
  const out: QuoteSummary[] = [];
  for (const documentId of documents) {
    for (const quote of await repository.listQuotes({ documentId, limit: MAX_LIMIT })) {
      if (quote.speaker?.country && pair.includes(quote.speaker.country)) out.push(quote);
      if (out.length >= KEY_QUOTES) return out;
    }
  }
  return out;
}

/** GET /api/dyads (country pairs by events) and /api/dyads/:a/:b (the country-pair dossier). */
export function dyadRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void {
  api.get('/dyads', {
    schema: {
      tags: ['dyads'], summary: 'Country pairs that share events, most events first',
      querystring: DyadsQuery, response: { 200: pageOf(DyadCountSchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof DyadsQuery>;
    const filter = { ...defined({ country: q.country }), ...rangeOf(q) };
    // The store has no count of pairs; pairs are few (countries squared at most), so count by listing.
    const all: unknown[] = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await repository.listDyads({ ...filter, limit: MAX_LIMIT, offset });
      all.push(...page);
      if (page.length < MAX_LIMIT) break;
    }
    const items = await repository.listDyads({ ...filter, limit: q.limit, offset: q.offset });
    return { items, total: all.length, limit: q.limit, offset: q.offset };
  });

  api.get('/dyads/:a/:b', {
    schema: {
      tags: ['dyads'], summary: 'Country-pair dossier: events by category over time, levels of contact, topics, temperature, key quotes',
      params: DyadParams, querystring: DateRangeQuery, response: { 200: DossierSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
    },
  }, async (request) => {
    const { a, b } = request.params as z.infer<typeof DyadParams>;
    if (a === b) throw invalid(`a country pair needs two different codes, got ${a} twice`);
    for (const code of [a, b]) if (countryName(code) === null) throw notFound('country', code);
    const pair = [a, b].sort() as [string, string];
    const range = rangeOf(request.query as z.infer<typeof DateRangeQuery>);
    const kb = await knowledge.get();
    const [timeline, events, topics, recentEvents, quotes] = await Promise.all([
      repository.dyadSummary(pair, range),
      repository.countEvents({ ...range, countryPair: pair }),
      repository.topicTimeline({ ...range, countryPair: pair }),
      repository.listEvents({ ...range, countryPair: pair, limit: RECENT_EVENTS }),
      keyQuotes(repository, pair, range),
    ]);
    const merged = summariseDyad((await kb.listEvents({ ...range, pair, limit: 'all' })).items, pair[0], pair[1]);
    return {
      pair,
      names: [countryName(pair[0]), countryName(pair[1])],
      reports: { events, timeline },
      merged: { events: merged.events, reports: merged.reports, timeline: merged.timeline, levels: merged.levels, topics: merged.topics, temperature: merged.temperature },
      topics,
      recentEvents,
      quotes,
    };
  });
}
