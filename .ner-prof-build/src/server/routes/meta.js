import { z } from 'zod';
import { ErrorBodySchema } from '../http-errors.js';
const Health = z.object({ status: z.literal('ok'), documents: z.number().int() });
const Stats = z.object({
    documents: z.number().int(), entities: z.number().int(), mentions: z.number().int(), events: z.number().int(),
    quotes: z.number().int(), topics: z.number().int(), names: z.number().int(),
    dateFrom: z.string().nullable(), dateTo: z.string().nullable(),
});
/** /api/health (is the store readable?) and /api/stats (what it holds). */
export function metaRoutes(api, { repository }) {
    api.get('/health', {
        schema: { tags: ['meta'], summary: 'The server answers and the store is readable', response: { 200: Health, 500: ErrorBodySchema } },
    }, async () => ({ status: 'ok', documents: await repository.countDocuments() }));
    api.get('/stats', {
        schema: { tags: ['meta'], summary: 'Row counts and the date range of the store', response: { 200: Stats } },
    }, async () => repository.stats());
}
//# sourceMappingURL=meta.js.map