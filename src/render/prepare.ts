/**
 * The step every renderer takes first: take the validation `validate()` already made, or validate
 * now (text, bytes and objects alike); then refuse a report with errors, or draw it as a draft.
 */
import type { Issue } from '../issues/issue.js';
import { priorValidation, validate } from '../validate.js';
import { RenderRefusedError, type RenderContext } from './contract.js';
import { reportView, type ReportView } from './view-model.js';

/** A report ready to draw. */
export interface PreparedReport {
  /**
   * What to draw: the validated report (every total filled in), or for a draft the input as read
   * (parsed from text or bytes; `undefined` when it could not be parsed).
   */
  readonly value: unknown;
  /** Issues of the report (errors only in a draft). */
  readonly issues: readonly Issue[];
  /** True when the report has errors and is drawn as a draft. */
  readonly draft: boolean;
}

/**
 * Prepares a render's input: a result of `validate()` or its report is taken as it is; anything
 * else (an object, JSON/YAML text or bytes) is validated once.
 * @param input what the renderer was given
 * @param ctx `draft` draws a report with errors; `lenient` reads hand-typed cells
 * @returns what to draw and the report's issues
 * @throws RenderRefusedError when the report has errors and `ctx.draft` is not set
 * @example
 * const { value, issues, draft } = prepareReport(text, { draft: true });
 */
export function prepareReport(input: unknown, ctx: RenderContext = {}): PreparedReport {
  // validate() remembers every result it returns, so the second look-up always finds one.
  const { result, value } =
    priorValidation(input) ?? priorValidation(validate(input, { mode: ctx.lenient ? 'lenient' : 'strict' }))!;
  if (result.ok) return { value: result.report, issues: result.issues, draft: false };
  if (!ctx.draft) throw new RenderRefusedError(result.issues);
  return { value, issues: result.issues, draft: true };
}

/**
 * Prepares the input (see `prepareReport`) and makes its view.
 * @returns the view, the report's issues, and whether it is a draft
 * @throws RenderRefusedError when the report has errors and `ctx.draft` is not set
 * @example
 * const { view } = prepareView(report);
 */
export function prepareView(
  input: unknown,
  ctx: RenderContext = {},
): { view: ReportView; issues: readonly Issue[]; draft: boolean } {
  const { value, issues, draft } = prepareReport(input, ctx);
  return { view: draft ? reportView(value, { draft, issues }) : reportView(value), issues, draft };
}
