/**
 * The fast shape check as generated straight-line JavaScript: the same rules as the closures in
 * `fast-shape.ts`, made from the same shape tree, without a function call per cell. Keys and
 * values in the code come from the format description only, never from a report. Where
 * `new Function` is not allowed (a strict Content-Security-Policy), the closures are used.
 */
import type { CompiledEdition } from '../format/compile.js';
import { YEAR_RANGE, type ShapeNode } from '../model/shape.js';
import { CellState } from '../model/cells.js';

/** Helpers the generated code calls (passed in, so the code reaches nothing else). */
export interface GeneratedHelpers {
  readonly isPlainObject: (v: unknown) => boolean;
  readonly isText: (v: unknown) => boolean;
  readonly isBlocks: (v: unknown, min: number) => boolean;
  readonly isIsoDate: (v: string) => boolean;
}

export type GeneratedCheck = (value: unknown, values: number[], states: number[]) => boolean;

/** Generates the check, or returns undefined when code cannot be generated here. */
export function generateCheck(
  root: ShapeNode,
  edition: CompiledEdition,
  helpers: GeneratedHelpers,
): GeneratedCheck | undefined {
  let counter = 0;
  const fresh = (base: string) => `${base}${counter++}`;
  const lines: string[] = [];

  const emitValue = (node: ShapeNode, v: string, path: readonly string[]): void => {
    switch (node.kind) {
      case 'object': {
        const present = fresh('n');
        const keys = fresh('k');
        lines.push(`if (!h.isPlainObject(${v})) return false;`, `let ${present} = 0, ${keys} = 0;`);
        for (const f of node.fields) {
          const x = fresh('x');
          lines.push(`const ${x} = ${v}[${JSON.stringify(f.key)}];`);
          lines.push(`if (${x} === undefined) { ${f.optional ? '' : 'return false;'} } else {`);
          emitValue(f.node, x, [...path, f.key]);
          lines.push(`${present}++; }`);
        }
        lines.push(`for (const _ in ${v}) ${keys}++;`, `if (${keys} !== ${present}) return false;`);
        return;
      }
      case 'value': {
        const test =
          node.value === 'count'
            ? `Number.isSafeInteger(${v}) && ${v} >= 0`
            : node.value === 'amount'
              ? `typeof ${v} === 'number' && Number.isFinite(${v}) && ${v} >= 0`
              : `Number.isSafeInteger(${v})`;
        lines.push(`if (!(${test})) return false;`);
        const cell = edition.byPath.get(path.join('.'));
        if (cell) lines.push(`values[${cell.index}] = ${v}; states[${cell.index}] = ${CellState.Given};`);
        return;
      }
      case 'text':
        lines.push(`if (!h.isText(${v})) return false;`);
        return;
      case 'blocks':
        lines.push(`if (!h.isBlocks(${v}, ${node.min})) return false;`);
        return;
      case 'literal':
        lines.push(`if (${v} !== ${JSON.stringify(node.value)}) return false;`);
        return;
      case 'year':
        lines.push(
          `if (!(Number.isSafeInteger(${v}) && ${v} >= ${YEAR_RANGE.min} && ${v} <= ${YEAR_RANGE.max})) return false;`,
        );
        return;
      case 'date':
        lines.push(`if (!(typeof ${v} === 'string' && h.isIsoDate(${v}))) return false;`);
        return;
      case 'enum':
        lines.push(`if (!${JSON.stringify(node.values)}.includes(${v})) return false;`);
        return;
    }
  };
  emitValue(root, 'value', []);
  lines.push('return true;');
  try {
    const make = new Function('h', `return function check(value, values, states) {\n${lines.join('\n')}\n};`) as (
      h: GeneratedHelpers,
    ) => GeneratedCheck;
    return make(helpers);
  } catch {
    return undefined;
  }
}
