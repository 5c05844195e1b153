/** Fills the totals a report left out. */
import type { CompiledEdition } from '../format/compile.js';
import { CellState, readCells, type CellValues } from './cells.js';

/**
 * Returns `report` with every omitted total computed from the cells it sums. The input is never
 * changed: objects on the way to a derived cell are copied, the rest is shared, and when nothing
 * is derived the input itself is returned. Cells that cannot be derived (their addends are missing
 * or not numbers) stay absent.
 */
export function deriveTotals<T>(edition: CompiledEdition, report: T, cells?: CellValues): T {
  const read = cells ?? readCells(edition, report);
  let out: unknown = report;
  const copied = new Set<unknown>();
  for (const cell of edition.cells) {
    if (read.states[cell.index] !== CellState.Derived) continue;
    if (!copied.has(out)) {
      out = { ...(out as Record<string, unknown>) };
      copied.add(out);
    }
    let node = out as Record<string, unknown>;
    for (const key of cell.path.slice(0, -1)) {
      const next = node[key];
      let child: Record<string, unknown>;
      if (next !== null && typeof next === 'object' && copied.has(next)) child = next as Record<string, unknown>;
      else {
        child = next !== null && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
        copied.add(child);
        node[key] = child;
      }
      node = child;
    }
    node[cell.path[cell.path.length - 1]!] = read.values[cell.index];
  }
  return out as T;
}
