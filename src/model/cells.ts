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

/** The cells of a report as flat arrays, indexed like `edition.cells`. */
export interface CellValues {
  readonly values: number[];
  readonly states: number[];
  /** For a derived cell, the relation that computed it; −1 otherwise. */
  readonly derivedBy: number[];
}

/** Follows a path of the format's own keys (never Object.prototype members) with plain reads. */
function readKnownPath(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[path[i]!];
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
  const values: number[] = new Array<number>(n).fill(0);
  const states: number[] = new Array<number>(n).fill(CellState.Missing);
  const derivedBy: number[] = new Array<number>(n).fill(-1);
  for (const group of edition.groups) {
    const parent = readKnownPath(raw, group.parent);
    const object = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>) : undefined;
    for (let k = 0; k < group.cells.length; k++) {
      const i = group.cells[k]!;
      const key = group.keys[k]!;
      // Cell keys are format names, never Object.prototype members: a plain read is enough.
      const v = object ? object[key] : undefined;
      if (v === undefined) states[i] = CellState.Missing;
      else if (isUsableNumber(v)) {
        values[i] = v;
        states[i] = CellState.Given;
      } else states[i] = CellState.Unusable;
    }
  }
  deriveMissingTotals(edition, values, states, derivedBy);
  return { values, states, derivedBy };
}

/** Fills each missing total whose addends are all known, repeating until nothing changes. */
export function deriveMissingTotals(
  edition: CompiledEdition,
  values: number[],
  states: number[],
  derivedBy: number[],
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
