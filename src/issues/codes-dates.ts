/**
 * Codes of the year, edition, title and dates, and the deadline of 《条例》第四十九条.
 */
import type { CodeTable } from './message-kit.js';

/**
 * The kind of agency (`agencyKind`: `department`, `government`, `township`), its label as the model
 * names it, and its deadline as `MM-DD` of the year after the reporting year (absent: no deadline).
 */
export interface KindParams {
  readonly kind: string;
  readonly kindLabel: string;
  readonly deadline?: string;
}

/** What the date codes carry. Dates are ISO (`2024-01-31`). */
export interface DateFacts {
  PUBLISHED_AT_MISSING: {};
  /** `reason`: `noDate` (no 成文日期) or `noDeadline` (the statute sets none for this kind of agency). */
  DEADLINE_UNCHECKED: { params: { readonly reason: 'noDate' } | ({ readonly reason: 'noDeadline' } & KindParams) };
  /** `actual`: the kind inferred from the agency's name. */
  AGENCY_KIND_INFERRED: { actual: string; params: KindParams };
  /** `expected`: the deadline; `actual`: the 成文日期. */
  LATE_PUBLICATION: { expected: string; actual: string; params: KindParams };
  /** `expected`: the first day after the reporting year; `actual`: the 成文日期. */
  PUBLISHED_BEFORE_YEAR_END: { expected: string; actual: string };
  /** `expected`: the edition for the year (`null`: none); `actual`: the year; `format`: the edition used. */
  EDITION_MISMATCH: { expected: string | null; actual: number; params: { readonly format: string } };
  TITLE_YEAR_MISMATCH: { expected: number; actual: number };
}

/** `01-31` → `1月31日` / `31 January`. */
const dayZh = (mmdd: string) => `${Number(mmdd.slice(0, 2))}月${Number(mmdd.slice(3))}日`;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const dayEn = (mmdd: string) => `${Number(mmdd.slice(3))} ${MONTHS[Number(mmdd.slice(0, 2)) - 1]}`;

const ruleZh = (p: KindParams) =>
  p.deadline ? `${p.kindLabel}于每年${dayZh(p.deadline)}前公布` : `《条例》未规定${p.kindLabel}的公布期限`;
const ruleEn = (p: KindParams) =>
  p.deadline
    ? `agencies of kind \`${p.kind}\` publish by ${dayEn(p.deadline)}`
    : `the regulations set no deadline for kind \`${p.kind}\``;

/** The date part of the code table. */
export const DATE_CODES = {
  PUBLISHED_AT_MISSING: {
    severity: 'warning',
    zh: '没有成文日期',
    en: 'No publication date',
    message: {
      zh: () => '报告没有成文日期（publishedAt），落款处将不印日期，发布期限也无法检查',
      en: () =>
        'The report has no date (publishedAt): none is printed under the signature and the deadline cannot be checked',
    },
  },
  DEADLINE_UNCHECKED: {
    severity: 'info',
    zh: '发布期限未能检查',
    en: 'The deadline check could not run',
    message: {
      zh: ({ params: p }) => `未检查发布期限：${p.reason === 'noDate' ? '没有成文日期' : ruleZh(p)}`,
      en: ({ params: p }) =>
        `The deadline was not checked: ${p.reason === 'noDate' ? 'the report has no date' : ruleEn(p)}`,
    },
  },
  AGENCY_KIND_INFERRED: {
    severity: 'info',
    zh: '根据机关名称推断机关类型',
    en: 'The kind of agency was inferred from its name',
    message: {
      zh: ({ params: p }) =>
        `未填写机关类型（agencyKind），根据机关名称推断为“${p.kindLabel}”，发布期限按${ruleZh(p)}；如不符请填写 agencyKind`,
      en: ({ params: p }) =>
        `agencyKind is not given; from the agency’s name it is taken as \`${p.kind}\`, so ${ruleEn(p)}. Set agencyKind if this is wrong`,
    },
  },
  LATE_PUBLICATION: {
    severity: 'warning',
    zh: '晚于《条例》第四十九条规定的期限',
    en: 'Later than the deadline of article 49',
    message: {
      zh: (c) =>
        `成文日期 ${c.actual} 晚于《政府信息公开条例》第四十九条规定的期限 ${c.expected}（${ruleZh(c.params)}）`,
      en: (c) =>
        `Dated ${c.actual}, later than the deadline of article 49 of the regulations on government information disclosure, ${c.expected} (${ruleEn(c.params)})`,
    },
  },
  PUBLISHED_BEFORE_YEAR_END: {
    severity: 'warning',
    zh: '成文日期早于报告年度结束',
    en: 'Dated before the reporting year ended',
    message: {
      zh: (c) => `成文日期 ${c.actual} 早于 ${c.expected}，报告年度尚未结束，请核对年份`,
      en: (c) => `Dated ${c.actual}, before ${c.expected}: the reporting year had not ended; check the year`,
    },
  },
  EDITION_MISMATCH: {
    severity: 'warning',
    zh: '报告年度与格式版本不对应',
    en: 'The edition does not fit the reporting year',
    message: {
      zh: (c) =>
        `${c.actual} 年度报告${c.expected === null ? '没有对应的全国统一格式版本' : `应使用 ${c.expected} 版格式`}，本报告为 ${c.params.format} 版`,
      en: (c) =>
        `A report for ${c.actual} ${c.expected === null ? 'has no national format edition' : `should use the ${c.expected} edition`}; this one uses ${c.params.format}`,
    },
  },
  TITLE_YEAR_MISMATCH: {
    severity: 'warning',
    zh: '标题中的年份与报告年度不一致',
    en: 'The title names another year',
    message: {
      zh: (c) => `标题中的年份 ${c.actual} 与报告年度 ${c.expected} 不一致`,
      en: (c) => `The title names the year ${c.actual}, the report is for ${c.expected}`,
    },
  },
} as const satisfies CodeTable<DateFacts>;
