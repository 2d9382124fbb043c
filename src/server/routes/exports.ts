import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportDocument, exportHeader, type ExportFormat } from '../../app/export-formats.js';
import { popoloExport } from '../../app/knowledge-cache.js';
import type { DocumentFilter, Repository } from '../../store/repository.js';
import type { ApiContext } from '../context.js';
import { ErrorBodySchema } from '../http-errors.js';
import { DateRangeQuery, defined, rangeOf, Text } from '../schemas.js';

const ExportQuery = DateRangeQuery.extend({ source: Text.optional().describe('Only documents of this source') });

/** The export of every matching document as a stream: memory stays flat however large the store. */
function exportStream(repository: Repository, filter: DocumentFilter, format: ExportFormat): Readable {
  async function* lines(): AsyncGenerator<string> {
    const header = exportHeader(format);
    if (header !== null) yield header;
    for await (const record of repository.iterateDocuments(filter)) {
      const chunk = exportDocument(record, format);
      if (chunk) yield chunk;
    }
  }
  return Readable.from(lines());
}

const filterOf = (q: z.infer<typeof ExportQuery>): DocumentFilter => ({ ...defined({ source: q.source }), ...rangeOf(q) });

/** GET /api/export/plover (JSONL), /api/export/csv (events) and /api/export/popolo (persons and offices). */
export function exportRoutes(api: FastifyInstance, { repository, knowledge }: ApiContext): void {
  /** A route that streams every matching document in one export format, as a download. */
  const streamRoute = (path: string, summary: string, format: ExportFormat, mime: string, filename: string): void => {
    api.get(path, {
      schema: { tags: ['exports'], summary, querystring: ExportQuery, produces: [mime], response: { 400: ErrorBodySchema } },
    }, async (request, reply) => reply
      .type(`${mime}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(exportStream(repository, filterOf(request.query as z.infer<typeof ExportQuery>), format)));
  };
  streamRoute('/export/plover', 'Events as PLOVER JSONL (one event a line, PLOVER manual field names)', 'plover', 'application/x-ndjson', 'events.plover.jsonl');
  streamRoute('/export/csv', 'Events as CSV (RFC 4180, one event a row)', 'csv', 'text/csv', 'events.csv');

  api.get('/export/popolo', {
    schema: {
      tags: ['exports'], summary: 'Persons, organisations, posts and memberships as Popolo JSON (offices as observed)',
      response: { 200: z.object({ persons: z.array(z.unknown()), organizations: z.array(z.unknown()), posts: z.array(z.unknown()), memberships: z.array(z.unknown()) }) },
    },
  }, async (_request, reply) => {
    return reply.header('content-disposition', 'attachment; filename="popolo.json"').send(await popoloExport(await knowledge.get()));
  });
}
