/**
 * Which reports a sum of tables counts: the rules shared by `zfxxgk aggregate` (files) and the
 * service's POST /v1/aggregate (bodies), which read their reports differently and word their
 * refusals in their own way.
 */

/** What the rules need of one report read for a sum. */
export interface AggregateCandidate {
  /** Whether the report passed validation. */
  readonly ok: boolean;
  /** Its year, when it could be read. */
  readonly year?: number;
  /** How many errors validation found. */
  readonly errors: number;
}

/**
 * The year to sum: the one asked for, else the one year all valid reports share.
 * @returns the year (undefined when none can be told) and the distinct years of the valid reports
 * @example aggregateYear([{ ok: true, year: 2023, errors: 0 }]).year === 2023
 */
export function aggregateYear(
  candidates: readonly AggregateCandidate[],
  asked?: number,
): { readonly year: number | undefined; readonly years: readonly number[] } {
  const years = [...new Set(candidates.filter((c) => c.ok && c.year !== undefined).map((c) => c.year!))];
  return { year: asked ?? (years.length === 1 ? years[0] : undefined), years };
}

/**
 * Why a report is left out of the sum for `year`, or `undefined` when it is counted.
 * @param noYear the reason given for a report whose year could not be read (the caller's words)
 * @param includeInvalid count reports with errors too (the cells they have)
 */
export function exclusionReason(
  candidate: AggregateCandidate,
  year: number,
  includeInvalid: boolean,
  noYear: string,
): string | undefined {
  if (candidate.year === undefined) return noYear;
  if (candidate.year !== year) return `年度为 ${candidate.year}，不是 ${year}`;
  if (!candidate.ok && !includeInvalid) return `有 ${candidate.errors} 个错误`;
  return undefined;
}
