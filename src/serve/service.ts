/**
 * `createService()`: the report service on Fastify — routes, body limits, bearer token, admission
 * control, metrics, one error shape, and a graceful close (refuse new requests, finish those in
 * flight, then close Chromium).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadOptional, loadOptionalTogether } from '../node/optional.js';
import { Admission } from './admission.js';
import { registerBodyParsers } from './body.js';
import { ClientGoneError, type ServiceContext, watchClient } from './context.js';
import { ServiceError, serviceErrorOf } from './errors.js';
import { createMetrics } from './metrics.js';
import { resolveServiceOptions, type ResolvedServiceOptions, type ServiceOptions } from './options.js';
import { createServiceRenderers } from './renderers.js';
import { aggregateRoute } from './routes/aggregate.js';
import { importRoute } from './routes/import.js';
import { infoRoutes } from './routes/info.js';
import { reportRoutes } from './routes/report.js';

/** A running (or ready to run) service. */
export interface Service {
  /** The Fastify instance, for `inject()` in tests or to add routes (the clerk's form). */
  readonly app: FastifyInstance;
  /** The options in force. */
  readonly options: ResolvedServiceOptions;
  /**
   * Starts listening.
   * @returns the address, as `http://127.0.0.1:8080`
   */
  listen(): Promise<string>;
  /**
   * Stops: new requests are answered 503, those in flight (and queued) finish, then Chromium is
   * closed. Idempotent.
   */
  close(): Promise<void>;
  /** True once `close` was called. */
  readonly closing: boolean;
}

/** Answers with an error's JSON body and headers. */
function sendError(reply: FastifyReply, error: ServiceError): FastifyReply {
  for (const [name, value] of Object.entries(error.extra.headers ?? {})) reply.header(name, value);
  if (error.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '5');
  if (error.code === 'UNAUTHORIZED') reply.header('www-authenticate', 'Bearer realm="zfxxgk"');
  return reply.code(error.status).type('application/json; charset=utf-8').send(error.body());
}

/**
 * Requests answered without the token: the health check (for probes), and the form's page at `/`
 * for a browser, which cannot send a bearer token; the page holds no data, and its renders go
 * through the routes that do need the token.
 */
const OPEN_WITHOUT_TOKEN = (request: { method: string; url: string }): boolean =>
  request.url === '/healthz' || (request.method === 'GET' && request.url === '/');

/** Whether an Authorization header carries the token (the scheme in any case), compared in constant time. */
function authorized(header: string | undefined, token: string): boolean {
  const match = /^bearer +(.*)$/i.exec(header ?? '');
  const given = Buffer.from(match?.[1] ?? '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Makes the service: fonts are checked now, Chromium starts at the first PDF.
 * @param options where to listen, token, limits, house style and fonts
 * @returns the service; `listen()` it, `close()` it
 * @throws MissingPackageError naming every one missing of fastify, @fastify/multipart, prom-client and
 *   zod-openapi; or puppeteer-core when missing
 * @example
 * const service = await createService({ port: 8080, token: process.env.ZFXXGK_TOKEN });
 * console.log(await service.listen());
 * process.once('SIGTERM', () => void service.close());
 */
export async function createService(options: ServiceOptions = {}): Promise<Service> {
  const resolved = resolveServiceOptions(options);
  // Every package the service needs, looked for at once: one error names all that are missing.
  await loadOptionalTogether([
    ['fastify', () => import('fastify')],
    ['@fastify/multipart', () => import('@fastify/multipart')],
    ['prom-client', () => import('prom-client')],
    ['zod-openapi', () => import('zod-openapi')],
  ]);
  const { default: fastify } = await loadOptional('fastify', () => import('fastify'));
  const admission = new Admission(resolved.concurrency, resolved.queue);
  let retries = () => {};
  const renderers = await createServiceRenderers({
    concurrency: resolved.concurrency,
    renderTimeoutMs: resolved.renderTimeoutMs,
    ...(resolved.templates ? { templates: { templates: resolved.templates } } : {}),
    ...(resolved.fonts ? { fonts: resolved.fonts } : {}),
    ...(resolved.executablePath ? { executablePath: resolved.executablePath } : {}),
    onRetry: () => retries(),
  });
  const metrics = await createMetrics({
    queueDepth: () => admission.waiting,
    inFlight: () => admission.active,
    browser: () => ({ ...renderers.browserStats(), up: renderers.browserState() !== 'down' }),
  });
  retries = () => metrics.retries.inc();
  const ctx: ServiceContext = { options: resolved, renderers, admission, metrics };

  const app = fastify({
    bodyLimit: resolved.bodyLimit,
    // A client that sends its body too slowly is cut off; the work's own limit is requestTimeoutMs.
    requestTimeout: resolved.requestTimeoutMs + 10_000,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    logger: false,
  });
  let closing: Promise<void> | undefined;

  app.addHook('onRequest', async (request, reply) => {
    watchClient(ctx, request, reply);
    if (closing) {
      reply.header('connection', 'close');
      throw new ServiceError('SHUTTING_DOWN');
    }
    if (resolved.token && !OPEN_WITHOUT_TOKEN(request) && !authorized(request.headers.authorization, resolved.token))
      throw new ServiceError('UNAUTHORIZED');
  });
  // While closing, answers in flight close their connection: a kept-alive one would hold the
  // close open until its keep-alive timeout.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler(async (error, _request, reply) => {
    // Nobody is left to answer.
    if (error instanceof ClientGoneError) return reply.code(499).send();
    const answer = serviceErrorOf(error);
    if (answer.code === 'INTERNAL') app.log.error(error);
    return sendError(reply, answer);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendError(
      reply,
      new ServiceError('NOT_FOUND', {
        zh: `${request.method} ${request.url.split('?')[0]!.slice(0, 200)}`,
        en: `${request.method} ${request.url.split('?')[0]!.slice(0, 200)}`,
      }),
    ),
  );
  await registerBodyParsers(app, resolved.bodyLimit);
  reportRoutes(app, ctx);
  importRoute(app, ctx);
  aggregateRoute(app);
  infoRoutes(app, ctx);
  // Runs once every request in flight has been answered.
  app.addHook('onClose', async () => {
    await renderers.registry.close();
  });

  return {
    app,
    options: resolved,
    get closing() {
      return closing !== undefined;
    },
    async listen() {
      return app.listen({ host: resolved.host, port: resolved.port });
    },
    close() {
      closing ??= app.close();
      return closing;
    },
  };
}
