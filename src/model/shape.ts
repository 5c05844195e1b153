/**
 * The shape of a report file of one edition, as a small tree made from the format description.
 * Two things are built from it: the zod schemas (`schema.ts`) and the fast shape check
 * (`fast-shape.ts`) that lets valid reports skip zod's slower, explaining path.
 */
import { AGENCY_KIND_VALUES, HEADER_FIELDS, type HeaderValueKind } from '../format/header.js';
import type { AxisNode, BlockTableSpec, EditionSpec, MatrixTableSpec, ValueKind } from '../format/spec-types.js';

export interface ShapeField {
  readonly key: string;
  readonly optional: boolean;
  readonly node: ShapeNode;
  /** The official label (or a short explanation), for the JSON Schema. */
  readonly description?: string;
}

export type ShapeNode =
  | { readonly kind: 'object'; readonly fields: readonly ShapeField[] }
  | { readonly kind: 'value'; readonly value: ValueKind }
  | { readonly kind: 'text' }
  | { readonly kind: 'blocks'; readonly min: number }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'year' }
  | { readonly kind: 'date' }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

export type ObjectShape = Extract<ShapeNode, { kind: 'object' }>;

/** Plausible reporting years: the 条例 took effect in 2008. */
export const YEAR_RANGE = { min: 2008, max: 2100 } as const;

const OMITTABLE = '（总计，可省略，省略时自动计算）';

const field = (key: string, node: ShapeNode, description?: string, optional = false): ShapeField => ({
  key,
  node,
  optional,
  ...(description === undefined ? {} : { description }),
});

function cellsShape(columns: readonly AxisNode[], value: ValueKind): ObjectShape {
  const fields: ShapeField[] = [];
  const visit = (nodes: readonly AxisNode[], group: string) => {
    for (const node of nodes) {
      if (node.children && node.key === undefined) visit(node.children, `${group}${node.label} `);
      else if (node.children) fields.push(field(node.key!, cellsShape(node.children, value), node.label));
      else if (node.total) fields.push(field(node.key!, { kind: 'value', value }, `${node.label}${OMITTABLE}`, true));
      else fields.push(field(node.key!, { kind: 'value', value }, `${group}${node.label}`));
    }
  };
  visit(columns, '');
  return { kind: 'object', fields };
}

function rowsShape(rows: readonly AxisNode[], cells: ObjectShape): ObjectShape {
  return {
    kind: 'object',
    fields: rows.map((row) =>
      field(
        row.key!,
        row.children ? rowsShape(row.children, cells) : cells,
        row.total ? `${row.label}${OMITTABLE}` : row.label,
        row.total === true,
      ),
    ),
  };
}

function matrixShape(table: MatrixTableSpec): ObjectShape {
  const cells = cellsShape(table.columns, table.value);
  return table.rows ? rowsShape(table.rows, cells) : cells;
}

function blocksShape(table: BlockTableSpec): ObjectShape {
  const fields: ShapeField[] = [];
  for (const block of table.blocks) {
    for (const row of block.rows) {
      const node: ShapeNode = block.scalar
        ? { kind: 'value', value: block.columns[0]!.value }
        : {
            kind: 'object',
            fields: block.columns.map((c) => field(c.key, { kind: 'value', value: c.value }, c.label)),
          };
      const label = block.scalar
        ? `${block.title} ${row.label} · ${block.columns[0]!.label}`
        : `${block.title} ${row.label}`;
      fields.push(field(row.key, node, label));
    }
  }
  return { kind: 'object', fields };
}

/** The shape of one kind of header value. */
function headerNode(spec: EditionSpec, kind: HeaderValueKind): ShapeNode {
  switch (kind) {
    case 'format':
      return { kind: 'literal', value: spec.format };
    case 'text':
      return { kind: 'text' };
    case 'year':
      return { kind: 'year' };
    case 'date':
      return { kind: 'date' };
    case 'agencyKind':
      return { kind: 'enum', values: AGENCY_KIND_VALUES };
    case 'blocks':
      return { kind: 'blocks', min: 0 };
  }
}

const shapes = new WeakMap<EditionSpec, ObjectShape>();

/** The shape of a report of one edition (built once). */
export function reportShape(spec: EditionSpec): ObjectShape {
  const cached = shapes.get(spec);
  if (cached) return cached;
  const fields: ShapeField[] = HEADER_FIELDS.map((f) =>
    field(
      f.key,
      headerNode(spec, f.value),
      f.value === 'format' ? `格式版本（${spec.notice}）` : 'description' in f ? f.description : f.label,
      f.optional,
    ),
  );
  for (const section of spec.sections) {
    const heading = `${section.number}、${section.title}`;
    if (section.body === 'narrative') {
      fields.push(field(section.key, { kind: 'blocks', min: 1 }, heading));
      continue;
    }
    const table = spec.tables.find((t) => t.key === section.key);
    if (!table) throw new Error(`format description: section ${section.key} has no table`);
    fields.push(field(section.key, table.kind === 'matrix' ? matrixShape(table) : blocksShape(table), heading));
  }
  const shape: ObjectShape = { kind: 'object', fields };
  shapes.set(spec, shape);
  return shape;
}
