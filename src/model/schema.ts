/**
 * zod schemas of the canonical JSON shape, made from the shape tree (`shape.ts`), which is made
 * from the format description.
 *
 * `buildShapeSchema` checks the shape only (strict objects, cell types, text limits); the complete
 * schema in `schemas.ts` adds the 勾稽 rules. `validate()` runs the arithmetic itself as well,
 * because zod skips an object's refinements once any field failed, and a clerk must see every wrong
 * cell in one pass.
 */
import { z } from 'zod';
import type { EditionSpec, ValueKind } from '../format/spec-types.js';
import { isIsoDate } from './dates.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import { reportShape, YEAR_RANGE, type ShapeNode } from './shape.js';

export { YEAR_RANGE };

/** Control characters other than tab and line feed, which break print and XML. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/;

function valueSchema(kind: ValueKind) {
  return kind === 'count' ? z.int().min(0) : kind === 'amount' ? z.number().min(0) : z.int();
}

/** Plain text: not blank, at most MAX_TEXT_LENGTH, no control characters. */
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
    z.strictObject({ heading: textSchema(), paragraphs: z.array(textSchema()), runIn: z.boolean().optional() }),
  ]);
}

function toZod(node: ShapeNode): z.ZodType {
  switch (node.kind) {
    case 'object': {
      const shape: Record<string, z.ZodType> = {};
      for (const f of node.fields) {
        let schema = toZod(f.node);
        if (f.description !== undefined) schema = schema.describe(f.description);
        shape[f.key] = f.optional ? schema.optional() : schema;
      }
      return z.strictObject(shape);
    }
    case 'value':
      return valueSchema(node.value);
    case 'text':
      return textSchema();
    case 'blocks':
      return node.min > 0 ? z.array(blockSchema()).min(node.min) : z.array(blockSchema());
    case 'literal':
      return z.literal(node.value);
    case 'year':
      return z.int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
    case 'date':
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, { params: { zfxxgk: 'DATE_INVALID' } });
    case 'enum':
      return z.enum(node.values as [string, ...string[]]);
  }
}

/** The shape of a report of one edition, without the arithmetic. */
export function buildShapeSchema(spec: EditionSpec): z.ZodObject {
  return toZod(reportShape(spec)) as z.ZodObject;
}
