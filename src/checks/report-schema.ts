/**
 * The complete zod schema of an edition: the model's shape schema with the 勾稽 checks as
 * refinements. It lives with the checks (not in model/) so that the model never imports them.
 */
import * as z from 'zod/mini';
import { compileEdition } from '../format/compile.js';
import { CURRENT_EDITION } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { finalizeIssues } from '../issues/finalize.js';
import { readCells } from '../model/cells.js';
import { deriveTotals } from '../model/derive.js';
import { buildShapeSchema } from '../model/schema.js';
import type { Report, ReportInput } from '../model/types.js';
import { checkArithmetic } from './arithmetic.js';

/**
 * The complete zod schema of an edition: the shape, the 勾稽 rules as refinements (each failure a
 * custom issue whose `params` carry the zfxxgk issue), and omitted totals derived on output.
 * @example reportSchemaFor(CURRENT_EDITION).safeParse(report).success
 */
export function reportSchemaFor(spec: EditionSpec) {
  const edition = compileEdition(spec);
  const checked = buildShapeSchema(spec).check(
    z.superRefine((value, ctx) => {
      const issues = finalizeIssues(spec, checkArithmetic(edition, readCells(edition, value)));
      for (const issue of issues) {
        ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, params: { zfxxgk: issue } });
      }
    }),
  );
  return z.pipe(
    checked,
    z.transform((value) => deriveTotals(edition, value)),
  );
}

/**
 * zod schema of a report file in the edition in force. `parse` returns the report with every total
 * filled in and rejects any report whose tables break the 勾稽 rules.
 * @example reportSchema.safeParse(JSON.parse(text)).success
 */
// Pure: built only in a bundle that uses it (validate() does not; the browser core leaves it out).
export const reportSchema: z.ZodMiniType<Report, ReportInput> = /* @__PURE__ */ reportSchemaFor(
  CURRENT_EDITION,
) as unknown as z.ZodMiniType<Report, ReportInput>;
