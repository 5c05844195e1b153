/**
 * Reading the number in a table cell as published: full-width digits, thousands separators, stray
 * spaces, a unit written in the cell (`3件`, `12.5万元`), and the marks of an empty cell
 * (blank, `/`, `—`, `、`… the one set of util/blank.ts, shared with lenient validation), which
 * are read as 0 and flagged, never silently.
 */
import { readLenientNumber } from '../read/lenient.js';
import { isBlankMark } from '../util/blank.js';

/** What a cell holds. */
export type CellNumber =
  | { readonly ok: true; readonly value: number; readonly blank: boolean }
  | { readonly ok: false };

const UNIT = /(?:件|个|项|次|万元)$/u;

/**
 * Reads a cell.
 * @param raw the cell's text as found
 * @returns the number and whether the cell was blank, or why it is not a number
 * @example readCellNumber(' １,２３４ ') // { ok: true, value: 1234, blank: false }
 */
export function readCellNumber(raw: string): CellNumber {
  if (isBlankMark(raw)) return { ok: true, value: 0, blank: true };
  const text = raw
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(UNIT, '');
  const value = readLenientNumber(text);
  if (value === undefined) return { ok: false };
  return { ok: true, value, blank: false };
}

/**
 * Whether a piece of text is a value cell's content — a number, a signed change such as the 2019
 * edition's `-8`, or an empty-cell mark — rather than a label.
 */
export function looksLikeValue(raw: string): boolean {
  return readCellNumber(raw).ok || /^[+\-－]\d+$/u.test(raw.normalize('NFKC').trim());
}
