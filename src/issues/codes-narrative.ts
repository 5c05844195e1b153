/**
 * Codes of the narrative sections and of the checks across two years.
 */
import type { CodeTable } from './message-kit.js';

/** What the narrative and cross-year codes carry. */
export interface NarrativeFacts {
  /** `actual`: the heading; `number`: the ordinal it starts with. */
  HEADING_NUMBERED: { actual: string; params: { readonly number: string } };
  /** `actual`: the heading. */
  HEADING_EMPTY: { actual: string };
  /**
   * `expected`: the section's title in the format; `actual`: the variant written, absent when the
   * opening paragraph does not name the section at all (`missing`); `section`: the section's key.
   */
  HEADING_TEXT: { expected: string; actual?: string; params: { readonly section: string; readonly missing?: true } };
  /** `missing`: the titles of the areas (from the format description) with no sub-heading. */
  OVERVIEW_TOPICS: { params: { readonly missing: readonly string[] } };
  SECTION6_FEE_HINT: {};
  /** `text`: the words stating the count; `cellPath`: the cell of table 三 it is compared with. */
  NARRATIVE_TABLE_MISMATCH: {
    expected: number;
    actual: number;
    params: { readonly text: string; readonly cellPath: string };
  };
  /** `expected`: the notice's number; `actual`: the citation as written. */
  DOC_NUMBER_CITATION: { expected: string; actual: string };
  /** `expected`: last year's 结转下年度 of the column; `actual`: this year's 上年结转. */
  CARRY_CONTINUITY: { expected: number; actual: number };
  T2_INFORCE_CONTINUITY: {
    expected: number;
    actual: number;
    params: { readonly previous: number; readonly issued: number; readonly repealed: number };
  };
  DUPLICATE_OF_LAST_YEAR: { params: { readonly percent: number } };
  /** On `year`: the years (numbers); on `agency`: the agencies' names as written. */
  PREVIOUS_YEAR_MISMATCH: { expected: number | string; actual: number | string | null };
  /** `actual`: how many errors last year's report has. */
  PREVIOUS_INVALID: { actual: number };
}

/** The narrative and cross-year part of the code table. */
export const NARRATIVE_CODES = {
  HEADING_NUMBERED: {
    severity: 'warning',
    zh: '小标题自带编号，会与自动编号重复',
    en: 'A heading carries its own number, which rendering adds again',
    message: {
      zh: (c) => `${c.label}：小标题“${c.actual}”自带编号，渲染时会自动加（一）（二）…编号，请删去“${c.params.number}”`,
      en: (c) =>
        `${c.label}: the heading “${c.actual}” carries its own number; rendering numbers headings （一）（二）…, so delete “${c.params.number}”`,
    },
  },
  HEADING_EMPTY: {
    severity: 'warning',
    zh: '小标题下没有内容',
    en: 'A sub-heading has no paragraphs under it',
    message: {
      zh: (c) => `${c.label}：小标题“${c.actual}”下没有内容`,
      en: (c) => `${c.label}: nothing under the heading “${c.actual}”`,
    },
  },
  HEADING_TEXT: {
    severity: 'warning',
    zh: '部分名称与格式规定不一致',
    en: 'A section is named differently from the format',
    message: {
      zh: (c) =>
        c.actual === undefined
          ? `${c.label}：列举报告各部分时未提到“${c.expected}”`
          : `${c.label}：“${c.actual}”与格式规定的标题“${c.expected}”不一致`,
      en: (c) =>
        c.actual === undefined
          ? `${c.label}: the list of the report’s parts does not name “${c.expected}”`
          : `${c.label}: “${c.actual}” differs from the format’s title “${c.expected}”`,
    },
  },
  OVERVIEW_TOPICS: {
    severity: 'info',
    zh: '总体情况未分主动公开、依申请公开、政府信息管理、平台建设、监督保障五方面',
    en: 'The overview does not cover the five prescribed areas',
    message: {
      zh: (c) => `${c.label}：格式要求分方面报告，未见小标题：${c.params.missing.join('、')}`,
      en: (c) =>
        `${c.label}: the format asks for a part on each area; no heading for ${c.params.missing.map((t) => `“${t}”`).join(', ')}`,
    },
  },
  SECTION6_FEE_HINT: {
    severity: 'info',
    zh: '第六部分宜报告信息处理费收取情况',
    en: 'Section 6 should state whether 信息处理费 was collected',
    message: {
      zh: (c) => `${c.label}：官方模板要求在此报告收取信息处理费的情况（如“本年度未收取信息处理费”）`,
      en: (c) =>
        `${c.label}: the official template asks to state here whether 信息处理费 (processing fees) were collected, e.g. “本年度未收取信息处理费”`,
    },
  },
  NARRATIVE_TABLE_MISMATCH: {
    severity: 'warning',
    zh: '文字中的件数与表三不一致',
    en: 'A count stated in the text disagrees with table 三',
    message: {
      zh: (c) =>
        `${c.label}：文字写“${c.params.text}”，而${c.terms.path(c.params.cellPath.split('.'))}为 ${c.expected}`,
      en: (c) =>
        `${c.label}: the text says “${c.params.text}”, while ${c.terms.path(c.params.cellPath.split('.'))} is ${c.expected}`,
    },
  },
  DOC_NUMBER_CITATION: {
    severity: 'warning',
    zh: '引用格式文件的文号有误',
    en: 'The notice of the format is cited with a wrong document number',
    message: {
      zh: (c) => `${c.label}：引用的“${c.actual}”应为“${c.expected}”`,
      en: (c) => `${c.label}: the citation “${c.actual}” should read “${c.expected}”`,
    },
  },
  CARRY_CONTINUITY: {
    severity: 'warning',
    zh: '上年结转与上年报告的结转下年度不一致',
    en: '二、上年结转 differs from last year’s 四、结转下年度继续办理',
    message: {
      zh: (c) => `${c.label}：上年报告“${c.terms.carryFrom()}”为 ${c.expected}，本年报告为 ${c.actual}`,
      en: (c) =>
        `${c.label}: last year’s report gives “${c.terms.carryFrom()}” as ${c.expected}, this year’s report ${c.actual}`,
    },
  },
  T2_INFORCE_CONTINUITY: {
    severity: 'info',
    zh: '现行有效件数与上年数加减本年制发、废止不一致',
    en: '现行有效件数 differs from last year’s plus issued minus repealed',
    message: {
      zh: ({ label, expected, actual, params: p, terms: t }) =>
        `${label}：按上年${t.continuity().stock} ${p.previous} + ${t.continuity().added} ${p.issued} − ${t.continuity().removed} ${p.repealed} 应为 ${expected}，实为 ${actual}（如有修订或清理可忽略）`,
      en: ({ label, expected, actual, params: p, terms: t }) =>
        `${label}: last year’s “${t.continuity().stock}” ${p.previous} + “${t.continuity().added}” ${p.issued} − “${t.continuity().removed}” ${p.repealed} gives ${expected}, found ${actual} (ignore this after a revision or clean-up)`,
    },
  },
  DUPLICATE_OF_LAST_YEAR: {
    severity: 'warning',
    zh: '内容与上年报告雷同',
    en: 'The text is nearly the same as last year’s',
    message: {
      zh: (c) =>
        `${c.label}：与上年报告的相似度为 ${c.params.percent}%，请按本年度情况撰写（内容雷同属于“明确责任”所列问题）`,
      en: (c) =>
        `${c.label}: ${c.params.percent}% alike to last year’s report; write about this year (copied text is a listed failing)`,
    },
  },
  PREVIOUS_YEAR_MISMATCH: {
    severity: 'warning',
    zh: '用于对比的上年报告年度或机关不对',
    en: 'The report given as last year’s is not the previous year of the same agency',
    message: {
      zh: (c) =>
        typeof c.expected === 'number'
          ? `上年报告应为 ${c.expected} 年度，实为 ${String(c.actual)} 年度`
          : `上年报告应为“${c.expected}”的报告，实为“${String(c.actual)}”的报告`,
      en: (c) =>
        typeof c.expected === 'number'
          ? `Last year’s report should be for ${c.expected}, it is for ${String(c.actual)}`
          : `Last year’s report should be by “${c.expected}”, it is by “${String(c.actual)}”`,
    },
  },
  PREVIOUS_INVALID: {
    severity: 'warning',
    zh: '上年报告本身有错误，跨年检查未进行',
    en: 'Last year’s report has errors, so the cross-year checks did not run',
    message: {
      zh: (c) => `上年报告有 ${c.actual} 个错误，跨年度检查未进行`,
      en: (c) => `Last year’s report has ${c.actual} errors; the checks across the two years did not run`,
    },
  },
} as const satisfies CodeTable<NarrativeFacts>;
