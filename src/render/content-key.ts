/**
 * The content key of a render: one hash of everything that decides its bytes — the report, the
 * renderer, the options that change the output and this package's version — known before
 * rendering. Renders are deterministic (the same report and options give the same bytes), so the
 * key names the output: the service sends it as the `ETag`, a batch writes it into its summary,
 * and a job queue may use it as an idempotency key. Web Crypto only: it runs in a browser too.
 */
// The bundler inlines the version alone (a named import of JSON is tree-shaken): no file is read.
import { version } from '../../package.json';
import { CURRENT_FORMAT, getEdition } from '../format/editions.js';
import { canonicalOrder } from '../model/canonical.js';
import type { Report, ReportInput } from '../model/types.js';

/**
 * Options that never change the bytes: how long to wait, how to abort, and how hand-typed cells
 * were read (the key is of the report as read).
 */
const RUN_ONLY = new Set(['signal', 'timeoutMs', 'lenient']);

/**
 * Each render option at the value the renderers take when it is absent (`prepareReport` for
 * `draft`, the HTML renderer for `fragment`, the PDF renderer for `tagged`): given or left out, the
 * output is the same, and so is the key.
 */
const DEFAULTS: Readonly<Record<string, unknown>> = { draft: false, fragment: false, tagged: true };

/** JSON with every object's keys sorted and `undefined` left out: equal values, equal text. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => sortedJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The options that change the output, without those at their default. */
function outputOptions(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || RUN_ONLY.has(key) || (key in DEFAULTS && DEFAULTS[key] === value)) continue;
    kept[key] = value;
  }
  return kept;
}

/**
 * The content key of rendering a report: the hex SHA-256 of the report in the order of its format
 * description (so the key order of the file, its whitespace, JSON or YAML, change nothing), the
 * renderer's name, the options that change the output, and the package version.
 * @param report the report as validated (`validate(…).report`), or for a draft the report as read
 * @param renderer the renderer's name: `pdf`, `html`, `fragment`, `docx`, …
 * @param options what else decides the output (`draft`, `tagged`, `fragment`, a house style's
 *   name …); `signal`, `timeoutMs` and `lenient` are left out, and so is an option at its default
 * @returns 64 lower-case hex digits
 * @throws Error when there is no Web Crypto (a browser page served over plain HTTP, not localhost)
 * @example
 * const key = await contentKey(validate(text).report!, 'pdf', { tagged: true });
 * response.setHeader('ETag', `"${key}"`);
 */
export async function contentKey(
  report: Report | ReportInput,
  renderer: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<string> {
  const spec = getEdition((report as { format?: unknown }).format) ?? getEdition(CURRENT_FORMAT)!;
  // The report in its format's order (keys a draft may have besides keep their place).
  const text = `${sortedJson(['zfxxgk', version, renderer, outputOptions(options)])}\n${JSON.stringify(
    canonicalOrder(spec, report),
  )}`;
  const subtle = globalThis.crypto?.subtle;
  // Browsers give Web Crypto to secure contexts only (HTTPS, localhost): say so rather than fail obscurely.
  if (!subtle)
    throw new Error(
      'contentKey 需要 Web Crypto（crypto.subtle）：请在 HTTPS 或 localhost 页面中使用 / needs Web Crypto, which browsers give to secure contexts only',
    );
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
