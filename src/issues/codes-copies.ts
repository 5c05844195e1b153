/**
 * Codes of the checks across a batch (text copied between agencies, tables repeated from one year to
 * the next) and of local rule profiles (a profile that failed or could not run), and the shape of
 * the issues a profile adds under its own namespaced codes.
 */
import type { CodeTable } from './message-kit.js';
import type { IssueValue, PathKey, Severity } from './values.js';

/** The report on the other side of a copy: its agency, year and (in a batch) its file. */
export interface OtherReport {
  readonly other: string;
  readonly otherYear?: number;
  /** The other report's file or id, when the caller named it. */
  readonly otherFile?: string;
}

/** What the copy and profile codes carry. */
export interface CopyFacts {
  /**
   * `actual`: the share (0–1, two decimals) of this report's narrative characters that lie in
   * paragraphs copied from the other report; `paragraphs`: how many paragraphs. The path is the
   * longest copied paragraph.
   */
  TEXT_COPIED: { actual: number; params: OtherReport & { readonly paragraphs: number } };
  /** `actual`: the year; `expected` nothing; `previousYear`: the year whose table is the same. The path is the table. */
  TABLE_REPEATED: { actual: number; params: { readonly previousYear: number; readonly otherFile?: string } };
  /** A profile's check threw or returned what is not an issue: `detail` says what. */
  PROFILE_FAILED: { params: { readonly profile: string; readonly detail: string } };
  /** A profile did not run: the report has errors of the national format. */
  PROFILE_NOT_RUN: { params: { readonly profile: string } };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const otherZh = (p: OtherReport) =>
  `“${p.other}”${p.otherYear === undefined ? '' : `${p.otherYear}年度`}的报告${p.otherFile ? `（${p.otherFile}）` : ''}`;
const otherEn = (p: OtherReport) =>
  `the report of ${p.other}${p.otherYear === undefined ? '' : ` for ${p.otherYear}`}${p.otherFile ? ` (${p.otherFile})` : ''}`;

/** The copy and profile part of the code table. */
export const COPY_CODES = {
  TEXT_COPIED: {
    severity: 'warning',
    zh: '正文与另一机关的报告雷同',
    en: 'The narrative repeats another agency’s report',
    message: {
      zh: (c) =>
        `${c.params.paragraphs} 段文字（最长的是${c.label}）与${otherZh(c.params)}相同或几乎相同，占本报告正文的 ${pct(c.actual)}（格式规定的标题和多数报告共有的文字不计）`,
      en: (c) =>
        `${c.params.paragraphs} paragraph(s), the longest ${c.label}, are the same or nearly the same as in ${otherEn(c.params)}: ${pct(c.actual)} of this report’s narrative (the format’s headings and text most reports share do not count)`,
    },
  },
  TABLE_REPEATED: {
    severity: 'warning',
    zh: '表格与本机关上一年度的报告完全相同',
    en: 'A table is the same as in the agency’s report for the year before',
    message: {
      zh: (c) =>
        `${c.label}与本机关 ${c.params.previousYear} 年度报告${c.params.otherFile ? `（${c.params.otherFile}）` : ''}的同一表格逐格相同，请核对是否沿用了上年数据`,
      en: (c) =>
        `${c.label} is the same, cell for cell, as in this agency’s report for ${c.params.previousYear}${c.params.otherFile ? ` (${c.params.otherFile})` : ''}: check that last year’s figures were not carried over`,
    },
  },
  PROFILE_FAILED: {
    severity: 'warning',
    zh: '地方规则未能完成检查',
    en: 'A local rule profile failed',
    message: {
      zh: (c) => `地方规则“${c.params.profile}”出错，其检查未完成：${c.params.detail}`,
      en: (c) => `The local rule profile ${c.params.profile} failed and its checks are incomplete: ${c.params.detail}`,
    },
  },
  PROFILE_NOT_RUN: {
    severity: 'info',
    zh: '报告有错误，未按地方规则检查',
    en: 'The report has errors: the local rules were not checked',
    message: {
      zh: (c) => `报告有不符合全国统一格式的错误，未按地方规则“${c.params.profile}”检查；改正错误后再检查`,
      en: (c) =>
        `The report has errors against the national format, so the local rule profile ${c.params.profile} was not run; fix them and check again`,
    },
  },
} as const satisfies CodeTable<CopyFacts>;

/** A profile's namespaced code: `<profile id>/<its own code>` (`wuwei-2025/OVERVIEW_TOO_LONG`). */
export type ProfileCode = `${string}/${string}`;

/**
 * An issue a local rule profile added: the same shape as every other issue, its code namespaced by
 * the profile and its message made from the profile's own code table.
 */
export interface ProfileIssue {
  readonly code: ProfileCode;
  readonly severity: Severity;
  readonly path: readonly PathKey[];
  readonly message: string;
  readonly expected?: IssueValue;
  readonly actual?: IssueValue;
  /** Values the message was made from; `profile` is always the profile's id. */
  readonly params?: Readonly<Record<string, IssueValue>> & { readonly profile: string };
}
