import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { ERRORS, isCommuniqueError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import type { Repository } from '../store/repository.js';
import type { ApiContext } from './context.js';
import { errorBody, issueDetails, statusOf } from './http-errors.js';
import { KnowledgeCache } from '../app/knowledge-cache.js';
import { registerOpenApi } from './openapi.js';
import { countryRoutes } from './routes/countries.js';
import { documentRoutes } from './routes/documents.js';
import { dyadRoutes } from './routes/dyads.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { metaRoutes } from './routes/meta.js';
import { organisationRoutes } from './routes/organisations.js';
import { personRoutes } from './routes/persons.js';
import { quoteRoutes } from './routes/quotes.js';
import { searchRoutes } from './routes/search.js';
import { topicRoutes } from './routes/topics.js';
import { registerWebRoot } from './web-root.js';

export interface ServerOptions {
  repository: Repository;
  /**
   * Read-only (the default) serves GET routes only. No write route exists yet; the option is
   * here so that one can only ever be added behind an explicit `readonly: false`.
   */
  readonly?: boolean;
  /** Fastify's logger option: false (default), true, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** The built explorer to serve at `/`; defaults to `web/dist` of the package. */
  webRoot?: string;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Zod parses each request part; a failure is a ZodError that the error handler turns into a 400. */
function useZod(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const r = (schema as z.ZodType).safeParse(data ?? {});
    return r.success ? { value: r.data } : { error: r.error };
  });
  // Response schemas document the API; the handlers' types already guarantee the shapes.
  app.setSerializerCompiler(() => (data: unknown) => JSON.stringify(data));
}

function useErrorBodies(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | z.ZodError | Error, request, reply) => {
    if (error instanceof z.ZodError) {
      const part = (error as { validationContext?: string }).validationContext;
      const details = issueDetails(error, part);
      const message = `${ERRORS.REQUEST_INVALID}: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`;
      return reply.status(400).send(errorBody('REQUEST_INVALID', message, details));
    }
    if (isCommuniqueError(error)) {
      const status = statusOf(error.code);
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(status).send(errorBody(error.code, error.message));
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status < 500) return reply.status(status).send(errorBody('REQUEST_INVALID', error.message));
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('SERVER_FAILED'));
  });
}

/**
 * The REST API over a store, as a fastify instance that has not started listening: tests call
 * `app.inject(...)`, `startServer` listens.
 *
 * @example
 * const app = await buildServer({ repository: await openStore('news.sqlite', { readonly: true }) });
 * const res = await app.inject({ url: '/api/events?pair=KAZ,MYS&category=CONSULT' });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  useZod(app);
  useErrorBodies(app);
  if (options.readonly === false) app.log.warn('readonly: false was given, but the API has no write routes yet');
  await registerOpenApi(app, packageVersion());
  const ctx: ApiContext = { repository: options.repository, knowledge: new KnowledgeCache(options.repository) };
  await app.register(async (api) => {
    for (const routes of [metaRoutes, searchRoutes, documentRoutes, personRoutes, organisationRoutes, countryRoutes, dyadRoutes, eventRoutes, quoteRoutes, topicRoutes, exportRoutes]) {
      routes(api, ctx);
    }
  }, { prefix: '/api' });
  await registerWebRoot(app, options.webRoot ?? join(packageRoot(), 'web', 'dist'));
  return app;
}
