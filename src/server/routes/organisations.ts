import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ResolvedOrganisation } from '../../kb/index.js';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema, notFound } from '../http-errors.js';
import { CountryCode, defined, PageQuery, pageOf, Text } from '../schemas.js';

const OrganisationsQuery = PageQuery.extend({
  q: Text.optional().describe('Part of the name, another name or the acronym (case and accents ignored)'),
  country: CountryCode.optional().describe('ISO 3166-1 alpha-3 code of the organisation'),
});

const OrganisationParams = z.object({ id: z.string().min(1).max(300).describe('Organisation id') });

const OrganisationSummarySchema = z.object({
  id: z.string(), name: z.string(), otherNames: z.array(z.string()), country: z.string().nullable(), documents: z.number().int(),
});

const OrganisationDetailSchema = OrganisationSummarySchema.omit({ documents: true }).extend({
  documents: z.array(z.string()),
  sightings: z.array(z.object({ document: z.string(), entity: z.string(), name: z.string(), date: z.string().nullable(), rule: z.string() })),
});

const summary = (o: ResolvedOrganisation): z.infer<typeof OrganisationSummarySchema> =>
  ({ id: o.id, name: o.name, otherNames: o.otherNames, country: o.country, documents: o.documents.length });

/** GET /api/organisations and /api/organisations/:id: organisations resolved across documents (src/kb). */
export function organisationRoutes(api: FastifyInstance, { knowledge }: ApiContext): void {
  api.get('/organisations', {
    schema: {
      tags: ['organisations'], summary: 'Organisations across documents, most documents first',
      querystring: OrganisationsQuery, response: { 200: pageOf(OrganisationSummarySchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof OrganisationsQuery>;
    const kb = await knowledge.get();
    const { items, total } = await kb.listOrganisations({ ...defined({ q: q.q, country: q.country }), limit: q.limit, offset: q.offset });
    return { items: items.map(summary), total, limit: q.limit, offset: q.offset };
  });

  api.get('/organisations/:id', {
    schema: {
      tags: ['organisations'], summary: 'One organisation with the documents that name it',
      params: OrganisationParams, response: { 200: OrganisationDetailSchema, 404: ErrorBodySchema },
    },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof OrganisationParams>;
    const o = await (await knowledge.get()).getOrganisation(id);
    if (!o) throw notFound('organisation', id);
    return {
      ...summary(o),
      documents: o.documents,
      sightings: o.sightings.map((s) => ({ document: s.document, entity: s.entity, name: s.name, date: s.date, rule: s.rule })),
    };
  });
}
