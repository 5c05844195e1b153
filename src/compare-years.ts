/** The checks across two years as a function of their own. */
import { checkAcrossYears } from './checks/cross-year.js';
import { compileEdition } from './format/compile.js';
import { CURRENT_EDITION, getEdition } from './format/editions.js';
import { finalizeIssues } from './issues/finalize.js';
import type { Issue } from './issues/issue.js';
import type { Report } from './model/types.js';

/**
 * Compares this year's report with last year's of the same agency: CARRY_CONTINUITY (warning)
 * per column of 二、上年结转, T2_INFORCE_CONTINUITY (info) for 现行有效件数, and
 * PREVIOUS_YEAR_MISMATCH when the two are not consecutive years of one agency. Both reports
 * should be valid (the results of `validate()`).
 * @example compareYears(thisYear.report, lastYear.report)
 */
export function compareYears(current: Report, previous: Report): Issue[] {
  const spec = getEdition(current.format) ?? CURRENT_EDITION;
  return finalizeIssues(spec, checkAcrossYears(compileEdition(spec), current, previous));
}
