import { z } from 'zod';
import { ErrorBodySchema, notFound } from '../http-errors.js';
import { DateRangeQuery, defined, PageQuery, pageOf, rangeOf, Text } from '../schemas.js';
export const DocumentSummarySchema = z.object({
    id: z.string(), date: z.string().nullable(), source: z.string().nullable(), title: z.string().nullable(),
    url: z.string().nullable(), hash: z.string(), ingestedAt: z.string(),
});
const DocumentsQuery = PageQuery.extend(DateRangeQuery.shape).extend({
    source: Text.optional().describe('Only documents of this source'),
});
const DocumentParams = z.object({ id: z.string().min(1).max(500).describe('Document id') });
/**
 * The document record as stored (docs: ../shared/spec/OUTPUT.md): text, sentences, names, dates,
 * entities with mentions and roles, PLOVER events, quotes and topics, every annotation with its
 * offsets and the rule that produced it.
 */
const DocumentRecordSchema = z.looseObject({
    id: z.string(), date: z.string().nullable(), url: z.string().nullable(), source: z.string().nullable(),
    title: z.string().nullable(), text: z.string(),
    entities: z.array(z.looseObject({ id: z.string(), type: z.string(), name: z.string() })),
    events: z.array(z.looseObject({ id: z.string(), event: z.array(z.string()) })),
    quotes: z.array(z.looseObject({ text: z.string(), start: z.number(), end: z.number() })),
    topics: z.array(z.string()),
});
/** GET /api/documents (newest first, filtered) and GET /api/documents/:id (the full record). */
export function documentRoutes(api, { repository }) {
    api.get('/documents', {
        schema: {
            tags: ['documents'], summary: 'Documents, newest first (undated last)',
            querystring: DocumentsQuery, response: { 200: pageOf(DocumentSummarySchema), 400: ErrorBodySchema },
        },
    }, async (request) => {
        const q = request.query;
        const filter = { ...defined({ source: q.source }), ...rangeOf(q) };
        const [items, total] = await Promise.all([
            repository.listDocuments({ ...filter, limit: q.limit, offset: q.offset }),
            repository.countDocuments(filter),
        ]);
        return { items, total, limit: q.limit, offset: q.offset };
    });
    api.get('/documents/:id', {
        schema: {
            tags: ['documents'], summary: 'One document record with all its annotations',
            params: DocumentParams, response: { 200: DocumentRecordSchema, 404: ErrorBodySchema },
        },
    }, async (request) => {
        const { id } = request.params;
        const record = await repository.getDocument(id);
        if (!record)
            throw notFound('document', id);
        return record;
    });
}
//# sourceMappingURL=documents.js.map