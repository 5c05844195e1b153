/**
 * The zod schemas of each edition, built once from the description.
 */
import { z } from 'zod';
import { checkArithmetic } from '../checks/arithmetic.js';
import { readCells } from '../checks/cells.js';
import { deriveTotals } from '../checks/derive.js';
import { compileEdition } from '../format/compile.js';
import { EDITION_2021 } from '../format/edition-2021.js';
import type { EditionSpec } from '../format/spec-types.js';
import { finalizeIssues } from '../issues/finalize.js';
import { buildShapeSchema } from './schema.js';
import type { Report, ReportInput } from './types.js';

type ShapeSchema = ReturnType<typeof buildShapeSchema>;
const shapes = new WeakMap<EditionSpec, ShapeSchema>();

/** The shape-only schema of an edition (strict objects, value types, text limits). */
export function shapeSchemaFor(spec: EditionSpec): ShapeSchema {
  let schema = shapes.get(spec);
  if (!schema) {
    schema = compiled(buildShapeSchema(spec));
    shapes.set(spec, schema);
  }
  return schema;
}

/** zod's ahead-of-time compiled parser where `new Function` is allowed, the plain one elsewhere. */
function compiled(schema: ShapeSchema): ShapeSchema {
  try {
    return z.compile(schema);
  } catch {
    return schema;
  }
}

/**
 * The complete zod schema of an edition: the shape, the 勾稽 rules as refinements (each failure a
 * custom issue whose `params` carry the zfxxgk issue), and omitted totals derived on output.
 */
export function reportSchemaFor(spec: EditionSpec) {
  const edition = compileEdition(spec);
  return buildShapeSchema(spec)
    .superRefine((value, ctx) => {
      const issues = finalizeIssues(spec, checkArithmetic(edition, readCells(edition, value)));
      for (const issue of issues) {
        ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, params: { zfxxgk: issue } });
      }
    })
    .transform((value) => deriveTotals(edition, value));
}

/**
 * zod schema of a 2021-edition report file. `parse` returns the report with every total filled in
 * and rejects any report whose tables break the 勾稽 rules.
 * @example reportSchema.safeParse(JSON.parse(text)).success
 */
export const reportSchema: z.ZodType<Report, ReportInput> = reportSchemaFor(EDITION_2021) as unknown as z.ZodType<
  Report,
  ReportInput
>;
