/**
 * `validate()`: every check over one report, returning the result as data. Never throws, never
 * changes its input.
 */
import { checkArithmetic } from './checks/arithmetic.js';
import { readCells } from './model/cells.js';
import { checkAcrossYears } from './checks/cross-year.js';
import { deriveTotals } from './model/derive.js';
import { checkNarrative } from './checks/narrative.js';
import { checkNarrativeNumbers } from './checks/narrative-numbers.js';
import { checkPlausibility } from './checks/plausibility.js';
import { checkPublication } from './checks/publication.js';
import { checkStructure } from './checks/structure.js';
import { readIfExactShape } from './checks/fast-shape.js';
import { compileEdition } from './format/compile.js';
import { CURRENT_FORMAT, EDITIONS, editionForYear, getEdition } from './format/editions.js';
import type { EditionSpec } from './format/spec-types.js';
import { finalizeIssues } from './issues/finalize.js';
import { sortIssues } from './issues/order.js';
import { actualOf, hasErrors, receivedOf, type Issue, type IssueDraft } from './issues/issue.js';
import type { Lang } from './issues/message-kit.js';
import type { Report } from './model/types.js';
import { applyLenient } from './read/lenient.js';
import { parseSource, type SourceSyntax } from './read/source.js';
import { checkLimits } from './checks/limits.js';
import { checkLimitsOfExactShape } from './checks/limits-exact.js';
import { reportShape } from './model/shape.js';
import { resolveLimits, type ValidationLimits } from './model/limits.js';
import { profilesNotRun, runProfiles } from './profiles/run.js';
import type { Profile } from './profiles/types.js';

/** How to read a report. */
export interface ValidateOptions {
  /**
   * `strict` (default): cells must be numbers. `lenient`: cells typed by hand or imported
   * (`" 0"`, `""`, `"/"`, `"—"`, full-width digits, absent cells) are read as numbers, each reported
   * as `info`.
   */
  readonly mode?: 'strict' | 'lenient';
  /** Last year's report of the same agency (object or text), for the checks across two years. */
  readonly previous?: unknown;
  /** Syntax of text input; `auto` (default) tells JSON from YAML by the first character. */
  readonly syntax?: SourceSyntax;
  /** The language of the issues' messages: `zh` (default) or `en`. The issues' values are the same in both. */
  readonly lang?: Lang;
  /**
   * Bytes without a byte-order mark are read in this encoding (`gbk`, `gb18030`…); by default
   * UTF-8, or UTF-16 told by its NUL bytes. Bytes invalid in it give ENCODING_INVALID.
   */
  readonly encoding?: string;
  /**
   * Bounds on size, text lengths, items, nesting and values, over {@link DEFAULT_LIMITS}
   * (`Infinity` lifts one). A bound crossed is an issue (LIMIT_EXCEEDED, TEXT_TOO_LONG,
   * LINE_TOO_LONG), never a crash or a hang.
   */
  readonly limits?: Partial<ValidationLimits>;
  /**
   * Local rule profiles (`WUWEI_2025`, or a platform's own): run over a report that passed the
   * national checks, their issues added under codes namespaced by profile (`wuwei-2025/…`). A
   * profile that throws is reported as PROFILE_FAILED; with national errors, PROFILE_NOT_RUN.
   */
  readonly profiles?: readonly Profile[];
}

/** The outcome of validation: the report with every total filled in when there is no error. */
export type ValidationResult =
  | { readonly ok: true; readonly report: Report; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly report?: undefined; readonly issues: readonly Issue[] };

/**
 * Checks a report against the national format: its shape, the 勾稽 rules of its tables, its
 * dates and its narrative. Every problem is reported at once, with its cell's path.
 * @param input a report object, or its JSON/YAML text
 * @param options strict or lenient reading; last year's report for the cross-year checks
 * @returns `{ ok, report?, issues }`; `ok` is false when any issue is an error. `report` is the
 *   input with every omitted total filled in; objects that needed no total are shared with the
 *   input (and when nothing was derived it is the input itself), so treat it as read-only. The
 *   renderers recognise a result returned here, and a report made here (from text, or with totals
 *   filled in), and do not validate it again: change neither afterwards.
 * @example
 * const { ok, issues } = validate(JSON.parse(text));
 * for (const i of issues) console.log(i.severity, i.message);
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  let run: { result: ValidationResult; value: unknown };
  try {
    run = validateUnguarded(input, options);
  } catch (error) {
    // A bug of ours must not take the caller down with it: report it as data.
    const detail = error instanceof Error ? error.message : String(error);
    const issues = finalizeIssues(
      getEdition(CURRENT_FORMAT)!,
      [{ code: 'INTERNAL_ERROR', path: [], params: { detail } }],
      options.lang,
    );
    run = {
      result: { ok: false, issues },
      value: typeof input === 'string' || input instanceof Uint8Array ? undefined : input,
    };
  }
  remember(run.result, run.value, input);
  return run.result;
}

/** What `validate()` made of one input: its result and the value it read (text and bytes parsed). */
export interface Validation {
  readonly result: ValidationResult;
  /**
   * The input as read: parsed from text or bytes, after lenient conversion; `undefined` when it
   * could not be parsed. A draft of an invalid report draws this.
   */
  readonly value: unknown;
}

// Results validate() returned, and the reports it made inside them, carry the validation in a
// private field stamped on them, so that what it already checked is not checked again (a renderer
// given `validate(x)` or its `report`). Not a WeakMap: V8 keeps what a WeakMap holds alive through
// its minor collections, and a map of every result cost validate() a fifth of its time in the
// collector; a private field dies with its object. Nothing else can see or copy the field, so a
// copy (spread, structuredClone, JSON) is validated as usual. Nor is the caller's own object
// stamped when it came back as the report (nothing was derived): the caller goes on editing it,
// and an edited report must be checked again.

/** A base class whose constructor returns the object given, for {@link Stamp} to add its field to. */
class Target {
  constructor(target: object) {
    // The object given, not a new one, is what the subclass adds its field to.
    return target;
  }
}

/** Stamps an object with the validation validate() made of it. */
class Stamp extends Target {
  readonly #validation: Validation;

  constructor(target: object, validation: Validation) {
    super(target);
    this.#validation = validation;
  }

  static of(value: object): Validation | undefined {
    return #validation in value ? (value as Stamp).#validation : undefined;
  }
}

function remember(result: ValidationResult, value: unknown, input: unknown): void {
  const validation: Validation = { result, value };
  new Stamp(result, validation);
  if (result.report && result.report !== input) new Stamp(result.report, validation);
}

/**
 * The validation `validate()` already made of `input` when `input` is a result it returned or a
 * report it made; `undefined` for anything else (the caller's own object, text, bytes).
 */
export function priorValidation(input: unknown): Validation | undefined {
  return input !== null && typeof input === 'object' ? Stamp.of(input) : undefined;
}

function validateUnguarded(input: unknown, options: ValidateOptions): { result: ValidationResult; value: unknown } {
  const current = runChecks(input, options);
  const issues = [...current.issues];
  if (options.previous !== undefined && current.edition && current.value !== undefined) {
    const previous = runChecks(options.previous, { ...options, lang: 'zh' });
    const errors = previous.issues.filter((i) => i.severity === 'error').length;
    const drafts: IssueDraft[] =
      errors > 0 || previous.value === undefined
        ? [{ code: 'PREVIOUS_INVALID', path: [], actual: errors }]
        : checkAcrossYears(compileEdition(current.edition), current.value, previous.value);
    issues.push(...finalizeIssues(current.edition, drafts, options.lang));
  }
  if (options.profiles?.length && current.edition) {
    const { profiles, lang } = options;
    issues.push(
      ...(current.report && !hasErrors(issues)
        ? runProfiles(current.report, profiles, current.edition, lang)
        : profilesNotRun(profiles, current.edition, lang)),
    );
  }
  if (hasErrors(issues) || !current.report) return { result: { ok: false, issues }, value: current.value };
  return { result: { ok: true, report: current.report, issues }, value: current.value };
}

interface CheckRun {
  readonly issues: readonly Issue[];
  readonly edition?: EditionSpec;
  /** The input as read (parsed, after lenient conversion); undefined when it could not be parsed. */
  readonly value?: unknown;
  readonly report?: Report;
}

function runChecks(input: unknown, options: ValidateOptions): CheckRun {
  const fallback = getEdition(CURRENT_FORMAT)!;
  const limits = resolveLimits(options.limits);
  const drafts: IssueDraft[] = [];
  let raw = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const parsed = parseSource(input, {
      syntax: options.syntax ?? 'auto',
      limits,
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    if (!parsed.ok) return { issues: finalizeIssues(fallback, [parsed.issue], options.lang) };
    raw = parsed.value;
    drafts.push(...parsed.problems);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const notObject: IssueDraft = {
      code: 'NOT_AN_OBJECT',
      path: [],
      expected: 'object',
      actual: actualOf(raw),
      params: receivedOf(raw),
    };
    return { issues: finalizeIssues(fallback, [notObject], options.lang), value: raw };
  }
  const format = (raw as { format?: unknown }).format;
  let spec = getEdition(format);
  let unknownFormat: IssueDraft | undefined;
  if (!spec) {
    const year = (raw as { year?: unknown }).year;
    spec = (typeof year === 'number' ? editionForYear(year) : undefined) ?? fallback;
    unknownFormat = {
      code: 'FORMAT_UNKNOWN',
      path: ['format'],
      expected: spec.format,
      actual: actualOf(format),
      params: { ...receivedOf(format), assumed: spec.format, allowed: EDITIONS.map((e) => e.format) },
    };
  }
  const edition = compileEdition(spec);
  // The fast shape check reads no deeper than the format's shape and stops at the first thing it
  // does not expect, whatever the input, so it may run before the bounds. When the shape is exact,
  // only the parts that can grow (lists, texts) are measured; else the full walk runs.
  let exact = options.mode === 'lenient' ? undefined : readIfExactShape(edition, raw);
  // Bounds first: past one, nothing else is read (a cycle, a million keys, a list nested too deep).
  const bounded = (exact && checkLimitsOfExactShape(reportShape(spec), raw, limits)) ?? checkLimits(raw, limits);
  if (bounded.stop) return { issues: finalizeIssues(fallback, [...drafts, bounded.stop], options.lang) };
  drafts.push(...bounded.drafts);
  if (unknownFormat) drafts.push(unknownFormat);

  let value: unknown = raw;
  if (options.mode === 'lenient') {
    const lenient = applyLenient(edition, raw);
    value = lenient.value;
    drafts.push(...lenient.drafts);
    exact = readIfExactShape(edition, value);
  }
  const record = value as Record<string, unknown>;
  const cells = exact ?? readCells(edition, value);
  drafts.push(
    ...(exact ? [] : checkStructure(edition, value)),
    ...checkArithmetic(edition, cells),
    ...checkPublication(spec, record),
    ...checkNarrative(spec, record),
    ...checkNarrativeNumbers(spec, record),
    ...checkPlausibility(edition, cells, record['agency']),
  );
  const issues = sortIssues(edition, finalizeIssues(spec, drafts, options.lang));
  const report = hasErrors(issues) ? undefined : (deriveTotals(edition, value, cells) as Report);
  return { issues, edition: spec, value, ...(report ? { report } : {}) };
}
