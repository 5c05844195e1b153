/**
 * Reads the value cells of a report into a flat array, whatever else is wrong with it, so that
 * the arithmetic runs over every cell that holds a number (STYLE.md point 4: all errors at once).
 */
import type { CompiledEdition } from '../format/compile.js';

/** State of one cell. */
export const CellState = {
  /** Absent from the input. */
  Missing: 0,
  /** Given as a usable number. */
  Given: 1,
  /** Absent, and computed from the cells it totals. */
  Derived: 2,
  /** Present but not a usable number (text, NaN, an unsafe integer…). */
  Unusable: 3,
} as const;

export interface CellValues {
  readonly values: Float64Array;
  readonly states: Uint8Array;
  /** For a derived cell, the relation that computed it; −1 otherwise. */
  readonly derivedBy: Int32Array;
}

/** Follows a path of keys through plain objects; `undefined` when any step is missing. */
export function readPath(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A number the arithmetic can use: finite and within the safe integer range. */
export function isUsableNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER;
}

/** Reads every cell and derives the totals left out. */
export function readCells(edition: CompiledEdition, raw: unknown): CellValues {
  const n = edition.cells.length;
  const values = new Float64Array(n);
  const states = new Uint8Array(n);
  const derivedBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = readPath(raw, edition.cells[i]!.path);
    if (v === undefined) states[i] = CellState.Missing;
    else if (isUsableNumber(v)) {
      values[i] = v;
      states[i] = CellState.Given;
    } else states[i] = CellState.Unusable;
  }
  deriveMissingTotals(edition, values, states, derivedBy);
  return { values, states, derivedBy };
}

/** Fills each missing total whose addends are all known, repeating until nothing changes. */
function deriveMissingTotals(
  edition: CompiledEdition,
  values: Float64Array,
  states: Uint8Array,
  derivedBy: Int32Array,
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const rel of edition.relations) {
      if (rel.kind !== 'sum' || states[rel.target] !== CellState.Missing) continue;
      let total = 0;
      let known = true;
      for (let t = 1; t < rel.terms.length; t++) {
        const cell = rel.terms[t]!;
        const s = states[cell];
        if (s !== CellState.Given && s !== CellState.Derived) {
          known = false;
          break;
        }
        total += values[cell]!;
      }
      if (!known) continue;
      values[rel.target] = total;
      states[rel.target] = CellState.Derived;
      derivedBy[rel.target] = rel.index;
      changed = true;
    }
  }
}
