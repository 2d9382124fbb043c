import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_LIMIT } from '../../store/page.js';
import { searchCounterOf } from '../../store/knowledge-store.js';
import type { DocumentFilter, Repository } from '../../store/repository.js';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema } from '../http-errors.js';
import { DateRangeQuery, defined, PageQuery, pageOf, rangeOf, Text } from '../schemas.js';
import { DocumentSummarySchema } from './documents.js';

const SearchQuery = PageQuery.extend(DateRangeQuery.shape).extend({
  q: Text.describe('Words (all required), "a phrase", or word* for a prefix; any input is safe'),
  source: Text.optional().describe('Only documents of this source'),
});

const SearchHitSchema = DocumentSummarySchema.extend({ snippet: z.string().describe('HTML-safe excerpt, matches in <mark>') });

/** Pages counted at most to this depth when the store cannot count hits; past it `total` is a lower bound. */
const COUNT_PAGES = 20;

/**
 * Number of hits: the store's own count query when it has one (SQLite: one FTS5 count), else
 * counted by paging through the search (capped).
 */
async function countHits(repository: Repository, q: string, filter: DocumentFilter, firstPage: { offset: number; limit: number; got: number }): Promise<number> {
  if (firstPage.got < firstPage.limit && (firstPage.got > 0 || firstPage.offset === 0)) return firstPage.offset + firstPage.got;
  const counter = searchCounterOf(repository);
  if (counter) return counter.countSearch(q, filter);
  let total = 0;
  for (let page = 0; page < COUNT_PAGES; page++) {
    const n = (await repository.search(q, { ...filter, limit: MAX_LIMIT, offset: page * MAX_LIMIT })).length;
    total += n;
    if (n < MAX_LIMIT) break;
  }
  return total;
}

/** GET /api/search: full-text search over titles and texts, best match first, with snippets. */
export function searchRoutes(api: FastifyInstance, { repository }: ApiContext): void {
  api.get('/search', {
    schema: {
      tags: ['documents'], summary: 'Full-text search (FTS5, English stemming) with highlighted snippets',
      querystring: SearchQuery, response: { 200: pageOf(SearchHitSchema), 400: ErrorBodySchema },
    },
  }, async (request) => {
    const q = request.query as z.infer<typeof SearchQuery>;
    const filter = { ...defined({ source: q.source }), ...rangeOf(q) };
    const items = await repository.search(q.q, { ...filter, limit: q.limit, offset: q.offset });
    const total = await countHits(repository, q.q, filter, { offset: q.offset, limit: q.limit, got: items.length });
    return { items, total, limit: q.limit, offset: q.offset };
  });
}
