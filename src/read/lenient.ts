/**
 * Lenient reading of value cells typed by hand or imported: `" 0"`, full-width digits, thousands
 * separators, the marks of an empty cell (`""`, `"/"`, `"—"`, `"、"`… see util/blank.ts) and absent
 * leaf cells are read as numbers, and each such cell is reported as `info` with its path. The
 * input is never changed: a copy is made along each path that is rewritten.
 */
import type { CompiledEdition } from '../format/compile.js';
import { actualOf, receivedOf, type IssueDraft } from '../issues/issue.js';
import { isBlankMark } from '../util/blank.js';
import { readPath, withPaths, type PathStep } from '../util/path.js';

/**
 * Reads one cell value leniently.
 * @returns the number it stands for, or `undefined` when it cannot be read as one
 */
export function readLenientNumber(value: unknown): number | undefined {
  if (value === null) return 0;
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.');
  // The marks of an empty cell (SPEC B §4, §7), the same set the importer reads as 0.
  if (isBlankMark(text)) return 0;
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** Applies lenient reading to every value cell; returns the (possibly) rewritten copy and the notes. */
export function applyLenient(edition: CompiledEdition, raw: unknown): { value: unknown; drafts: IssueDraft[] } {
  const writes: [readonly PathStep[], number][] = [];
  const drafts: IssueDraft[] = [];
  for (const cell of edition.cells) {
    const last = cell.path.length - 1;
    const parent = readPath(raw, cell.path, last);
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
    // The parent read once, the cell read from it (one walk per cell, not two); own keys only.
    const key = cell.path[last]!;
    const current = Object.prototype.hasOwnProperty.call(parent, key)
      ? (parent as Record<PathStep, unknown>)[key]
      : undefined;
    if (typeof current === 'number') continue;
    const omittedTotal = current === undefined && cell.role !== 'leaf';
    if (omittedTotal) continue;
    const n = current === undefined ? 0 : readLenientNumber(current);
    if (n === undefined) continue;
    writes.push([cell.path, n]);
    drafts.push({
      code: 'LENIENT_VALUE',
      path: cell.path,
      expected: n,
      actual: actualOf(current),
      params: receivedOf(current),
    });
  }
  return { value: withPaths(raw, writes), drafts };
}
