/**
 * The content key of a render: one hash of everything that decides its bytes (the report, the
 * renderer, its options and this package's version), known before rendering. The service sends it
 * as the `ETag`, so `If-None-Match` skips a render already done, and a job queue may use it as an
 * idempotency key.
 */
import type { Report } from '../model/types.js';
import { packageVersion } from '../node/package-root.js';

/** JSON with every object's keys sorted, so that key order never changes the key. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The hex SHA-256 of the canonical report, the renderer's name, its options and the package
 * version (Web Crypto).
 * @param report the report to render (as validated)
 * @param renderer the renderer's name: `pdf`, `html`, …
 * @param options what else decides the output (`draft`, `tagged`, …)
 * @returns 64 lower-case hex digits
 * @example const etag = `"${await contentKey(report, 'pdf', { draft: false })}"`;
 */
export async function contentKey(
  report: Report,
  renderer: string,
  options: Readonly<Record<string, unknown>>,
): Promise<string> {
  const text = canonicalJson({ report, renderer, options, version: packageVersion() });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
