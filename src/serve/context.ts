/**
 * What every route is given: the renderers, admission control, metrics and the service's
 * options, and the helpers that tie a request to them (its abort signal, a render within a slot).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RenderContext, RenderResult } from '../render/contract.js';
import type { Admission } from './admission.js';
import { serviceErrorOf } from './errors.js';
import type { ServiceMetrics } from './metrics.js';
import type { ResolvedServiceOptions } from './options.js';
import type { ServiceFormat, ServiceRenderers } from './renderers.js';

/** The service's parts, shared by its routes. */
export interface ServiceContext {
  readonly options: ResolvedServiceOptions;
  readonly renderers: ServiceRenderers;
  readonly admission: Admission;
  readonly metrics: ServiceMetrics;
}

/** Why a request's work was stopped: its client went away. */
export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
  constructor() {
    super('the client closed the connection');
  }
}

/** Each request's "client gone" signal, set when the request arrives (see `watchClient`). */
const clientSignals = new WeakMap<FastifyRequest['raw'], AbortSignal>();

/**
 * Follows a request's connection from the moment the request arrives, so that a client gone while
 * its body is read, or while it waits for the handler, is seen as well as one gone during the work:
 * a listener added only when the work starts would miss the connection's one `close`, and the work
 * would run to the end for nobody. Counts each request whose client went away before its answer.
 */
export function watchClient(ctx: ServiceContext, request: FastifyRequest, reply: FastifyReply): void {
  const gone = new AbortController();
  const onClose = () => {
    if (reply.raw.writableFinished) return;
    ctx.metrics.aborted.inc({ route: request.routeOptions.url ?? 'unknown' });
    gone.abort(new ClientGoneError());
  };
  // Already closed (the client left before the request reached us): `close` will not come again.
  if (reply.raw.destroyed) onClose();
  else reply.raw.once('close', onClose);
  clientSignals.set(request.raw, gone.signal);
}

/**
 * A signal aborted when the client goes away before its answer is sent (already aborted if it has
 * gone), or when the request's time limit passes (with a `TimeoutError`).
 */
export function requestSignal(ctx: ServiceContext, request: FastifyRequest, reply: FastifyReply): AbortSignal {
  if (!clientSignals.has(request.raw)) watchClient(ctx, request, reply);
  return AbortSignal.any([clientSignals.get(request.raw)!, AbortSignal.timeout(ctx.options.requestTimeoutMs)]);
}

/**
 * Renders within a slot of admission control, counting it and following the browser's health.
 * @throws ServiceError BUSY when the queue is full; whatever the renderer throws
 */
export function renderInSlot(
  ctx: ServiceContext,
  format: ServiceFormat,
  input: unknown,
  renderContext: RenderContext & { signal: AbortSignal },
): Promise<RenderResult> {
  return ctx.admission.run(async () => {
    const done = ctx.metrics.renderSeconds.startTimer({ format });
    try {
      const result = await ctx.renderers.get(format).render(input, renderContext);
      ctx.metrics.renders.inc({ format });
      if (format === 'pdf') ctx.renderers.observe('ok');
      return result;
    } catch (error) {
      const code = renderContext.signal.aborted ? 'ABORTED' : serviceErrorOf(error).code;
      ctx.metrics.failures.inc({ format, code });
      if (format === 'pdf' && code === 'BROWSER_UNAVAILABLE') ctx.renderers.observe('browser-failed');
      throw error;
    } finally {
      done();
    }
  }, renderContext.signal);
}
