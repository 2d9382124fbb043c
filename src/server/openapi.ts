import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { z } from 'zod';

/**
 * The OpenAPI document is generated from the routes' zod schemas (zod v4 `z.toJSONSchema`), so
 * the document cannot drift from the validation. Served as JSON at /docs/json, browsable at /docs.
 */
const isZod = (s: unknown): s is z.ZodType => s instanceof z.ZodType;

/** Requests are described as the client writes them (strings coerced), responses as sent. */
function toJsonSchema(s: unknown, io: 'input' | 'output'): unknown {
  if (!isZod(s)) return s;
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const REQUEST_PARTS = ['querystring', 'params', 'body', 'headers'] as const;

function transformSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema };
  for (const part of REQUEST_PARTS) if (part in schema) out[part] = toJsonSchema(schema[part], 'input');
  const response = schema.response as Record<string, unknown> | undefined;
  if (response) out.response = Object.fromEntries(Object.entries(response).map(([status, s]) => [status, toJsonSchema(s, 'output')]));
  return out;
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
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
    transform: ({ schema, url }) => ({ schema: (schema ? transformSchema(schema as Record<string, unknown>) : schema) as typeof schema, url }),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
}
