/**
 * A new report for the year after a given one, with what continues carried over as the format
 * description says: last year's 四、结转下年度继续办理 becomes this year's 二、上年结转, and each
 * 现行有效件数 is carried forward (本年制发/废止 start at 0).
 */
import { compileEdition } from '../format/compile.js';
import type { EditionSpec } from '../format/spec-types.js';
import { createSkeleton } from './skeleton.js';
import { readPath, writePath } from '../util/path.js';

/** Header of the new report; agency and year default to last year's agency and the year after. */
export interface NextYearHeader {
  readonly agency?: string;
  readonly year?: number;
}

/**
 * Makes the skeleton of the next year's report (every cell present, totals included, narrative
 * empty) from last year's report.
 * @param previous last year's report (valid: the result of `validate()`)
 */
export function nextYearSkeleton(
  spec: EditionSpec,
  previous: unknown,
  header: NextYearHeader = {},
): Record<string, unknown> {
  const lastYear = readPath(previous, ['year']);
  const agency = header.agency ?? (readPath(previous, ['agency']) as string);
  const year = header.year ?? (typeof lastYear === 'number' ? lastYear + 1 : new Date().getFullYear() - 1);
  const report = createSkeleton(spec, { agency, year }, true);
  const kind = readPath(previous, ['agencyKind']);
  if (typeof kind === 'string') report['agencyKind'] = kind;
  const edition = compileEdition(spec);
  for (const table of spec.tables) {
    if (table.kind === 'matrix' && table.carry) {
      const carry = table.carry;
      for (const cell of edition.cells) {
        const rows = cell.path.slice(1, 1 + carry.to.length);
        if (cell.table !== table || rows.join('.') !== carry.to.join('.') || cell.path.length !== carry.to.length + 2)
          continue;
        const column = cell.path.slice(1 + carry.to.length);
        const value = readPath(previous, [table.key, ...carry.from, ...column]);
        if (typeof value === 'number') writePath(report, cell.path, value);
      }
    }
    if (table.kind === 'blocks') {
      for (const block of table.blocks) {
        if (!block.continuity || block.scalar) continue;
        for (const row of block.rows) {
          const value = readPath(previous, [table.key, row.key, block.continuity.stock]);
          if (typeof value === 'number') writePath(report, [table.key, row.key, block.continuity.stock], value);
        }
      }
    }
  }
  return report;
}
