/**
 * POST /v1/aggregate: the tables of several reports of one year summed into the skeleton of one
 * report (as `zfxxgk aggregate` does with files): reports with errors are listed and left out
 * unless `includeInvalid`, when the cells they have are counted.
 */
import type { FastifyInstance } from 'fastify';
import { CURRENT_EDITION } from '../../format/editions.js';
import { countIssues } from '../../issues/issue.js';
import { aggregateTables } from '../../model/aggregate.js';
import { aggregateYear, exclusionReason } from '../../model/aggregate-members.js';
import { canonicalOrder } from '../../model/canonical.js';
import { validate } from '../../validate.js';
import { aggregateBody } from '../api-schemas.js';
import { bodyBytes } from '../body.js';
import { ServiceError } from '../errors.js';

/**
 * Adds the aggregate route.
 * @param app the Fastify instance
 */
export function aggregateRoute(app: FastifyInstance): void {
  app.post('/v1/aggregate', async (request) => {
    const bytes = bodyBytes(request, ['application/json']);
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ServiceError('BAD_REQUEST', {
        zh: `请求体不是有效的 JSON（${why}）`,
        en: `the body is not JSON (${why})`,
      });
    }
    const parsed = aggregateBody.safeParse(json);
    if (!parsed.success) {
      const wrong = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}: ${i.message}`).join('; ');
      throw new ServiceError('BAD_REQUEST', {
        zh: `请求体应为 { reports: [报告…], agency?, year?, includeInvalid? }（${wrong}）`,
        en: wrong,
      });
    }
    const body = parsed.data;
    const read = body.reports.map((report) => {
      const strict = validate(report);
      const usable = strict.ok ? strict : validate(report, { mode: 'lenient' });
      const header = (usable.report ?? report ?? {}) as { agency?: unknown; year?: unknown };
      const counts = countIssues(strict.issues);
      return {
        ok: strict.ok,
        value: usable.report ?? report,
        agency: typeof header.agency === 'string' ? header.agency : undefined,
        year: typeof header.year === 'number' ? header.year : undefined,
        counts,
        errors: counts.error,
      };
    });
    const { year, years } = aggregateYear(read, body.year);
    if (year === undefined)
      throw new ServiceError(
        years.length > 1 ? 'BAD_REQUEST' : 'NOTHING_TO_AGGREGATE',
        years.length > 1
          ? {
              zh: `报告年度不一：${years.join('、')}，请用 year 指定`,
              en: `reports of several years (${years.join(', ')}); give year`,
            }
          : { zh: '没有可确定年度的有效报告', en: 'no valid report tells the year' },
      );
    const members = read.map((r, index) => {
      const reason = exclusionReason(
        r,
        year,
        body.includeInvalid === true,
        `有 ${r.counts.error} 个错误，无法读取年度`,
      );
      return {
        index,
        included: reason === undefined,
        ...(r.agency ? { agency: r.agency } : {}),
        ...(r.year !== undefined ? { year: r.year } : {}),
        ...(reason ? { reason } : {}),
        counts: r.counts,
      };
    });
    const included = read.filter((_, i) => members[i]!.included).map((r) => r.value);
    if (included.length === 0)
      throw new ServiceError('NOTHING_TO_AGGREGATE', { zh: '全部报告被排除', en: 'every report was left out' });
    const summary = aggregateTables(CURRENT_EDITION, included, { agency: body.agency ?? '汇总', year });
    return { year, report: canonicalOrder(CURRENT_EDITION, summary), members };
  });
}
