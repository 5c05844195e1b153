/**
 * Starting this year's report from last year's: what the format description says continues
 * (四、结转下年度继续办理 → 二、上年结转, 现行有效件数) is taken from `nextYearSkeleton()`, the same
 * function `zfxxgk init --from` uses, and written into the cells the clerk has not filled yet.
 */
import type { CompiledEdition } from '../format/compile.js';
import { nextYearSkeleton } from '../model/next-year.js';
import { readPath, writePath } from '../util/path.js';

/**
 * Carries last year's values into `report` (changed in place). A carried value only goes into an
 * empty or 0 cell: a number the clerk typed stays, and the cross-year checks judge it. The header
 * (agency, year after last year's, kind) is taken too when no agency is filled in yet.
 * @param previous last year's report, valid (the result of `validate()`)
 * @returns the paths of the cells written
 */
export function carryForward(edition: CompiledEdition, report: Record<string, unknown>, previous: unknown): string[] {
  const skeleton = nextYearSkeleton(edition.spec, previous);
  if (typeof report['agency'] !== 'string' || report['agency'].trim() === '') {
    for (const key of ['agency', 'year', 'agencyKind']) if (skeleton[key] !== undefined) report[key] = skeleton[key];
  }
  const written: string[] = [];
  for (const cell of edition.cells) {
    // Totals are derived from the carried cells; only the cells a clerk types are written.
    if (cell.role !== 'leaf') continue;
    const value = readPath(skeleton, cell.path);
    if (typeof value !== 'number' || value === 0) continue;
    const current = readPath(report, cell.path);
    if (current !== undefined && current !== 0 && current !== '') continue;
    writePath(report, cell.path, value);
    written.push(cell.pathKey);
  }
  return written;
}
