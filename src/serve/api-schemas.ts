/**
 * The zod schemas of the service's queries, bodies and answers. Routes parse their queries and the
 * aggregate body with them, and /v1/openapi.json is generated from them (zod-openapi), so the
 * document cannot drift from what the routes accept.
 */
import * as z from 'zod';
import { SERVICE_FORMATS } from './renderers.js';

const flag = z
  .enum(['1', '0', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true')
  .optional();

/** `?lang=zh|en`: the language of issue messages. */
export const langQuery = z.object({
  lang: z.enum(['zh', 'en']).optional().meta({ description: '提示信息的语言，默认 zh / language of messages' }),
});

/** The query of /v1/validate. */
export const validateQuery = langQuery.extend({
  lenient: flag.meta({ description: '宽松读取手填的单元格 / read hand-typed cells leniently' }),
});

/** The query of /v1/render. */
export const renderQuery = langQuery.extend({
  format: z.enum(SERVICE_FORMATS).default('pdf').meta({ description: '输出格式 / output format' }),
  draft: flag.meta({ description: '有错误的报告生成草稿 / render a report with errors as a draft' }),
});

/** The query of /v1/import. */
export const importQuery = langQuery.extend({
  kind: z
    .enum(['text', 'docx', 'html', 'pdf'])
    .optional()
    .meta({ description: '输入类型（默认按内容类型和内容判断） / kind of input' }),
  encoding: z.string().max(40).optional().meta({ description: '文本或网页的编码，如 gbk / text encoding' }),
});

/** The query of /v1/schema. */
export const schemaQuery = z.object({
  format: z.string().max(10).optional().meta({ description: '格式版本，默认现行版本 / edition' }),
});

/** One issue, as `validate()` returns it. */
export const issueSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    expected: z.unknown().optional(),
    actual: z.unknown().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Issue', description: '一条问题 / one issue' });

/** Every error answer. */
export const errorSchema = z
  .object({
    code: z.string(),
    message: z.string().meta({ description: '中文说明 / Chinese message' }),
    messageEn: z.string().optional(),
    issues: z.array(issueSchema).optional(),
  })
  .meta({ id: 'Error' });

/** The answer of /v1/validate: the SDK's `ValidationResult`. */
export const validateAnswer = z
  .object({ ok: z.boolean(), issues: z.array(issueSchema), report: z.record(z.string(), z.unknown()).optional() })
  .meta({ id: 'ValidationResult' });

/** The body of /v1/aggregate. */
export const aggregateBody = z
  .strictObject({
    reports: z.array(z.unknown()).min(1).max(500),
    agency: z.string().min(1).max(200).optional(),
    year: z.number().int().optional(),
    includeInvalid: z.boolean().optional(),
  })
  .meta({ id: 'AggregateRequest' });

/** One report of an aggregate, as counted or left out. */
export const aggregateMember = z.object({
  index: z.number().int(),
  included: z.boolean(),
  agency: z.string().optional(),
  year: z.number().int().optional(),
  reason: z.string().optional(),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
});

/** The answer of /v1/aggregate. */
export const aggregateAnswer = z
  .object({ year: z.number().int(), report: z.record(z.string(), z.unknown()), members: z.array(aggregateMember) })
  .meta({ id: 'AggregateResult' });

/** The answer of /v1/import. */
export const importAnswer = z
  .object({
    kind: z.enum(['text', 'docx', 'html', 'pdf']),
    edition: z.string(),
    complete: z.boolean(),
    report: z.record(z.string(), z.unknown()),
    cells: z.array(z.unknown()),
    unread: z.array(z.unknown()),
    labels: z.array(z.unknown()),
    notes: z.array(z.unknown()),
    validation: z.object({ ok: z.boolean(), issues: z.array(issueSchema) }).optional(),
  })
  .meta({ id: 'ImportResult' });

/** The answer of /healthz. */
export const healthAnswer = z
  .object({
    status: z.literal('ok'),
    browser: z.enum(['ready', 'restarting', 'down']),
    launches: z.number().int(),
    restarts: z.number().int(),
    active: z.number().int(),
    waiting: z.number().int(),
    version: z.string(),
  })
  .meta({ id: 'Health' });
