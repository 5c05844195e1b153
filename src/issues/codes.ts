/**
 * Every issue code, its default severity, what it means (Chinese and English, for the docs) and
 * how its message is worded. Messages are made here and only here, at the end of a check, from
 * the facts the check recorded (STYLE.md: messages come last).
 */
import type { IssueValue, Severity } from './issue.js';

/** What a message template is given. */
export interface MessageContext {
  /** Label of the issue's path (`表三 （七）总计 · 自然人`, `成文日期`). */
  readonly label: string;
  readonly expected?: IssueValue;
  readonly actual?: IssueValue;
  readonly params: Readonly<Record<string, IssueValue | readonly IssueValue[]>>;
}

interface CodeSpec {
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
  readonly message: (c: MessageContext) => string;
}

const shall = (c: MessageContext) => `${c.label}：应为 ${show(c.expected)}，实为 ${show(c.actual)}`;

function show(v: IssueValue | undefined): string {
  if (v === undefined) return '（无）';
  if (typeof v === 'string') return v === '' ? '空文本' : v;
  return String(v);
}

function list(v: IssueValue | readonly IssueValue[] | undefined): string {
  if (v === undefined) return '';
  return Array.isArray(v) ? v.map((x) => show(x as IssueValue)).join('、') : show(v as IssueValue);
}

/** The code table. */
export const ISSUE_CODES = {
  // ——— reading the input ———
  INTERNAL_ERROR: {
    severity: 'error',
    zh: 'zfxxgk 内部错误（请报告此问题）',
    en: 'An internal error of zfxxgk (please report it)',
    message: (c) => `zfxxgk 内部错误，报告未能检查完：${show(c.actual)}`,
  },
  JSON_SYNTAX: {
    severity: 'error',
    zh: '文件不是有效的 JSON 或 YAML',
    en: 'The input is not valid JSON or YAML',
    message: (c) => `无法读取报告：${show(c.actual)}`,
  },
  NOT_AN_OBJECT: {
    severity: 'error',
    zh: '报告应为一个对象',
    en: 'The report must be an object',
    message: (c) => `报告应为一个 JSON 对象，实为 ${show(c.actual)}`,
  },
  FORMAT_UNKNOWN: {
    severity: 'error',
    zh: '格式版本缺失或未知',
    en: 'Missing or unknown `format`',
    message: (c) =>
      `${c.label}：应为 ${show(c.expected)}，实为 ${show(c.actual)}（已按 ${list(c.params['assumed'])} 版格式继续检查）`,
  },
  // ——— structure ———
  SECTIONS_PRESENT: {
    severity: 'error',
    zh: '六个部分必须齐全',
    en: 'All six sections must be present',
    message: (c) => `缺少“${c.label}”部分`,
  },
  NARRATIVE_EMPTY: {
    severity: 'error',
    zh: '文字部分不能为空',
    en: 'A narrative section must hold at least one paragraph',
    message: (c) => `${c.label}：内容为空（没有内容时写“无。”）`,
  },
  FIELD_MISSING: {
    severity: 'error',
    zh: '缺少必填项',
    en: 'A required field is missing',
    message: (c) => `缺少${c.label}`,
  },
  FIELD_TYPE: {
    severity: 'error',
    zh: '字段类型不对',
    en: 'A field has the wrong type',
    message: (c) => `${c.label}：应为${show(c.expected)}，实为 ${show(c.actual)}`,
  },
  UNKNOWN_KEY: {
    severity: 'error',
    zh: '出现格式中没有的字段（可能是拼写错误）',
    en: 'A key the format does not have (often a typo)',
    message: (c) =>
      `${c.label}：格式中没有字段“${show(c.actual)}”${c.params['suggestion'] ? `，是否应为“${list(c.params['suggestion'])}”？` : ''}`,
  },
  TEXT_EMPTY: {
    severity: 'error',
    zh: '文字为空',
    en: 'A text field is empty',
    message: (c) => `${c.label}：不能为空`,
  },
  TEXT_TOO_LONG: {
    severity: 'error',
    zh: '文字过长',
    en: 'A text field is too long',
    message: (c) => `${c.label}：长度为 ${show(c.actual)} 字符，超过上限 ${show(c.expected)} 字符`,
  },
  CONTROL_CHARACTER: {
    severity: 'error',
    zh: '文字中含有控制字符',
    en: 'Text holds a control character',
    message: (c) => `${c.label}：含有不可见的控制字符 ${show(c.actual)}，请删除`,
  },
  YEAR_RANGE: {
    severity: 'error',
    zh: '报告年度不合理',
    en: 'The reporting year is not plausible',
    message: (c) => `${c.label}：应为 ${show(c.expected)} 之间的整数年份，实为 ${show(c.actual)}`,
  },
  DATE_INVALID: {
    severity: 'error',
    zh: '日期无效',
    en: 'Not a valid ISO date',
    message: (c) => `${c.label}：应为 YYYY-MM-DD 格式的有效日期（如 2024-01-27），实为 ${show(c.actual)}`,
  },
  NONNEG_INT: {
    severity: 'error',
    zh: '件数应为非负整数',
    en: 'A count must be a non-negative integer',
    message: (c) => `${c.label}：应为非负整数，实为 ${show(c.actual)}`,
  },
  FEE_NONNEG: {
    severity: 'error',
    zh: '收费金额应为非负数',
    en: 'The fee must be a non-negative number',
    message: (c) => `${c.label}：应为非负数（单位：万元），实为 ${show(c.actual)}`,
  },
  // ——— arithmetic (勾稽关系) ———
  T3_BALANCE: {
    severity: 'error',
    zh: '表三勾稽关系：每列第一项加第二项之和等于第三项（（七）总计）加第四项之和',
    en: 'Table 3 balance: per column, 一 + 二 = （七）总计 + 四',
    message: (c) =>
      `${shall(c)}。勾稽关系：本列第一项加第二项之和应等于第三项加第四项之和${c.params['left'] !== undefined ? `，现为 ${show(c.params['left'] as IssueValue)} 与 ${show(c.params['right'] as IssueValue)}` : ''}`,
  },
  T3_RESULTS_SUM: {
    severity: 'error',
    zh: '表三（七）总计等于（一）至（六）各项之和',
    en: 'Table 3: （七）总计 equals the sum of the outcome rows above it',
    message: (c) =>
      `${shall(c)}。${c.params['leaf'] ? '该数与本行总计、本列（七）总计均不符' : '（七）总计应等于（一）至（六）各项之和'}`,
  },
  T3_ROW_TOTAL: {
    severity: 'error',
    zh: '表三每行总计等于各类申请人之和',
    en: 'Table 3: each row’s 总计 equals the sum of its applicant columns',
    message: (c) => `${shall(c)}。${c.params['leaf'] ? '该数与本行总计不符' : '总计应等于本行各类申请人之和'}`,
  },
  T4_GROUP_TOTAL: {
    severity: 'error',
    zh: '表四每组总计等于结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Table 4: each group’s 总计 equals the sum of its four outcomes',
    message: (c) => `${shall(c)}。总计应等于同组其余四项之和`,
  },
  // ——— lenient reading ———
  LENIENT_VALUE: {
    severity: 'info',
    zh: '宽松模式下把非标准写法读作数字',
    en: 'Lenient mode read a non-standard cell as a number',
    message: (c) => `${c.label}：“${show(c.actual)}”按 ${show(c.expected)} 读入`,
  },
  // ——— dates and deadlines ———
  PUBLISHED_AT_MISSING: {
    severity: 'warning',
    zh: '没有成文日期',
    en: 'No publication date',
    message: () => '报告没有成文日期（publishedAt），落款处将不印日期，发布期限也无法检查',
  },
  DEADLINE_UNCHECKED: {
    severity: 'info',
    zh: '发布期限未能检查',
    en: 'The deadline check could not run',
    message: (c) => `未检查发布期限：${list(c.params['reason'])}`,
  },
  AGENCY_KIND_INFERRED: {
    severity: 'info',
    zh: '根据机关名称推断机关类型',
    en: 'The kind of agency was inferred from its name',
    message: (c) =>
      `未填写机关类型（agencyKind），根据机关名称推断为“${list(c.params['kindLabel'])}”，发布期限按${list(c.params['rule'])}；如不符请填写 agencyKind`,
  },
  LATE_PUBLICATION: {
    severity: 'warning',
    zh: '晚于《条例》第四十九条规定的期限',
    en: 'Later than the deadline of article 49',
    message: (c) =>
      `成文日期 ${show(c.actual)} 晚于《政府信息公开条例》第四十九条规定的期限 ${show(c.expected)}（${list(c.params['rule'])}）`,
  },
  PUBLISHED_BEFORE_YEAR_END: {
    severity: 'warning',
    zh: '成文日期早于报告年度结束',
    en: 'Dated before the reporting year ended',
    message: (c) => `成文日期 ${show(c.actual)} 早于 ${show(c.expected)}，报告年度尚未结束，请核对年份`,
  },
  EDITION_MISMATCH: {
    severity: 'warning',
    zh: '报告年度与格式版本不对应',
    en: 'The edition does not fit the reporting year',
    message: (c) =>
      `${show(c.actual)} 年度报告${c.expected === null ? '没有对应的全国统一格式版本' : `应使用 ${show(c.expected)} 版格式`}，本报告为 ${list(c.params['format'])} 版`,
  },
  TITLE_YEAR_MISMATCH: {
    severity: 'warning',
    zh: '标题中的年份与报告年度不一致',
    en: 'The title names another year',
    message: (c) => `标题中的年份 ${show(c.actual)} 与报告年度 ${show(c.expected)} 不一致`,
  },
  // ——— narrative ———
  HEADING_NUMBERED: {
    severity: 'warning',
    zh: '小标题自带编号，会与自动编号重复',
    en: 'A heading carries its own number, which rendering adds again',
    message: (c) => `${c.label}：小标题“${show(c.actual)}”自带编号，渲染时会自动加（一）（二）…编号，请删去“${list(c.params['number'])}”`,
  },
  HEADING_EMPTY: {
    severity: 'warning',
    zh: '小标题下没有内容',
    en: 'A sub-heading has no paragraphs under it',
    message: (c) => `${c.label}：小标题“${show(c.actual)}”下没有内容`,
  },
  HEADING_TEXT: {
    severity: 'warning',
    zh: '部分名称与格式规定不一致',
    en: 'A section is named differently from the format',
    message: (c) =>
      c.params['missing']
        ? `${c.label}：列举报告各部分时未提到“${show(c.expected)}”`
        : `${c.label}：“${show(c.actual)}”与格式规定的标题“${show(c.expected)}”不一致`,
  },
  OVERVIEW_TOPICS: {
    severity: 'info',
    zh: '总体情况未分主动公开、依申请公开、政府信息管理、平台建设、监督保障五方面',
    en: 'The overview does not cover the five prescribed areas',
    message: (c) => `一、总体情况：格式要求主要从五个方面报告，未见小标题：${list(c.params['missing'])}`,
  },
  SECTION6_FEE_HINT: {
    severity: 'info',
    zh: '第六部分宜报告信息处理费收取情况',
    en: 'Section 6 should state whether 信息处理费 was collected',
    message: () =>
      '六、其他需要报告的事项：官方模板要求在此报告收取信息处理费的情况（如“本年度未收取信息处理费”）',
  },
  NARRATIVE_TABLE_MISMATCH: {
    severity: 'warning',
    zh: '文字中的件数与表三不一致',
    en: 'A count stated in the text disagrees with table 三',
    message: (c) => `${c.label}：文字写“${list(c.params['text'])}”，而${list(c.params['cell'])}为 ${show(c.expected)}`,
  },
  DOC_NUMBER_CITATION: {
    severity: 'warning',
    zh: '引用格式文件的文号有误',
    en: 'The notice of the format is cited with a wrong document number',
    message: (c) => `${c.label}：引用的“${show(c.actual)}”应为“${show(c.expected)}”`,
  },
  // ——— plausibility hints ———
  FEE_UNIT_SUSPECT: {
    severity: 'info',
    zh: '收费金额可能误用“元”为单位',
    en: 'The fee looks like it was entered in 元, not 万元',
    message: (c) => `${c.label}：${show(c.actual)} 万元数额很大，请确认单位是“万元”而不是“元”`,
  },
  REGULATIONS_LOCAL: {
    severity: 'info',
    zh: '县级及以下机关一般无规章制定权',
    en: 'County-level and lower agencies usually cannot make 规章',
    message: (c) => `${c.label}：为 ${show(c.actual)}，县级及以下机关一般没有规章制定权，请核对是否应填入“行政规范性文件”`,
  },
  ALL_CARRIED_FORWARD: {
    severity: 'info',
    zh: '有申请但本年没有办结任何一件',
    en: 'Applications were received but none was concluded',
    message: (c) => `${c.label}：本年有 ${show(c.actual)} 件申请待办，但（七）总计为 0，全部结转下年度，请核对`,
  },
  // ——— across years ———
  CARRY_CONTINUITY: {
    severity: 'warning',
    zh: '上年结转与上年报告的结转下年度不一致',
    en: '二、上年结转 differs from last year’s 四、结转下年度继续办理',
    message: (c) => `${c.label}：上年报告“四、结转下年度继续办理”为 ${show(c.expected)}，本年报告为 ${show(c.actual)}`,
  },
  T2_INFORCE_CONTINUITY: {
    severity: 'info',
    zh: '现行有效件数与上年数加减本年制发、废止不一致',
    en: '现行有效件数 differs from last year’s plus issued minus repealed',
    message: (c) =>
      `${c.label}：按上年现行有效 ${list(c.params['previous'])} + 本年制发 ${list(c.params['issued'])} − 本年废止 ${list(c.params['repealed'])} 应为 ${show(c.expected)}，实为 ${show(c.actual)}（如有修订或清理可忽略）`,
  },
  DUPLICATE_OF_LAST_YEAR: {
    severity: 'warning',
    zh: '内容与上年报告雷同',
    en: 'The text is nearly the same as last year’s',
    message: (c) => `${c.label}：与上年报告的相似度为 ${list(c.params['percent'])}%，请按本年度情况撰写（内容雷同属于“明确责任”所列问题）`,
  },
  PREVIOUS_YEAR_MISMATCH: {
    severity: 'warning',
    zh: '用于对比的上年报告年度或机关不对',
    en: 'The report given as last year’s is not the previous year of the same agency',
    message: (c) => `上年报告应为 ${show(c.expected)}，实为 ${show(c.actual)}`,
  },
  PREVIOUS_INVALID: {
    severity: 'warning',
    zh: '上年报告本身有错误，跨年检查未进行',
    en: 'Last year’s report has errors, so the cross-year checks did not run',
    message: (c) => `上年报告有 ${show(c.actual)} 个错误，跨年度检查未进行`,
  },
} as const satisfies Record<string, CodeSpec>;

/** A stable issue code. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** The default severity of a code. */
export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}
