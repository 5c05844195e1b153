/**
 * zod schemas of the canonical JSON shape, built from the format description.
 *
 * `reportShapeSchema` checks the shape only (strict objects, cell types, text limits);
 * `reportSchema` adds the 勾稽 rules and derives omitted totals, so a report that breaks them
 * cannot be parsed. `validate()` runs the arithmetic itself as well, because zod skips an object's
 * refinements once any field failed, and a clerk must see every wrong cell in one pass.
 */
import { isMatch } from 'date-fns';
import { z } from 'zod';
import type { AxisNode, BlockTableSpec, EditionSpec, MatrixTableSpec, ValueKind } from '../format/spec-types.js';
import { MAX_TEXT_LENGTH } from './limits.js';

/** Control characters other than tab and line feed, which break print and XML. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/;

const count = () => z.int().min(0);
const amount = () => z.number().min(0);
const signedCount = () => z.int();

function valueSchema(kind: ValueKind) {
  return kind === 'count' ? count() : kind === 'amount' ? amount() : signedCount();
}

/** Plain text: at least one character, at most MAX_TEXT_LENGTH, no control characters. */
export function textSchema() {
  return z
    .string()
    .min(1)
    .max(MAX_TEXT_LENGTH)
    .refine((s) => s.trim().length > 0, { params: { zfxxgk: 'TEXT_EMPTY' } })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { params: { zfxxgk: 'CONTROL_CHARACTER' } });
}

/** A paragraph, or a sub-heading with its paragraphs. */
export function blockSchema() {
  return z.union([
    textSchema(),
    z.strictObject({
      heading: textSchema(),
      paragraphs: z.array(textSchema()),
      runIn: z.boolean().optional(),
    }),
  ]);
}

/** Cells of one data row of a matrix table, following its column tree. */
const OMITTABLE = '（总计，可省略，省略时自动计算）';

function cellsSchema(columns: readonly AxisNode[], kind: ValueKind): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  const visit = (nodes: readonly AxisNode[], group: string) => {
    for (const node of nodes) {
      if (node.children && node.key === undefined) visit(node.children, `${group}${node.label} `);
      else if (node.children) shape[node.key!] = cellsSchema(node.children, kind).describe(node.label);
      else if (node.total) shape[node.key!] = valueSchema(kind).describe(`${node.label}${OMITTABLE}`).optional();
      else shape[node.key!] = valueSchema(kind).describe(`${group}${node.label}`);
    }
  };
  visit(columns, '');
  return z.strictObject(shape);
}

function rowsSchema(rows: readonly AxisNode[], cells: z.ZodType): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const row of rows) {
    const inner = (row.children ? rowsSchema(row.children, cells) : cells).describe(
      row.total ? `${row.label}${OMITTABLE}` : row.label,
    );
    shape[row.key!] = row.total ? inner.optional() : inner;
  }
  return z.strictObject(shape);
}

function matrixSchema(table: MatrixTableSpec): z.ZodType {
  const cells = cellsSchema(table.columns, table.value);
  return table.rows ? rowsSchema(table.rows, cells) : cells;
}

function blocksSchema(table: BlockTableSpec): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const block of table.blocks) {
    for (const row of block.rows) {
      shape[row.key] = block.scalar
        ? valueSchema(block.columns[0]!.value).describe(`${block.title} ${row.label} · ${block.columns[0]!.label}`)
        : z
            .strictObject(Object.fromEntries(block.columns.map((c) => [c.key, valueSchema(c.value).describe(c.label)])))
            .describe(`${block.title} ${row.label}`);
    }
  }
  return z.strictObject(shape);
}

/** An ISO calendar date `YYYY-MM-DD` that exists (checked with date-fns). */
export function isoDateSchema() {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => isMatch(s, 'yyyy-MM-dd'), { params: { zfxxgk: 'DATE_INVALID' } });
}

/** Plausible reporting years: the 条例 took effect in 2008. */
export const YEAR_RANGE = { min: 2008, max: 2100 } as const;

/** The shape of a report of one edition, without the arithmetic. */
export function buildShapeSchema(spec: EditionSpec) {
  const shape: Record<string, z.ZodType> = {
    format: z.literal(spec.format).describe(`格式版本（${spec.notice}）`),
    agency: textSchema().describe('报告机关'),
    year: z.int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).describe('报告年度'),
    publishedAt: isoDateSchema().describe('成文日期（落款日期），YYYY-MM-DD').optional(),
    title: textSchema().describe('标题；省略时为“机关名称+年度+年政府信息公开工作年度报告”').optional(),
    agencyKind: z
      .enum(['department', 'government', 'township'])
      .describe('机关类型：department 政府部门（1月31日前公布），government 县级以上人民政府本级报告（3月31日前），township 乡镇、街道')
      .optional(),
    preamble: z.array(blockSchema()).describe('开头段落（一、之前）').optional(),
  };
  for (const section of spec.sections) {
    const heading = `${section.number}、${section.title}`;
    if (section.body === 'narrative') shape[section.key] = z.array(blockSchema()).min(1).describe(heading);
    else {
      const table = spec.tables.find((t) => t.key === section.key);
      if (!table) throw new Error(`format description: section ${section.key} has no table`);
      shape[section.key] = (table.kind === 'matrix' ? matrixSchema(table) : blocksSchema(table)).describe(heading);
    }
  }
  return z.strictObject(shape);
}
