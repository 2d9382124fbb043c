import { Readable } from 'node:stream';
import { z } from 'zod';
import { exportDocument, exportHeader } from '../../app/export-formats.js';
import { toPopolo } from '../../kb/index.js';
import { ErrorBodySchema } from '../http-errors.js';
import { DateRangeQuery, defined, rangeOf, Text } from '../schemas.js';
const ExportQuery = DateRangeQuery.extend({ source: Text.optional().describe('Only documents of this source') });
/** The export of every matching document as a stream: memory stays flat however large the store. */
function exportStream(repository, filter, format) {
    async function* lines() {
        const header = exportHeader(format);
        if (header !== null)
            yield header;
        for await (const record of repository.iterateDocuments(filter)) {
            const chunk = exportDocument(record, format);
            if (chunk)
                yield chunk;
        }
    }
    return Readable.from(lines());
}
const filterOf = (q) => ({ ...defined({ source: q.source }), ...rangeOf(q) });
/** GET /api/export/plover (JSONL), /api/export/csv (events) and /api/export/popolo (persons and offices). */
export function exportRoutes(api, { repository, knowledge }) {
    api.get('/export/plover', {
        schema: {
            tags: ['exports'], summary: 'Events as PLOVER JSONL (one event a line, PLOVER manual field names)',
            querystring: ExportQuery, produces: ['application/x-ndjson'], response: { 400: ErrorBodySchema },
        },
    }, async (request, reply) => reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="events.plover.jsonl"')
        .send(exportStream(repository, filterOf(request.query), 'plover')));
    api.get('/export/csv', {
        schema: {
            tags: ['exports'], summary: 'Events as CSV (RFC 4180, one event a row)',
            querystring: ExportQuery, produces: ['text/csv'], response: { 400: ErrorBodySchema },
        },
    }, async (request, reply) => reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="events.csv"')
        .send(exportStream(repository, filterOf(request.query), 'csv')));
    api.get('/export/popolo', {
        schema: {
            tags: ['exports'], summary: 'Persons, organisations, posts and memberships as Popolo JSON (offices as observed)',
            response: { 200: z.object({ persons: z.array(z.unknown()), organizations: z.array(z.unknown()), posts: z.array(z.unknown()), memberships: z.array(z.unknown()) }) },
        },
    }, async (_request, reply) => {
        const kb = await knowledge.get();
        return reply.header('content-disposition', 'attachment; filename="popolo.json"')
            .send(toPopolo(kb.persons, kb.offices, kb.organisations));
    });
}
//# sourceMappingURL=exports.js.map