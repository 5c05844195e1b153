/** Fills the totals a report left out. */
import type { CompiledEdition } from '../format/compile.js';
import { withPaths } from '../util/path.js';
import { CellState, readCells, type CellValues } from './cells.js';

/**
 * Returns `report` with every omitted total computed from the cells it sums. The input is never
 * changed: objects on the way to a derived cell are copied, the rest is shared, and when nothing
 * is derived the input itself is returned. Cells that cannot be derived (their addends are missing
 * or not numbers) stay absent.
 */
export function deriveTotals<T>(edition: CompiledEdition, report: T, cells?: CellValues): T {
  const read = cells ?? readCells(edition, report);
  // One loop and no list when nothing was derived (a report with every total, the usual case).
  let derived: (readonly [readonly string[], number])[] | undefined;
  for (const cell of edition.cells) {
    if (read.states[cell.index] === CellState.Derived) (derived ??= []).push([cell.path, read.values[cell.index]!]);
  }
  return derived ? withPaths(report, derived) : report;
}
