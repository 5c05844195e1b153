/**
 * POST /v1/validate and POST /v1/render. A report is validated once: the result travels to the
 * renderer (which does not validate it again) and to the content key, which is known before any
 * render, so a matching `If-None-Match` is answered 304 without rendering.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Report } from '../../model/types.js';
import { contentKey } from '../../render/content-key.js';
import { priorValidation, validate } from '../../validate.js';
import { renderQuery, validateQuery } from '../api-schemas.js';
import { bodyBytes, formParts, mediaTypeOf, MULTIPART, REPORT_MEDIA_TYPES } from '../body.js';
import { renderInSlot, requestSignal, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { FORMAT_SUFFIX, type ServiceFormat } from '../renderers.js';
import { parseQuery } from './query.js';

/** Whether an `If-None-Match` header names this ETag (or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** Characters no file name may hold on common systems, and control characters. */
const UNSAFE_NAME = /[\u0000-\u001f\u007f\\/:*?"<>|]+/g;

/** `Content-Disposition` of a document: an ASCII name and the agency's name in UTF-8 (RFC 6266). */
export function contentDisposition(report: unknown, format: ServiceFormat): string {
  const { agency, year } = (report ?? {}) as { agency?: unknown; year?: unknown };
  const y = typeof year === 'number' && Number.isInteger(year) ? String(year) : '';
  const name = typeof agency === 'string' ? agency.replace(UNSAFE_NAME, '').trim().slice(0, 80) : '';
  const ascii = `report${y ? `-${y}` : ''}${FORMAT_SUFFIX[format]}`;
  if (!name) return `attachment; filename="${ascii}"`;
  const full = `${name}${y ? `-${y}年度` : ''}${FORMAT_SUFFIX[format]}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

/**
 * Adds the two report routes.
 * @param app the Fastify instance
 * @param ctx the service's parts
 */
export function reportRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/v1/validate', async (request) => {
    const query = parseQuery(validateQuery, request.query);
    const options = { lang: query.lang ?? 'zh', mode: query.lenient ? 'lenient' : 'strict' } as const;
    let report: Buffer;
    let previous: Buffer | undefined;
    if (mediaTypeOf(request) === MULTIPART) {
      // A form: the report, and last year's for the checks across years.
      const parts = await formParts(request);
      const part = parts.get('report');
      if (!part || part.bytes.length === 0)
        throw new ServiceError('EMPTY_BODY', { zh: '表单中没有 report 字段', en: 'the form has no report field' });
      report = part.bytes;
      previous = parts.get('previous')?.bytes;
    } else {
      report = bodyBytes(request, [...REPORT_MEDIA_TYPES, MULTIPART]);
    }
    const result = validate(report, { ...options, ...(previous?.length ? { previous } : {}) });
    return result.ok
      ? { ok: true, issues: result.issues, report: result.report }
      : { ok: false, issues: result.issues };
  });

  app.post('/v1/render', async (request, reply) => {
    const query = parseQuery(renderQuery, request.query);
    const format = query.format;
    const bytes = bodyBytes(request, REPORT_MEDIA_TYPES);
    const result = validate(bytes, { lang: query.lang ?? 'zh' });
    if (!result.ok && !query.draft) throw new ServiceError('REPORT_INVALID', undefined, { issues: result.issues });
    // A draft is drawn from the report as read; a valid report with its totals filled in.
    const drawn = result.ok ? result.report : priorValidation(result)?.value;
    // A draft lists its issues in the language asked for; a body that could not be read at all is
    // keyed by its bytes, so two different unreadable bodies never share a key.
    const keyed = drawn ?? { unreadable: createHash('sha256').update(bytes).digest('hex') };
    const options = result.ok ? { draft: false } : { draft: true, lang: query.lang ?? 'zh' };
    const etag = `"${await contentKey(keyed as Report, format, options)}"`;
    reply.header('etag', etag);
    if (etagMatches(request.headers['if-none-match'], etag)) {
      ctx.metrics.notModified.inc({ format });
      return reply.code(304).send();
    }
    const signal = requestSignal(ctx, request, reply);
    const rendered = await renderInSlot(ctx, format, result, { draft: query.draft === true, signal });
    const body = typeof rendered.body === 'string' ? Buffer.from(rendered.body, 'utf8') : Buffer.from(rendered.body);
    reply
      .header(
        'content-type',
        rendered.mediaType.startsWith('text/') ? `${rendered.mediaType}; charset=utf-8` : rendered.mediaType,
      )
      .header('content-disposition', contentDisposition(drawn, format))
      .header('x-content-sha256', createHash('sha256').update(body).digest('hex'))
      .header('x-zfxxgk-draft', rendered.draft ? '1' : '0')
      .header('cache-control', 'no-cache');
    return reply.send(body);
  });
}
