/**
 * The routes that describe the service: GET /v1/schema, /v1/openapi.json, /healthz, /metrics and
 * at / the clerk's form for a browser and a small index for anything else.
 */
import type { FastifyInstance } from 'fastify';
import { CURRENT_FORMAT, EDITIONS } from '../../format/editions.js';
import { reportJsonSchema } from '../../model/json-schema.js';
import { formPage } from '../../form/page.js';
import { packageVersion } from '../../node/package-root.js';
import { schemaQuery } from '../api-schemas.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { openApiDocument } from '../openapi.js';
import { parseQuery } from './query.js';

/** The routes, for the index. */
export const ROUTES = [
  'POST /v1/validate',
  'POST /v1/render?format=pdf|html|fragment|docx&draft=1',
  'POST /v1/import',
  'POST /v1/aggregate',
  'GET /v1/schema',
  'GET /v1/openapi.json',
  'GET /healthz',
  'GET /metrics',
] as const;

/**
 * Adds the describing routes.
 * @param app the Fastify instance
 * @param ctx the service's parts
 */
export function infoRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  let openapi: Promise<Record<string, unknown>> | undefined;

  // A browser (asking for HTML) gets the clerk's form, whose buttons render through this service;
  // anything else gets the index. The page is the same for everyone and holds no data.
  app.get('/', async (request, reply) => {
    if (!(request.headers.accept ?? '').includes('text/html'))
      return { name: 'zfxxgk', version: packageVersion(), routes: ROUTES };
    return reply.type('text/html; charset=utf-8').send(formPage({ serviceUrl: '' }));
  });

  app.get('/v1/schema', async (request, reply) => {
    const format = parseQuery(schemaQuery, request.query).format ?? CURRENT_FORMAT;
    if (!EDITIONS.some((e) => e.format === format)) {
      const known = EDITIONS.map((e) => e.format).join('、');
      throw new ServiceError('BAD_QUERY', {
        zh: `未知的格式版本 ${format}，可用：${known}`,
        en: `unknown edition; known: ${known}`,
      });
    }
    return reply.type('application/schema+json; charset=utf-8').send(reportJsonSchema(format));
  });

  app.get('/v1/openapi.json', async () => {
    openapi ??= openApiDocument(packageVersion());
    return openapi;
  });

  app.get('/healthz', async () => ({
    status: 'ok',
    browser: ctx.renderers.browserState(),
    ...ctx.renderers.browserStats(),
    active: ctx.admission.active,
    waiting: ctx.admission.waiting,
    version: packageVersion(),
  }));

  app.get('/metrics', async (_request, reply) => {
    const { registry } = ctx.metrics;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
