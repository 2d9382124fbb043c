import { z } from 'zod';
import { fold } from '../../kb/text-fold.js';
import { ErrorBodySchema, notFound } from '../http-errors.js';
import { CountryCode, PageQuery, pageOf, slicePage, Text } from '../schemas.js';
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
const summary = (o) => ({ id: o.id, name: o.name, otherNames: o.otherNames, country: o.country, documents: o.documents.length });
/** GET /api/organisations and /api/organisations/:id: organisations resolved across documents (src/kb). */
export function organisationRoutes(api, { knowledge }) {
    api.get('/organisations', {
        schema: {
            tags: ['organisations'], summary: 'Organisations across documents, most documents first',
            querystring: OrganisationsQuery, response: { 200: pageOf(OrganisationSummarySchema), 400: ErrorBodySchema },
        },
    }, async (request) => {
        const q = request.query;
        const kb = await knowledge.get();
        const needle = q.q === undefined ? null : fold(q.q);
        const found = kb.organisations
            .filter((o) => (needle === null || [o.name, ...o.otherNames].some((n) => fold(n).includes(needle)))
            && (q.country === undefined || o.country === q.country))
            .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
        return slicePage(found.map(summary), q);
    });
    api.get('/organisations/:id', {
        schema: {
            tags: ['organisations'], summary: 'One organisation with the documents that name it',
            params: OrganisationParams, response: { 200: OrganisationDetailSchema, 404: ErrorBodySchema },
        },
    }, async (request) => {
        const { id } = request.params;
        const o = (await knowledge.get()).organisationById.get(id);
        if (!o)
            throw notFound('organisation', id);
        return {
            ...summary(o),
            documents: o.documents,
            sightings: o.sightings.map((s) => ({ document: s.document, entity: s.entity, name: s.name, date: s.date, rule: s.rule })),
        };
    });
}
//# sourceMappingURL=organisations.js.map