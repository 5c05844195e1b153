/**
 * The deadlines a profile sets: a report dated after its deadline gets the profile's
 * `LATE_PUBLICATION`. Which deadline binds a report is read from its agency: the kind (given, or
 * inferred from the name as the national check does) and, for rules that name the city's own
 * departments, the start of the name.
 */
import { inferAgencyKind } from '../model/agency-kind.js';
import type { Report } from '../model/types.js';
import type { Profile, ProfileCodeSpec, ProfileDeadline, ProfileDraft } from './types.js';

/** The code a profile's deadline issues carry unless it defines its own, and its wording. */
export const DEADLINE_CODE: { readonly code: 'LATE_PUBLICATION'; readonly spec: ProfileCodeSpec } = {
  code: 'LATE_PUBLICATION',
  spec: {
    severity: 'warning',
    zh: '晚于地方规定的发布期限',
    en: 'Later than the local deadline',
    message: {
      zh: (c) => `成文日期 ${c.actual} 晚于地方规定的期限 ${c.expected}（${c.params?.['rule'] ?? ''}）`,
      en: (c) => `Dated ${c.actual}, later than the local deadline ${c.expected} (${c.params?.['ruleEn'] ?? ''})`,
    },
  },
};

/** The deadline that binds a report: the first rule whose kind and name fit. */
export function deadlineFor(profile: Profile, report: Report): ProfileDeadline | undefined {
  const kind = report.agencyKind ?? inferAgencyKind(report.agency);
  const name = report.agency.replace(/\s+/g, '');
  return profile.deadlines?.find(
    (d) =>
      (!d.kinds || d.kinds.includes(kind)) &&
      (!d.agency || d.agency.test(name)) &&
      (!d.notAgency || !d.notAgency.test(name)),
  );
}

/** The profile's LATE_PUBLICATION for a report dated after its deadline; none without a date. */
export function deadlineDrafts(profile: Profile, report: Report): ProfileDraft[] {
  const rule = deadlineFor(profile, report);
  if (!rule || !report.publishedAt) return [];
  const due = `${report.year + 1}-${rule.date}`;
  if (report.publishedAt <= due) return [];
  return [
    {
      code: DEADLINE_CODE.code,
      path: ['publishedAt'],
      expected: due,
      actual: report.publishedAt,
      params: { rule: rule.rule.zh, ruleEn: rule.rule.en },
    },
  ];
}
