/**
 * POST /v1/import: a published report (text, HTML, PDF, .docx) as the body with its media type,
 * or as the `file` field of a multipart form, read back into the canonical JSON with the import
 * report, and validated. PDF reading is heavy, so imports take a slot of admission control.
 */
import type { FastifyInstance } from 'fastify';
import type { ImportKind } from '../../import/index.js';
import type { Lang } from '../../issues/message-kit.js';
import { validate } from '../../validate.js';
import { importQuery } from '../api-schemas.js';
import { bodyBytes, formParts, IMPORT_MEDIA_TYPES, mediaTypeOf, MULTIPART } from '../body.js';
import { requestSignal, type ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { parseQuery } from './query.js';

/**
 * Adds the import route.
 * @param app the Fastify instance
 * @param ctx the service's parts
 */
export function importRoute(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/v1/import', async (request, reply) => {
    const query = parseQuery(importQuery, request.query);
    if (query.encoding) {
      try {
        new TextDecoder(query.encoding);
      } catch {
        throw new ServiceError('BAD_QUERY', {
          zh: `不认识的编码 ${query.encoding}`,
          en: `unknown encoding ${query.encoding}`,
        });
      }
    }
    let bytes: Buffer;
    let kind: ImportKind | undefined = query.kind;
    let fileName: string | undefined;
    if (mediaTypeOf(request) === MULTIPART) {
      const file = (await formParts(request)).get('file');
      if (!file || file.bytes.length === 0)
        throw new ServiceError('EMPTY_BODY', { zh: '表单中没有 file 字段', en: 'the form has no file field' });
      bytes = file.bytes;
      // Only the name's ending is used, to tell the kind; the service never opens a path.
      fileName = file.filename;
      kind ??= file.mediaType ? IMPORT_MEDIA_TYPES[file.mediaType] : undefined;
    } else {
      bytes = bodyBytes(request, [...Object.keys(IMPORT_MEDIA_TYPES), MULTIPART]);
      kind ??= IMPORT_MEDIA_TYPES[mediaTypeOf(request)!];
    }
    const lang = (query.lang ?? 'zh') as Lang;
    const signal = requestSignal(ctx, request, reply);
    const { importReport } = await import('../../import/index.js');
    const result = await ctx.admission.run(async () => {
      signal.throwIfAborted();
      return importReport(bytes, {
        ...(kind ? { kind } : {}),
        ...(fileName ? { fileName } : {}),
        ...(query.encoding ? { encoding: query.encoding } : {}),
        lang,
      });
    }, signal);
    const fatal = result.notes.some((n) => n.severity === 'error');
    const checked = fatal ? undefined : validate(result.report, { lang });
    return {
      kind: result.kind,
      edition: result.edition,
      complete: result.complete,
      report: result.report,
      cells: result.cells,
      unread: result.unread,
      labels: result.labels,
      notes: result.notes,
      ...(checked ? { validation: { ok: checked.ok, issues: checked.issues } } : {}),
    };
  });
}
