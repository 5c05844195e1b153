/**
 * A fast, conservative shape check made from the same shape tree as the zod schema, which also
 * reads the value cells as it goes. It answers with the cells only when the report certainly has
 * the exact shape zod accepts; anything else (including unusual but valid objects) goes to zod,
 * which explains what is wrong. This keeps validating a good report cheap: zod's explaining path
 * costs several times more on a table of 200 cells.
 */
import type { CompiledEdition } from '../format/compile.js';
import { isIsoDate } from '../model/dates.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { hasVisibleText, isCleanText } from '../model/text-rules.js';
import { reportShape, YEAR_RANGE, type ShapeNode } from '../model/shape.js';
import { CellState, deriveMissingTotals, type CellValues } from '../model/cells.js';
import { generateCheck } from './fast-shape-code.js';

/** Values of the cells seen so far, by cell index. */
interface Sink {
  readonly values: number[];
  readonly states: number[];
}
type Check = (value: unknown, sink: Sink) => boolean;

const checkers = new WeakMap<CompiledEdition, Check>();

function checkerFor(edition: CompiledEdition): Check {
  const shape = reportShape(edition.spec);
  const generated = generateCheck(shape, edition, {
    isPlainObject,
    isText,
    isIsoDate,
    isBlocks: (v, min) => Array.isArray(v) && v.length >= min && v.every(isBlock),
  });
  return generated ? (value, sink) => generated(value, sink.values, sink.states) : compile(shape, [], edition);
}

/**
 * Reads the cells of a report whose shape is certainly exact.
 * @returns the cells (totals derived), or `undefined` when zod must look at the report
 */
export function readIfExactShape(edition: CompiledEdition, value: unknown): CellValues | undefined {
  let check = checkers.get(edition);
  if (!check) {
    check = checkerFor(edition);
    checkers.set(edition, check);
  }
  const n = edition.cells.length;
  const sink: Sink = { values: new Array<number>(n).fill(0), states: new Array<number>(n).fill(CellState.Missing) };
  if (!check(value, sink)) return undefined;
  const derivedBy = new Array<number>(n).fill(-1);
  deriveMissingTotals(edition, sink.values, sink.states, derivedBy);
  return { values: sink.values, states: sink.states, derivedBy };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Text the zod schema accepts: not blank, not invisible, not too long (by default: longer text
 * goes to zod, and the caller's limits are checked apart), none of the forbidden characters.
 */
export function isText(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= DEFAULT_LIMITS.maxTextLength &&
    hasVisibleText(value) &&
    isCleanText(value)
  );
}

function isBlock(value: unknown): boolean {
  if (typeof value === 'string') return isText(value);
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key !== 'heading' && key !== 'paragraphs' && key !== 'runIn') return false;
  const { heading, paragraphs, runIn } = value;
  return (
    isText(heading) &&
    Array.isArray(paragraphs) &&
    paragraphs.every(isText) &&
    (runIn === undefined || typeof runIn === 'boolean')
  );
}

/** The same check as closures, where code cannot be generated. */
export function compile(node: ShapeNode, path: readonly string[], edition: CompiledEdition): Check {
  switch (node.kind) {
    case 'object': {
      const fields = node.fields.map((f) => ({
        key: f.key,
        optional: f.optional,
        check: compile(f.node, [...path, f.key], edition),
      }));
      return (value, sink) => {
        if (!isPlainObject(value)) return false;
        let present = 0;
        for (const f of fields) {
          const v = value[f.key];
          if (v === undefined) {
            if (!f.optional) return false;
          } else if (!f.check(v, sink)) return false;
          else present++;
        }
        // Any other key (or a known key set to undefined) makes the counts differ: let zod look.
        let keys = 0;
        for (const _ in value) keys++;
        return keys === present;
      };
    }
    case 'value': {
      const cell = edition.byPath.get(path.join('.'));
      const ok =
        node.value === 'count'
          ? (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0
          : node.value === 'amount'
            ? (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0
            : (v: unknown) => Number.isSafeInteger(v);
      if (!cell) return ok;
      const index = cell.index;
      return (v, sink) => {
        if (!ok(v)) return false;
        sink.values[index] = v as number;
        sink.states[index] = CellState.Given;
        return true;
      };
    }
    case 'text':
      return isText;
    case 'blocks':
      return (v) => Array.isArray(v) && v.length >= node.min && v.every(isBlock);
    case 'literal':
      return (v) => v === node.value;
    case 'year':
      return (v) => Number.isSafeInteger(v) && (v as number) >= YEAR_RANGE.min && (v as number) <= YEAR_RANGE.max;
    case 'date':
      return (v) => typeof v === 'string' && isIsoDate(v);
    case 'enum':
      return (v) => typeof v === 'string' && node.values.includes(v);
  }
}
