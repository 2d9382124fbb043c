import { z } from 'zod';
import { ErrorBodySchema } from '../http-errors.js';
import { CountryCode, DateRangeQuery, defined, PageQuery, pageOf, rangeOf, Text } from '../schemas.js';
const QuotesQuery = PageQuery.extend(DateRangeQuery.shape).extend({
    speaker: Text.optional().describe("Part of the speaker's name as written or as resolved"),
    entity: Text.optional().describe('With `document`: quotes of this entity of that document ("e1")'),
    country: CountryCode.optional().describe("The resolved speaker's country (ISO alpha-3)"),
    document: Text.optional().describe('Quotes of one document'),
}).refine((q) => q.entity === undefined || q.document !== undefined, { message: 'entity needs document (entity ids are per document)', path: ['entity'] });
const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
export const QuoteSchema = z.object({
    documentId: z.string(), documentDate: z.string().nullable(), documentTitle: z.string().nullable(), source: z.string().nullable(),
    index: z.number().int(), text: z.string(), start: z.number().int(), end: z.number().int(), direct: z.boolean(),
    cue: SpanSchema.extend({ text: z.string() }).nullable(),
    speaker: SpanSchema.extend({
        name: z.string(), entity: z.string().nullable(), entityName: z.string().nullable(), country: z.string().nullable(), sector: z.string().nullable(),
    }).nullable(),
});
/** GET /api/quotes: attributed quotations, newest document first. */
export function quoteRoutes(api, { repository }) {
    api.get('/quotes', {
        schema: {
            tags: ['quotes'], summary: 'Quotations with their cue and speaker, newest document first',
            querystring: QuotesQuery, response: { 200: pageOf(QuoteSchema), 400: ErrorBodySchema },
        },
    }, async (request) => {
        const q = request.query;
        const filter = {
            ...defined({ speaker: q.speaker, speakerEntity: q.entity, speakerCountry: q.country, documentId: q.document }),
            ...rangeOf(q),
        };
        const [items, total] = await Promise.all([
            repository.listQuotes({ ...filter, limit: q.limit, offset: q.offset }),
            repository.countQuotes(filter),
        ]);
        return { items, total, limit: q.limit, offset: q.offset };
    });
}
//# sourceMappingURL=quotes.js.map