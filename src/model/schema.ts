/**
 * zod schemas of the canonical JSON shape, made from the shape tree (`shape.ts`), which is made
 * from the format description.
 *
 * `buildShapeSchema` checks the shape only (strict objects, cell types, text limits); the complete
 * schema in `schemas.ts` adds the 勾稽 rules. `validate()` runs the arithmetic itself as well,
 * because zod skips an object's refinements once any field failed, and a clerk must see every wrong
 * cell in one pass.
 */
import * as z from 'zod/mini';
import type { EditionSpec, ValueKind } from '../format/spec-types.js';
import { isIsoDate } from './dates.js';
import { DEFAULT_LIMITS } from './limits.js';
import { isCleanText, isInvisibleText } from './text-rules.js';
import { reportShape, YEAR_RANGE, type ShapeNode } from './shape.js';

export { YEAR_RANGE };

function valueSchema(kind: ValueKind) {
  return kind === 'count' ? z.int().check(z.minimum(0)) : kind === 'amount' ? z.number().check(z.minimum(0)) : z.int();
}

/**
 * Plain text: not blank, not only invisible characters, none of the characters of
 * `text-rules.ts` (controls, bidi controls, lone surrogates…), at most the default
 * `maxTextLength`. (validate() measures lengths against the caller's limits itself.)
 */
export function textSchema() {
  return z.string().check(
    z.minLength(1),
    z.maxLength(DEFAULT_LIMITS.maxTextLength),
    z.refine((s: string) => s.trim().length > 0, { params: { zfxxgk: 'TEXT_EMPTY' } }),
    z.refine((s: string) => !isInvisibleText(s), { params: { zfxxgk: 'TEXT_INVISIBLE' } }),
    z.refine(isCleanText, { params: { zfxxgk: 'TEXT_FAULT' } }),
  );
}

/** A paragraph, or a sub-heading with its paragraphs. */
export function blockSchema() {
  return z.union([
    textSchema(),
    z.strictObject({ heading: textSchema(), paragraphs: z.array(textSchema()), runIn: z.optional(z.boolean()) }),
  ]);
}

function toZod(node: ShapeNode): z.ZodMiniType {
  switch (node.kind) {
    case 'object': {
      const shape: Record<string, z.ZodMiniType> = {};
      for (const f of node.fields) {
        let schema = toZod(f.node);
        if (f.description !== undefined) schema = schema.check(z.describe(f.description));
        shape[f.key] = f.optional ? z.optional(schema) : schema;
      }
      return z.strictObject(shape);
    }
    case 'value':
      return valueSchema(node.value);
    case 'text':
      return textSchema();
    case 'blocks':
      return node.min > 0 ? z.array(blockSchema()).check(z.minLength(node.min)) : z.array(blockSchema());
    case 'literal':
      return z.literal(node.value);
    case 'year':
      return z.int().check(z.minimum(YEAR_RANGE.min), z.maximum(YEAR_RANGE.max));
    case 'date':
      return z
        .string()
        .check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isIsoDate, { params: { zfxxgk: 'DATE_INVALID' } }));
    case 'enum':
      return z.enum(node.values as [string, ...string[]]);
  }
}

/** The shape of a report of one edition, without the arithmetic. */
export function buildShapeSchema(spec: EditionSpec): z.ZodMiniObject {
  return toZod(reportShape(spec)) as z.ZodMiniObject;
}
