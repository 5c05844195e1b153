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
import { DEFAULT_LIMITS } from './limits.js';
import { isCleanText, isInvisibleText } from './text-rules.js';
import { reportShape, YEAR_RANGE, type ShapeNode } from './shape.js';

export { YEAR_RANGE };

function valueSchema(kind: ValueKind) {
  return kind === 'count' ? z.int().min(0) : kind === 'amount' ? z.number().min(0) : z.int();
}

/**
 * Plain text: not blank, not only invisible characters, none of the characters of
 * `text-rules.ts` (controls, bidi controls, lone surrogates…), at most the default
 * `maxTextLength`. (validate() measures lengths against the caller's limits itself.)
 */
export function textSchema() {
  return z
    .string()
    .min(1)
    .max(DEFAULT_LIMITS.maxTextLength)
    .refine((s) => s.trim().length > 0, { params: { zfxxgk: 'TEXT_EMPTY' } })
    .refine((s) => !isInvisibleText(s), { params: { zfxxgk: 'TEXT_INVISIBLE' } })
    .refine(isCleanText, { params: { zfxxgk: 'TEXT_FAULT' } });
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
