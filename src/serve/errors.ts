/**
 * Every answer of the service that is not a success: one table of codes, each with its HTTP status
 * and its words (Chinese first, English beside), and the mapping from what the SDK, the browser
 * pool and Fastify throw to one of them. The body is always JSON: `{ code, message, messageEn, issues? }`.
 */
import type { Issue } from '../issues/issue.js';
import { MissingPackageError } from '../node/optional.js';
import { RenderRefusedError } from '../render/contract.js';

/** Each error code of the service: its status and its words. */
export const SERVICE_ERRORS = {
  BAD_REQUEST: { status: 400, zh: '请求无法读取', en: 'The request cannot be read' },
  BAD_QUERY: { status: 400, zh: '请求参数不正确', en: 'A query parameter is wrong' },
  EMPTY_BODY: { status: 400, zh: '请求没有内容：请在请求体中发送报告', en: 'The request has no body: send the report' },
  UNAUTHORIZED: {
    status: 401,
    zh: '需要有效的访问令牌（请求头 Authorization: Bearer <令牌>）',
    en: 'A valid bearer token is required (Authorization: Bearer <token>)',
  },
  NOT_FOUND: { status: 404, zh: '没有这个接口', en: 'No such route' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体超过大小上限', en: 'The request body is over the size limit' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持这种内容类型',
    en: 'This content type is not accepted here',
  },
  REPORT_INVALID: {
    status: 422,
    zh: '报告有错误，未生成（可加 draft=1 生成草稿）',
    en: 'The report has errors and was not rendered (add draft=1 for a draft)',
  },
  NOTHING_TO_AGGREGATE: {
    status: 422,
    zh: '没有可汇总的报告',
    en: 'No report could be summed',
  },
  BUSY: {
    status: 429,
    zh: '服务繁忙，排队已满，请稍后重试',
    en: 'The service is busy and its queue is full; retry later',
  },
  INTERNAL: { status: 500, zh: '服务内部错误', en: 'Internal error' },
  NOT_INSTALLED: {
    status: 501,
    zh: '服务器上没有安装这项功能所需的软件包，请服务的管理员安装',
    en: 'The server lacks a package this feature needs; its operator has to install it',
  },
  RENDER_TIMEOUT: {
    status: 503,
    zh: '在时限内未能生成，请稍后重试',
    en: 'The render did not finish within the time limit; retry later',
  },
  BROWSER_UNAVAILABLE: {
    status: 503,
    zh: '生成 PDF 用的浏览器暂时不可用，服务正在恢复，请稍后重试',
    en: 'The browser that makes PDFs is unavailable; the service is recovering, retry later',
  },
  SHUTTING_DOWN: {
    status: 503,
    zh: '服务正在停止，不再接受新请求',
    en: 'The service is shutting down and takes no new requests',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

/** A code of {@link SERVICE_ERRORS}. */
export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly code: string;
  /** Chinese. */
  readonly message: string;
  readonly messageEn?: string;
  /** The report's issues (422). */
  readonly issues?: readonly Issue[];
}

/** An error answer: its code, optional detail words, and what the body carries besides. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly status: number;
  /**
   * @param code the entry of {@link SERVICE_ERRORS}
   * @param detail what is wrong in particular, Chinese and English, appended to the code's words
   * @param extra issues for the body, headers for the answer (`Retry-After`)
   */
  constructor(
    readonly code: ServiceErrorCode,
    readonly detail?: { readonly zh: string; readonly en: string },
    readonly extra: { readonly issues?: readonly Issue[]; readonly headers?: Record<string, string> } = {},
  ) {
    super(SERVICE_ERRORS[code].en);
    this.status = SERVICE_ERRORS[code].status;
  }

  /** The JSON body. */
  body(): ErrorBody {
    const { zh, en } = SERVICE_ERRORS[this.code];
    return {
      code: this.code,
      message: this.detail ? `${zh}：${this.detail.zh}` : zh,
      messageEn: this.detail ? `${en}: ${this.detail.en}` : en,
      ...(this.extra.issues ? { issues: this.extra.issues } : {}),
    };
  }
}

/** Fastify's own error codes, as ours. */
const FASTIFY_CODES: Record<string, ServiceErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'BAD_QUERY',
};

/** The browser pool's error codes, as ours. */
const BROWSER_CODES: Record<string, ServiceErrorCode> = {
  RENDER_TIMEOUT: 'RENDER_TIMEOUT',
  BROWSER_CRASHED: 'BROWSER_UNAVAILABLE',
  BROWSER_LAUNCH_FAILED: 'BROWSER_UNAVAILABLE',
  CHROMIUM_NOT_FOUND: 'BROWSER_UNAVAILABLE',
  BROWSER_POOL_CLOSED: 'SHUTTING_DOWN',
};

/**
 * What an error thrown while answering becomes.
 * @param error anything thrown by a route, the SDK, the browser pool or Fastify
 * @returns a ServiceError; an unknown error becomes INTERNAL (its text is not shown to the caller)
 * @example serviceErrorOf(new RenderRefusedError(issues)).status // 422
 */
export function serviceErrorOf(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error instanceof RenderRefusedError)
    return new ServiceError('REPORT_INVALID', undefined, { issues: error.issues });
  const { code, name, statusCode } = (error ?? {}) as { code?: unknown; name?: unknown; statusCode?: unknown };
  // PDF without puppeteer-core, or import without its reader: no retry helps until the operator installs it.
  if (error instanceof MissingPackageError)
    return new ServiceError('NOT_INSTALLED', { zh: error.install, en: error.install });
  if (typeof code === 'string') {
    const ours = FASTIFY_CODES[code] ?? BROWSER_CODES[code];
    if (ours) return new ServiceError(ours);
  }
  // AbortSignal.timeout() of the request's own time limit.
  if (name === 'TimeoutError') return new ServiceError('RENDER_TIMEOUT');
  if (statusCode === 413) return new ServiceError('PAYLOAD_TOO_LARGE');
  if (statusCode === 415) return new ServiceError('UNSUPPORTED_MEDIA_TYPE');
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return new ServiceError('BAD_REQUEST');
  return new ServiceError('INTERNAL');
}
