/** The service's options: where it listens, who may call it, and the limits that keep it standing. */
import type { FontOptions } from '../pdf/fonts.js';

/** How to run the service. Every field is optional. */
export interface ServiceOptions {
  /** Address to bind (default `127.0.0.1`: only this machine can call it). */
  readonly host?: string;
  /** Port (default 8080; 0 picks a free one). */
  readonly port?: number;
  /** A bearer token every request but /healthz must carry (default none; the CLI reads `ZFXXGK_TOKEN`). */
  readonly token?: string;
  /** Renders at once, and browser pages (default 2). */
  readonly concurrency?: number;
  /** Requests waiting for a render beyond those (default 16); more are answered 429. */
  readonly queue?: number;
  /** Most bytes of a request body (default 10 MiB); more is answered 413. */
  readonly bodyLimit?: number;
  /** Time limit of a request's work, its wait in the queue included, in ms (default 120 000). */
  readonly requestTimeoutMs?: number;
  /** Time limit of one PDF render attempt, in ms (default 30 000). */
  readonly renderTimeoutMs?: number;
  /** A folder of house-style templates (server configuration; no request can name one). */
  readonly templates?: string;
  /** Fonts of the PDFs (server configuration). */
  readonly fonts?: FontOptions;
  /** The Chromium binary (default `ZFXXGK_CHROMIUM`, then the system's). */
  readonly executablePath?: string;
}

/** The options with every default filled in. */
export type ResolvedServiceOptions = Required<
  Omit<ServiceOptions, 'token' | 'templates' | 'fonts' | 'executablePath'>
> &
  Pick<ServiceOptions, 'token' | 'templates' | 'fonts' | 'executablePath'>;

/**
 * Fills in the defaults and checks the numbers.
 * @throws RangeError for a limit that is not a positive integer
 * @example resolveServiceOptions({ port: 0 }).host // '127.0.0.1'
 */
export function resolveServiceOptions(options: ServiceOptions = {}): ResolvedServiceOptions {
  const resolved = {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 8080,
    concurrency: options.concurrency ?? 2,
    queue: options.queue ?? 16,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    requestTimeoutMs: options.requestTimeoutMs ?? 120_000,
    renderTimeoutMs: options.renderTimeoutMs ?? 30_000,
    ...(options.token ? { token: options.token } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.fonts ? { fonts: options.fonts } : {}),
    ...(options.executablePath ? { executablePath: options.executablePath } : {}),
  };
  const positive = ['concurrency', 'bodyLimit', 'requestTimeoutMs', 'renderTimeoutMs'] as const;
  for (const key of positive)
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1)
      throw new RangeError(`${key} must be a positive integer, got ${resolved[key]}`);
  if (!Number.isInteger(resolved.queue) || resolved.queue < 0)
    throw new RangeError(`queue must be a non-negative integer, got ${resolved.queue}`);
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535)
    throw new RangeError(`port must be 0–65535, got ${resolved.port}`);
  return resolved;
}
