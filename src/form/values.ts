/**
 * What a value cell's text means in the report: a number when it reads as one (as typed, or as
 * Excel and WPS print it: `1,234`, full-width digits, `—` for an empty cell), nothing when empty,
 * and otherwise the text itself, so that `validate()` reports it at its cell (FIELD_TYPE).
 */
import { readLenientNumber } from '../read/lenient.js';
import { plainDecimal } from '../model/decimal.js';

/** The report value of a cell's text; `undefined` means "leave the cell out". */
export function cellValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Signed numbers are kept as numbers so that a negative count is reported as NONNEG_INT.
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return readLenientNumber(trimmed) ?? trimmed;
}

/** The text a cell shows for a report value: numbers exactly as given (`0.0000001`, no separators). */
export function cellText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? plainDecimal(value) : '';
  if (typeof value === 'string') return value;
  return '';
}

/** Removes the value at `path` (objects on the way stay, even when empty). */
export function deletePath(root: unknown, path: readonly string[]): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[path[path.length - 1]!];
}
