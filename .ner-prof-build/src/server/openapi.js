import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { z } from 'zod';
/**
 * The OpenAPI document is generated from the routes' zod schemas (zod v4 `z.toJSONSchema`), so
 * the document cannot drift from the validation. Served as JSON at /docs/json, browsable at /docs.
 */
const isZod = (s) => s instanceof z.ZodType;
/** Requests are described as the client writes them (strings coerced), responses as sent. */
function toJsonSchema(s, io) {
    if (!isZod(s))
        return s;
    const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, target: 'openapi-3.0', unrepresentable: 'any' });
    return rest;
}
const REQUEST_PARTS = ['querystring', 'params', 'body', 'headers'];
function transformSchema(schema) {
    const out = { ...schema };
    for (const part of REQUEST_PARTS)
        if (part in schema)
            out[part] = toJsonSchema(schema[part], 'input');
    const response = schema.response;
    if (response)
        out.response = Object.fromEntries(Object.entries(response).map(([status, s]) => [status, toJsonSchema(s, 'output')]));
    return out;
}
export async function registerOpenApi(app, version) {
    await app.register(fastifySwagger, {
        openapi: {
            openapi: '3.0.3',
            info: {
                title: 'Communique API',
                version,
                description: 'Read-only access to analysed diplomatic news: documents, persons, organisations, countries, country pairs, PLOVER events, quotes, topics and exports. Lists are paged with `limit` and `offset` and answer `{items, total, limit, offset}`; errors answer `{error: {code, message, details}}` with a code of docs/errors.md.',
            },
            tags: [
                { name: 'documents' }, { name: 'persons' }, { name: 'organisations' }, { name: 'countries' }, { name: 'dyads' },
                { name: 'events' }, { name: 'quotes' }, { name: 'topics' }, { name: 'exports' }, { name: 'meta' },
            ],
        },
        transform: ({ schema, url }) => ({ schema: (schema ? transformSchema(schema) : schema), url }),
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
}
//# sourceMappingURL=openapi.js.map