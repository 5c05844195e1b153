/**
 * Request bodies: which media types the service reads, how they are taken in (as bytes, within the
 * body limit), and the parts of a multipart form. A report is read by `validate()` from its bytes,
 * so JSON and YAML, BOMs and encodings are told apart exactly as the SDK and the CLI do.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ImportKind } from '../import/index.js';
import { loadOptional } from '../node/optional.js';
import { ServiceError } from './errors.js';

/** Media types of a report body: JSON or YAML. */
export const REPORT_MEDIA_TYPES = [
  'application/json',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
] as const;

/** Media types of a published report to import, and the kind each one is. */
export const IMPORT_MEDIA_TYPES: Readonly<Record<string, ImportKind | undefined>> = {
  'text/plain': 'text',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  // Guessed from the bytes.
  'application/octet-stream': undefined,
};

/** The media type of a multipart form. */
export const MULTIPART = 'multipart/form-data';

/** One part of a multipart form. */
export interface FormPart {
  readonly bytes: Buffer;
  readonly filename?: string;
  readonly mediaType?: string;
}

/**
 * Makes every accepted media type arrive as a Buffer (Fastify's own JSON parser is replaced: the
 * SDK reads the bytes), and multipart forms readable; any other type is answered 415.
 * @param app the Fastify instance
 * @param bodyLimit most bytes of a body, and of each part of a form
 */
export async function registerBodyParsers(app: FastifyInstance, bodyLimit: number): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    [...REPORT_MEDIA_TYPES, ...Object.keys(IMPORT_MEDIA_TYPES)],
    { parseAs: 'buffer', bodyLimit },
    (_request, body, done) => done(null, body),
  );
  const multipart = await loadOptional('@fastify/multipart', () => import('@fastify/multipart'));
  await app.register(multipart.default, {
    limits: { fileSize: bodyLimit, fieldSize: bodyLimit, files: 4, fields: 8, parts: 8 },
  });
}

/** The media type of a request, lower case, without parameters. */
export function mediaTypeOf(request: FastifyRequest): string | undefined {
  const header = request.headers['content-type'];
  return header ? header.split(';')[0]!.trim().toLowerCase() : undefined;
}

/**
 * The body as bytes, when its media type is one of `accepted`.
 * @throws ServiceError UNSUPPORTED_MEDIA_TYPE, or EMPTY_BODY for no body
 */
export function bodyBytes(request: FastifyRequest, accepted: readonly string[]): Buffer {
  const type = mediaTypeOf(request);
  if (type === undefined && !request.body) throw new ServiceError('EMPTY_BODY');
  if (type === undefined || !accepted.includes(type)) throw unsupported(type, accepted);
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw new ServiceError('EMPTY_BODY');
  return body;
}

/** The 415 answer naming what is accepted. */
export function unsupported(type: string | undefined, accepted: readonly string[]): ServiceError {
  const list = accepted.join(', ');
  return new ServiceError('UNSUPPORTED_MEDIA_TYPE', {
    zh: `${type ?? '（未给出 Content-Type）'}；本接口接受 ${list}`,
    en: `${type ?? '(no Content-Type)'}; this route takes ${list}`,
  });
}

/**
 * The parts of a multipart form, by field name (files and plain fields alike, as bytes).
 * @throws ServiceError PAYLOAD_TOO_LARGE when a part is over the limit (thrown by the plugin)
 */
export async function formParts(request: FastifyRequest): Promise<Map<string, FormPart>> {
  const parts = new Map<string, FormPart>();
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      parts.set(part.fieldname, {
        bytes,
        ...(part.filename ? { filename: part.filename } : {}),
        ...(part.mimetype ? { mediaType: part.mimetype.toLowerCase() } : {}),
      });
    } else {
      parts.set(part.fieldname, { bytes: Buffer.from(String(part.value), 'utf8') });
    }
  }
  return parts;
}
