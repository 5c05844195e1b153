/**
 * Lenient reading of value cells typed by hand or imported: `" 0"`, `""`, `"/"`, `"—"`, full-width
 * digits, thousands separators and absent leaf cells are read as numbers, and each such cell is
 * reported as `info` with its path. The input is never changed: a copy is made along each path
 * that is rewritten.
 */
import type { CompiledEdition } from '../format/compile.js';
import { actualOf, receivedOf, type IssueDraft, type PathKey } from '../issues/issue.js';
import { readPath } from '../checks/cells.js';

/** Strings that stand for an empty cell, read as 0 (SPEC B §4, §7: blanks, `/` and dashes). */
const EMPTY_MARKS = new Set(['', '/', '／', '-', '－', '—', '——', '–', '无', '空']);

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
  if (EMPTY_MARKS.has(text)) return 0;
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** Applies lenient reading to every value cell; returns the (possibly) rewritten copy and the notes. */
export function applyLenient(edition: CompiledEdition, raw: unknown): { value: unknown; drafts: IssueDraft[] } {
  let value = raw;
  const drafts: IssueDraft[] = [];
  for (const cell of edition.cells) {
    const parent = readPath(raw, cell.path.slice(0, -1));
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
    const current = readPath(raw, cell.path);
    if (typeof current === 'number') continue;
    const omittedTotal = current === undefined && cell.role !== 'leaf';
    if (omittedTotal) continue;
    const n = current === undefined ? 0 : readLenientNumber(current);
    if (n === undefined) continue;
    value = setPath(value, cell.path, n);
    drafts.push({ code: 'LENIENT_VALUE', path: cell.path, expected: n, actual: actualOf(current), params: receivedOf(current) });
  }
  return { value, drafts };
}

/** Returns a copy of `root` with `path` set, copying only the objects along the path. */
function setPath(root: unknown, path: readonly PathKey[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [key, ...rest] = path;
  const node = (root !== null && typeof root === 'object' ? root : {}) as Record<PathKey, unknown>;
  const copy: Record<PathKey, unknown> = Array.isArray(node) ? ([...node] as unknown as Record<PathKey, unknown>) : { ...node };
  copy[key!] = setPath(node[key!], rest, leaf);
  return copy;
}
