/** The step every renderer takes first: validate, then refuse or draw a draft. */
import type { Issue } from '../issues/issue.js';
import { validate } from '../validate.js';
import { RenderRefusedError, type RenderContext } from './contract.js';
import { reportView, type ReportView } from './view-model.js';
import { parseSource } from '../read/source.js';

/**
 * Validates the input and makes its view. A report with errors is refused unless `ctx.draft`.
 * @returns the view and the issues found
 */
export function prepareView(input: unknown, ctx: RenderContext = {}): { view: ReportView; issues: readonly Issue[] } {
  const result = validate(input, { mode: ctx.lenient ? 'lenient' : 'strict' });
  if (result.ok) return { view: reportView(result.report), issues: result.issues };
  if (!ctx.draft) throw new RenderRefusedError(result.issues);
  // A draft draws whatever could be read.
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parseSource(input);
    raw = parsed.ok ? parsed.value : {};
  }
  return { view: reportView(raw, { draft: true, issues: result.issues }), issues: result.issues };
}
