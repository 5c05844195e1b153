/** Reading a route's query with its zod schema: a wrong parameter is a 400 naming it. */
import type { ZodType } from 'zod';
import { ServiceError } from '../errors.js';

/**
 * Parses a query.
 * @throws ServiceError BAD_QUERY naming the parameters that are wrong
 * @example const { format } = parseQuery(renderQuery, request.query);
 */
export function parseQuery<T>(schema: ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '?'))].join(', ');
  const wrong = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new ServiceError('BAD_QUERY', { zh: `参数 ${names} 不正确（${wrong}）`, en: wrong });
}
