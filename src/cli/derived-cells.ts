/**
 * The total cells of a report, which `validate()` derives from the detail cells: left out of the
 * file `init` writes (a clerk fills in details only), and listed by `validate --fix` when it
 * writes them in.
 */
import { compileEdition } from '../format/compile.js';
import { getEdition } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { readPath } from '../util/path.js';

/**
 * `report` (an object this code built) with every total cell removed, in place and returned.
 * A clerk's file with a total written as 0 gets an error on that total as soon as a detail cell
 * under it is filled; a total left out is derived instead.
 * @param spec the edition the report follows
 * @example withoutTotals(CURRENT_EDITION, createSkeleton(CURRENT_EDITION, header, true))
 */
export function withoutTotals(spec: EditionSpec, report: Record<string, unknown>): Record<string, unknown> {
  for (const cell of compileEdition(spec).cells) {
    if (cell.role !== 'leaf') removeCell(report, cell.path);
  }
  return report;
}

/**
 * Deletes the value at `path`, then each object on the way that this left empty: a row made only
 * of totals (表三 （七）总计) must go as a whole, since an empty row reads as its cells missing.
 */
function removeCell(report: Record<string, unknown>, path: readonly string[]): void {
  for (let depth = path.length; depth > 1; depth--) {
    const parent = readPath(report, path.slice(0, depth - 1));
    if (parent === null || typeof parent !== 'object') return;
    const key = path[depth - 1]!;
    const child = (parent as Record<string, unknown>)[key];
    const emptied = depth === path.length || (typeof child === 'object' && child && Object.keys(child).length === 0);
    if (!emptied) return;
    delete (parent as Record<string, unknown>)[key];
  }
}

/** A cell `validate --fix` filled in: absent in the input, derived in the report written. */
export interface FilledCell {
  readonly path: readonly string[];
  /** The cell's label as issue messages give it (`表三 （七）总计 · 自然人`). */
  readonly label: string;
  readonly value: unknown;
}

/**
 * The cells present in `derived` (the report `validate()` returns) and absent in `input` (the
 * report as read), in the order of the format description.
 * @param input the report as parsed from its file
 * @param derived the report validate returned
 * @returns the cells, with labels; empty when the input had every cell, or its edition is unknown
 */
export function filledCells(input: unknown, derived: unknown): FilledCell[] {
  const spec = getEdition(readPath(derived, ['format']));
  if (!spec) return [];
  const filled: FilledCell[] = [];
  for (const cell of compileEdition(spec).cells) {
    const value = readPath(derived, cell.path);
    if (value === undefined || readPath(input, cell.path) !== undefined) continue;
    filled.push({ path: cell.path, label: cell.label, value });
  }
  return filled;
}
