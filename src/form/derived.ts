/**
 * Totals left empty show the value `validate()` derives for them (src/model/cells.ts, the same
 * reading the checks use) as a placeholder, and a button writes them in.
 */
import type { CompiledEdition } from '../format/compile.js';
import { CellState, readCells } from '../model/cells.js';
import type { DrawnTable } from './tables.js';
import { cellText } from './values.js';

/** The derived value of every total the report leaves out, by path (`requests.newReceived.total`). */
export function derivedTotals(edition: CompiledEdition, report: unknown): Map<string, number> {
  const read = readCells(edition, report);
  const out = new Map<string, number>();
  for (const cell of edition.cells)
    if (read.states[cell.index] === CellState.Derived) out.set(cell.pathKey, read.values[cell.index]!);
  return out;
}

/** Shows each derived value as its empty cell's placeholder (and clears the rest). */
export function showDerived(tables: readonly DrawnTable[], derived: ReadonlyMap<string, number>): void {
  for (const table of tables)
    for (const row of table.rows)
      for (const { input, path } of row) {
        const value = derived.get(path.join('.'));
        const text = value === undefined ? '' : cellText(value);
        if (input.placeholder !== text) input.placeholder = text;
        input.classList.toggle('zf-derived', text !== '');
        if (text) input.title = `未填写，计算值为 ${text}`;
        else input.removeAttribute('title');
      }
}
