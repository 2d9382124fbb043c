import { z } from 'zod';
import { ErrorBodySchema } from '../http-errors.js';
import { CountryCode, CountryPair, DateRangeQuery, defined, PageQuery, pageOf, rangeOf, slicePage, Text } from '../schemas.js';
const TopicsQuery = PageQuery.extend(DateRangeQuery.shape).extend({
    source: Text.optional().describe('Only documents of this source'),
    country: CountryCode.optional().describe('Documents with an entity of this country'),
    pair: CountryPair.optional().describe('Documents with entities of both countries: "KAZ,MYS"'),
    by: z.enum(['total', 'month']).default('total').describe('"month": documents per topic per month (dated documents only)'),
});
const TopicItem = z.object({ topic: z.string(), documents: z.number().int(), month: z.string().optional() });
/** GET /api/topics: documents per topic (or per topic and month), filtered by country, pair, source, dates. */
export function topicRoutes(api, { repository }) {
    api.get('/topics', {
        schema: {
            tags: ['topics'], summary: 'Documents per topic, most frequent first (or per month with by=month)',
            querystring: TopicsQuery, response: { 200: pageOf(TopicItem), 400: ErrorBodySchema },
        },
    }, async (request) => {
        const q = request.query;
        const filter = { ...defined({ source: q.source, country: q.country, countryPair: q.pair }), ...rangeOf(q) };
        const items = q.by === 'month' ? await repository.topicTimeline(filter) : await repository.topicCounts(filter);
        return slicePage(items, q);
    });
}
//# sourceMappingURL=topics.js.map