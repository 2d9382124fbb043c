import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ResolvedPerson } from '../../kb/index.js';
import type { QuoteSummary } from '../../store/repository.js';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema, notFound } from '../http-errors.js';
import { CountryCode, defined, PageQuery, pageOf, Text } from '../schemas.js';
import { CrossDocumentEventSchema } from './events.js';
import { QuoteSchema } from './quotes.js';

const PersonsQuery = PageQuery.extend({
  q: Text.optional().describe('Part of the name or of another spelling (case and accents ignored)'),
  country: CountryCode.optional().describe('ISO 3166-1 alpha-3 code of the person'),
});

const PersonParams = z.object({ id: z.string().min(1).max(300).describe('Person id, e.g. "maulen-ashimbayev-kaz"') });

export const PersonSummarySchema = z.object({
  id: z.string(), name: z.string(), otherNames: z.array(z.string()), country: z.string().nullable(), sectors: z.array(z.string()),
  firstSeen: z.string().nullable(), lastSeen: z.string().nullable(), documents: z.number().int(), ambiguous: z.boolean(),
});

export const OfficeSchema = z.object({
  id: z.string(), title: z.string(), otherTitles: z.array(z.string()), institution: z.string().nullable(), country: z.string().nullable(),
  sector: z.string().nullable(), firstSeen: z.string().nullable(), lastSeen: z.string().nullable(), past: z.boolean(),
  evidence: z.array(z.object({ document: z.string(), start: z.number(), end: z.number() })),
});

export const PersonDetailSchema = PersonSummarySchema.omit({ documents: true }).extend({
  documents: z.array(z.string()),
  sightings: z.array(z.object({ document: z.string(), entity: z.string(), name: z.string(), date: z.string().nullable(), rule: z.string() })),
  offices: z.array(OfficeSchema),
  events: z.array(CrossDocumentEventSchema),
  quotes: z.array(QuoteSchema),
});

/** At most this many events and quotes in a person's page; /api/events and /api/quotes page the rest. */
const DETAIL_ITEMS = 50;
/** Sightings whose documents are searched for the person's quotations, newest first (one query each). */
const QUOTE_SIGHTINGS = 200;

const summary = (p: ResolvedPerson): z.infer<typeof PersonSummarySchema> => ({
  id: p.id, name: p.name, otherNames: p.otherNames, country: p.country, sectors: p.sectors,
  firstSeen: p.firstSeen, lastSeen: p.lastSeen, documents: p.documents.length, ambiguous: p.ambiguous,
});

/**
 * GET /api/persons and /api/persons/:id: persons resolved across documents by the knowledge base
 * (src/kb/person-resolution.ts), with their observed offices, events and quotations.
 */
export function personRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void {
  api.get('/persons', {
    schema: {
      tags: ['persons'], summary: 'Persons across documents, most documents first',
      querystring: PersonsQuery, response: { 200: pageOf(PersonSummarySchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof PersonsQuery>;
    const kb = await knowledge.get();
    const { items, total } = await kb.listPersons({ ...defined({ q: q.q, country: q.country }), limit: q.limit, offset: q.offset });
    return { items: items.map(summary), total, limit: q.limit, offset: q.offset };
  });

  api.get('/persons/:id', {
    schema: {
      tags: ['persons'], summary: 'One person: names, offices over time as observed, events and quotations',
      params: PersonParams, response: { 200: PersonDetailSchema, 404: ErrorBodySchema },
    },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof PersonParams>;
    const kb = await knowledge.get();
    const p = await kb.getPerson(id);
    if (!p) throw notFound('person', id);
    const sightings = [...p.sightings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const quotes: QuoteSummary[] = [];
    for (const s of sightings.slice(0, QUOTE_SIGHTINGS)) {
      if (quotes.length >= DETAIL_ITEMS) break;
      quotes.push(...await repository.listQuotes({ documentId: s.document, speakerEntity: s.entity, limit: DETAIL_ITEMS - quotes.length }));
    }
    return {
      ...summary(p),
      documents: p.documents,
      sightings: sightings.map((s) => ({ document: s.document, entity: s.entity, name: s.name, date: s.date, rule: s.rule })),
      offices: (await kb.listOffices(id)).map(({ person: _person, ...o }) => o),
      // Negated events too: "X did not meet Y" is part of X's record.
      events: (await kb.listEvents({ person: id, includeNegated: true, limit: DETAIL_ITEMS })).items,
      quotes,
    };
  });
}
