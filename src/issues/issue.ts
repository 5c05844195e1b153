/** The one shape every problem zfxxgk finds is reported in. */
import type { IssueCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

/** A value an issue can carry: JSON primitives only, so issues serialise as they are. */
export type IssueValue = string | number | boolean | null;

/** Key of a path step: an object key or an array index. */
export type PathKey = string | number;

/**
 * A problem found in a report.
 * `error` blocks building and rendering; `warning` and `info` are advice.
 */
export interface Issue {
  /** Stable code, such as `T3_BALANCE`. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Where: the keys from the report's root to the cell or field. */
  readonly path: readonly PathKey[];
  /** What the cell or field should hold, where that is known. */
  readonly expected?: IssueValue;
  /** What it holds (for long or structured values, a short description). */
  readonly actual?: IssueValue;
  /** A sentence in Chinese a clerk can act on, naming tables, rows and columns by their labels. */
  readonly message: string;
  /** Further facts a program may use (the two sides of a balance, the rules a cell breaks…). */
  readonly params?: Readonly<Record<string, IssueValue | readonly IssueValue[]>>;
}

/** An issue before its message is made (messages come last, from the code → text map). */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly severity?: Severity;
  readonly path: readonly PathKey[];
  readonly expected?: IssueValue;
  readonly actual?: IssueValue;
  readonly params?: Readonly<Record<string, IssueValue | readonly IssueValue[]>>;
}

/** Counts of issues by severity. */
export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Counts issues by severity.
 * @param issues any list of issues
 * @returns how many errors, warnings and infos it holds
 * @example countIssues(validate(report).issues).error
 */
export function countIssues(issues: readonly Pick<Issue, 'severity'>[]): IssueCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Whether a list holds at least one error. */
export function hasErrors(issues: readonly Pick<Issue, 'severity'>[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Describes a received value briefly, so that an issue never carries a whole object or a 1 MB
 * string: primitives as they are (long strings cut), others by their kind.
 */
export function describeValue(value: unknown): IssueValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'string':
      return value.length > 40 ? `${value.slice(0, 40)}…（共 ${value.length} 字符）` : value;
    case 'undefined':
      return '（缺失）';
    case 'bigint':
      return `${value.toString()}n`;
    default:
      return Array.isArray(value) ? '（数组）' : typeof value === 'object' ? '（对象）' : `（${typeof value}）`;
  }
}
