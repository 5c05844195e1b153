/** The one shape every problem zfxxgk finds is reported in. */
import type { IssueCode, IssueFacts } from './codes.js';
import type { ProfileIssue } from './codes-copies.js';
import type { Shape } from './message-kit.js';
import type { PathKey, Severity } from './values.js';

export type { IssueValue, PathKey, ReceivedKind, ExpectedKind, Received, Severity } from './values.js';
export { actualOf, receivedOf } from './values.js';

/** The issue of one code, as the members of {@link Issue} are made. */
type Made<C extends IssueCode> = {
  /** Stable code, such as `T3_BALANCE`. */
  readonly code: C;
  /** `error` blocks building and rendering; `warning` and `info` are advice. */
  readonly severity: Severity;
  /** Where: the keys from the report's root to the cell or field. */
  readonly path: readonly PathKey[];
  /** A sentence a clerk can act on (Chinese unless asked otherwise), naming tables, rows and columns by their labels. */
  readonly message: string;
} & Shape<IssueFacts[C]>;

/**
 * A problem found in a report: a union keyed by `code`, so that checking the code tells a program
 * what `expected`, `actual` and `params` hold. A code with a `/` is a local rule profile's
 * ({@link ProfileIssue}: `wuwei-2025/OVERVIEW_TOO_LONG`). In JSON: `{code, severity, path, expected?, actual?,
 * message, params?}`, where `expected` and `actual` are numbers, ISO dates, codes or short raw
 * values from the input — never sentences.
 */
export type Issue = { [C in IssueCode]: Made<C> }[IssueCode] | ProfileIssue;

/**
 * The issue of one code (or of several): its `expected`, `actual` and `params` typed as the code says.
 * @example
 * const late = issues.filter((i): i is IssueOf<'LATE_PUBLICATION'> => i.code === 'LATE_PUBLICATION');
 * late[0]?.expected // the deadline, an ISO date
 */
export type IssueOf<C extends IssueCode> = Extract<Issue, { readonly code: C }>;

/** The draft of one code: an issue before its message is made. */
export type DraftOf<C extends IssueCode> = {
  readonly code: C;
  /** When the check overrides the code's default severity. */
  readonly severity?: Severity;
  readonly path: readonly PathKey[];
} & Shape<IssueFacts[C]>;

/** An issue before its message is made (messages come last, from the code table). */
export type IssueDraft = { [C in IssueCode]: DraftOf<C> }[IssueCode];

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
