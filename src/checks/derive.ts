/** Fills the totals a report left out, on a copy. */
import type { CompiledEdition } from '../format/compile.js';
import { CellState, readCells, type CellValues } from './cells.js';

/**
 * Returns a copy of `report` with every omitted total computed from the cells it sums.
 * The input is never changed. Cells that cannot be derived (their addends are missing or not
 * numbers) stay absent.
 */
export function deriveTotals<T>(edition: CompiledEdition, report: T, cells?: CellValues): T {
  const read = cells ?? readCells(edition, report);
  const copy = structuredClone(report) as unknown;
  for (const cell of edition.cells) {
    if (read.states[cell.index] !== CellState.Derived) continue;
    let node = copy as Record<string, unknown>;
    for (const key of cell.path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== 'object') {
        node[key] = {};
      }
      node = node[key] as Record<string, unknown>;
    }
    node[cell.path[cell.path.length - 1]!] = read.values[cell.index];
  }
  return copy as T;
}
