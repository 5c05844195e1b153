/**
 * Summing the tables of many reports of one year into one (a city summarising its departments):
 * every leaf cell is the sum of the reports' cells (amounts summed as decimals), totals derived.
 */
import { compileEdition } from '../format/compile.js';
import type { EditionSpec } from '../format/spec-types.js';
import { sumDecimals } from './decimal.js';
import { createSkeleton } from './skeleton.js';
import { deriveTotals } from './derive.js';
import { readPath, writePath } from '../util/path.js';

/**
 * Sums the tables of reports into the skeleton of one report (narrative sections empty).
 * @param reports valid reports of one edition and one year
 * @param header agency and year of the summary report
 */
export function aggregateTables(
  spec: EditionSpec,
  reports: readonly unknown[],
  header: { agency: string; year: number },
): Record<string, unknown> {
  const edition = compileEdition(spec);
  const report = createSkeleton(spec, header);
  for (const cell of edition.cells) {
    if (cell.role !== 'leaf') continue;
    const values = reports.map((r) => readPath(r, cell.path)).filter((v): v is number => typeof v === 'number');
    const total = cell.value === 'amount' ? sumDecimals(values) : values.reduce((a, b) => a + b, 0);
    writePath(report, cell.path, total);
  }
  return deriveTotals(edition, report);
}
