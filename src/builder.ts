/**
 * A typed, immutable builder for agency systems: set what you know, leave totals out, and
 * `build()` derives every total, reports every total given wrongly, and returns the same result
 * as `validate()`.
 */
import { CURRENT_EDITION } from './format/editions.js';
import type { Issue } from './issues/issue.js';
import { isoDate } from './model/dates.js';
import { createSkeleton } from './model/skeleton.js';
import type {
  ActiveDisclosure,
  AgencyKind,
  ApplicantRowInput,
  Block,
  Report,
  ReportInput,
  RequestsTableInput,
  ReviewLitigationTableInput,
} from './model/types.js';
import { validate, type ValidateOptions, type ValidationResult } from './validate.js';

/** Every property optional, at every depth. */
export type DeepPartial<T> = T extends number | string | boolean
  ? T
  : T extends readonly (infer E)[]
    ? readonly E[]
    : { [K in keyof T]?: DeepPartial<T[K]> };

/** Dotted path of a row of table 三, such as `results.denied.stateSecret`. */
export type RequestRowPath = RowPaths<RequestsTableInput>;
type RowPaths<T, P extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends ApplicantRowInput
    ? `${P}${K}`
    : RowPaths<NonNullable<T[K]>, `${P}${K}.`>;
}[keyof T & string];

/** Thrown by `buildOrThrow()`: carries every issue of the report. */
export class ReportValidationError extends Error {
  override readonly name = 'ReportValidationError';
  constructor(readonly issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `报告有 ${errors.length} 个错误：${errors
        .slice(0, 3)
        .map((i) => i.message)
        .join('；')}${errors.length > 3 ? '……' : ''}`,
    );
  }
}

type Narrative = 'preamble' | 'overview' | 'problems' | 'otherMatters';

/** Builds a report step by step; every method returns a new builder and leaves this one as it is. */
export class ReportBuilder {
  private constructor(private readonly draft: Readonly<Record<string, unknown>>) {}

  /**
   * Starts an empty report: every count 0, totals left out, narrative sections empty.
   * @example ReportBuilder.create({ agency: '某县人民政府', year: 2024 })
   */
  static create(header: { agency: string; year: number }): ReportBuilder {
    return new ReportBuilder(createSkeleton(CURRENT_EDITION, header));
  }

  /** Starts from an existing report (last year's, an imported one); it is copied, not changed. */
  static from(report: ReportInput | Report): ReportBuilder {
    return new ReportBuilder(structuredClone(report) as unknown as Record<string, unknown>);
  }

  private with(key: string, value: unknown): ReportBuilder {
    return new ReportBuilder({ ...this.draft, [key]: value });
  }

  agency(name: string): ReportBuilder {
    return this.with('agency', name);
  }

  year(year: number): ReportBuilder {
    return this.with('year', year);
  }

  /** The title; by default `${agency}${year}年政府信息公开工作年度报告`. */
  title(title: string): ReportBuilder {
    return this.with('title', title);
  }

  /** Whether the 31 January (department) or 31 March (government) deadline applies. */
  agencyKind(kind: AgencyKind): ReportBuilder {
    return this.with('agencyKind', kind);
  }

  /**
   * The date at the end of the report, as `YYYY-MM-DD` or a `Date` (its local calendar day).
   * An invalid `Date` is kept as text so that `build()` reports it.
   */
  publishedAt(date: string | Date): ReportBuilder {
    if (typeof date === 'string') return this.with('publishedAt', date);
    const valid = !Number.isNaN(date.getTime());
    return this.with(
      'publishedAt',
      valid ? isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate()) : String(date),
    );
  }

  /** Replaces a narrative part with the given blocks. */
  narrative(part: Narrative, ...blocks: readonly Block[]): ReportBuilder {
    return this.with(part, blocks.map(copyBlock));
  }

  /** Appends blocks to a narrative part. */
  append(part: Narrative, ...blocks: readonly Block[]): ReportBuilder {
    const current = Array.isArray(this.draft[part]) ? (this.draft[part] as Block[]) : [];
    return this.with(part, [...current, ...blocks.map(copyBlock)]);
  }

  /** Sets cells of table 二; only the cells given change. */
  activeDisclosure(patch: DeepPartial<ActiveDisclosure>): ReportBuilder {
    return this.with('activeDisclosure', merge(this.draft['activeDisclosure'], patch));
  }

  /** Sets cells of table 三; only the cells given change. */
  requests(patch: DeepPartial<RequestsTableInput>): ReportBuilder {
    return this.with('requests', merge(this.draft['requests'], patch));
  }

  /**
   * Sets one row of table 三.
   * @example builder.requestRow('results.denied.stateSecret', { naturalPerson: 2 })
   */
  requestRow(row: RequestRowPath, cells: Partial<ApplicantRowInput>): ReportBuilder {
    const patch = row
      .split('.')
      .reduceRight<unknown>((inner, key) => ({ [key]: inner }), cells) as DeepPartial<RequestsTableInput>;
    return this.requests(patch);
  }

  /** Sets cells of table 四; only the cells given change. */
  reviewLitigation(patch: DeepPartial<ReviewLitigationTableInput>): ReportBuilder {
    return this.with('reviewLitigation', merge(this.draft['reviewLitigation'], patch));
  }

  /** The report as it stands, in the canonical JSON shape (totals as given). */
  toJSON(): ReportInput {
    return structuredClone(this.draft) as unknown as ReportInput;
  }

  /**
   * Checks the report and returns it with every total derived.
   * @returns `{ ok: true, report, issues }`, or `{ ok: false, issues }` when any issue is an error
   */
  build(options: Omit<ValidateOptions, 'syntax'> = {}): ValidationResult {
    return validate(this.draft, options);
  }

  /** Like `build()`, but returns the report or throws a `ReportValidationError` carrying the issues. */
  buildOrThrow(options: Omit<ValidateOptions, 'syntax'> = {}): Report {
    const result = this.build(options);
    if (!result.ok) throw new ReportValidationError(result.issues);
    return result.report;
  }
}

function copyBlock(block: Block): Block {
  return typeof block === 'string' ? block : { ...block, paragraphs: [...block.paragraphs] };
}

/** Merges `patch` into `base`, copying the objects it changes; arrays and values replace. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = merge(out[key], value);
  }
  return out;
}
