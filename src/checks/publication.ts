/**
 * Checks of the report's year, edition, title and date: LATE_PUBLICATION (第四十九条),
 * PUBLISHED_AT_MISSING, PUBLISHED_BEFORE_YEAR_END, EDITION_MISMATCH, TITLE_YEAR_MISMATCH.
 */
import { editionForYear } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import type { IssueDraft } from '../issues/issue.js';
import { AGENCY_KINDS, inferAgencyKind } from '../model/agency-kind.js';
import type { AgencyKind } from '../model/types.js';
import { isIsoDate, isoDate } from '../model/dates.js';

const KINDS = Object.keys(AGENCY_KINDS) as AgencyKind[];

/** The fields these checks read; each is checked for its type before use. */
interface Header {
  readonly agency?: unknown;
  readonly year?: unknown;
  readonly publishedAt?: unknown;
  readonly agencyKind?: unknown;
  readonly title?: unknown;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The kind of agency as issues carry it: its code, its label and its deadline as `MM-DD`. */
function kindParams(kind: AgencyKind): { kind: AgencyKind; kindLabel: string; deadline?: string } {
  const { label, deadline } = AGENCY_KINDS[kind];
  if (!deadline) return { kind, kindLabel: label };
  return { kind, kindLabel: label, deadline: `${pad2(deadline.month)}-${pad2(deadline.day)}` };
}

/** Runs the date, deadline and title checks on whatever fields are well-typed. */
export function checkPublication(spec: EditionSpec, report: Header): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const year = Number.isInteger(report.year) ? (report.year as number) : undefined;
  if (year === undefined) return drafts;

  if (year < spec.years.first || (spec.years.last !== undefined && year > spec.years.last)) {
    drafts.push({
      code: 'EDITION_MISMATCH',
      path: ['format'],
      expected: editionForYear(year)?.format ?? null,
      actual: year,
      params: { format: spec.format },
    });
  }
  if (typeof report.title === 'string') {
    const named = /((?:19|20)\d{2})\s*年/.exec(report.title);
    if (named && Number(named[1]) !== year) {
      drafts.push({ code: 'TITLE_YEAR_MISMATCH', path: ['title'], expected: year, actual: Number(named[1]) });
    }
  }

  const date = report.publishedAt;
  if (date === undefined) {
    drafts.push({ code: 'PUBLISHED_AT_MISSING', path: ['publishedAt'] });
    drafts.push({ code: 'DEADLINE_UNCHECKED', path: ['publishedAt'], params: { reason: 'noDate' } });
    return drafts;
  }
  if (typeof date !== 'string' || !isIsoDate(date)) return drafts; // DATE_INVALID is the shape's

  // ISO dates compare correctly as text.
  if (date <= isoDate(year, 12, 31)) {
    drafts.push({
      code: 'PUBLISHED_BEFORE_YEAR_END',
      path: ['publishedAt'],
      expected: isoDate(year + 1, 1, 1),
      actual: date,
    });
    return drafts;
  }

  let kind: AgencyKind | undefined = KINDS.includes(report.agencyKind as AgencyKind)
    ? (report.agencyKind as AgencyKind)
    : undefined;
  if (kind === undefined) {
    if (report.agencyKind !== undefined || typeof report.agency !== 'string') return drafts;
    kind = inferAgencyKind(report.agency);
    drafts.push({
      code: 'AGENCY_KIND_INFERRED',
      path: ['agencyKind'],
      actual: kind,
      params: kindParams(kind),
    });
  }
  const rule = AGENCY_KINDS[kind];
  if (!rule.deadline) {
    drafts.push({
      code: 'DEADLINE_UNCHECKED',
      path: ['publishedAt'],
      params: { reason: 'noDeadline', ...kindParams(kind) },
    });
    return drafts;
  }
  const deadline = isoDate(year + 1, rule.deadline.month, rule.deadline.day);
  if (date > deadline) {
    drafts.push({
      code: 'LATE_PUBLICATION',
      path: ['publishedAt'],
      expected: deadline,
      actual: date,
      params: kindParams(kind),
    });
  }
  return drafts;
}
