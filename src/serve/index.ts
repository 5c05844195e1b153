/**
 * `zfxxgk/serve`: the report service (Node only) — validate, render, import and aggregate over
 * HTTP, for platforms that cannot embed the SDK. Needs the optional peers fastify,
 * @fastify/multipart, prom-client, zod-openapi and, for PDF, puppeteer-core.
 */
export { createService } from './service.js';
export type { Service } from './service.js';
export { resolveServiceOptions } from './options.js';
export type { ResolvedServiceOptions, ServiceOptions } from './options.js';
export { SERVICE_ERRORS, ServiceError } from './errors.js';
export type { ErrorBody, ServiceErrorCode } from './errors.js';
export { SERVICE_FORMATS } from './renderers.js';
export type { BrowserState, ServiceFormat } from './renderers.js';
export { contentKey } from '../render/content-key.js';
export { MissingPackageError } from '../node/optional.js';
