/**
 * Codes of reading the input and of its shape: what each carries and how it is worded.
 */
import { show, expectedWords, WORDS, type CodeTable } from './message-kit.js';
import type { ExpectedKind, IssueValue, Received } from './values.js';

/** A received value: the raw primitive (or kind code) in `actual`, its kind in `params`. */
export interface Got {
  readonly actual?: IssueValue;
  readonly params: Received;
}

/** What the input and shape codes carry. */
export interface InputFacts {
  /** `params.detail`: the error's own message (often English, from the runtime). */
  INTERNAL_ERROR: { params: { readonly detail: string } };
  /**
   * `problem`: `empty` (nothing but white space), `syntax` (`detail` is the parser's message) or
   * `unsupported` (YAML given to the browser build, which reads JSON only).
   */
  JSON_SYNTAX: {
    params: {
      readonly syntax: 'json' | 'yaml';
      readonly problem: 'empty' | 'syntax' | 'unsupported';
      readonly line?: number;
      readonly column?: number;
      readonly detail?: string;
    };
  };
  NOT_AN_OBJECT: Got & { expected: 'object' };
  /** `expected`: the edition checked against instead (`assumed`); `allowed`: every known edition. */
  FORMAT_UNKNOWN: {
    expected: string;
    actual?: IssueValue;
    params: Received & { readonly assumed: string; readonly allowed: readonly string[] };
  };
  SECTIONS_PRESENT: {};
  NARRATIVE_EMPTY: {};
  FIELD_MISSING: {};
  /** `expected`: a kind code; with `oneOf`, `params.allowed` lists the values. */
  FIELD_TYPE: {
    expected: ExpectedKind;
    actual?: IssueValue;
    params: Received & { readonly allowed?: readonly string[] };
  };
  /** `actual`: the unknown key; `suggestion`: the known key it most resembles. */
  UNKNOWN_KEY: { actual: string; params?: { readonly suggestion: string } };
  TEXT_EMPTY: {};
  TEXT_TOO_LONG: { expected: number; actual: number };
  /** `actual`: the code point (`U+0007`); `offset`: where in the text. */
  CONTROL_CHARACTER: { actual: string; params: { readonly offset: number } };
  YEAR_RANGE: { actual: number; params: { readonly min: number; readonly max: number } };
  DATE_INVALID: Got;
  NONNEG_INT: Got;
  FEE_NONNEG: Got;
}

const syntaxName = { json: 'JSON', yaml: 'YAML' } as const;

/** The input and shape part of the code table. */
export const INPUT_CODES = {
  INTERNAL_ERROR: {
    severity: 'error',
    zh: 'zfxxgk 内部错误（请报告此问题）',
    en: 'An internal error of zfxxgk (please report it)',
    message: {
      zh: (c) => `zfxxgk 内部错误，报告未能检查完：${c.params.detail}`,
      en: (c) => `An internal error of zfxxgk stopped the checks: ${c.params.detail}`,
    },
  },
  JSON_SYNTAX: {
    severity: 'error',
    zh: '文件不是有效的 JSON 或 YAML',
    en: 'The input is not valid JSON or YAML',
    message: {
      zh: ({ params: p }) =>
        p.problem === 'empty'
          ? '无法读取报告：文件为空'
          : p.problem === 'unsupported'
            ? '无法读取报告：浏览器版 zfxxgk 只读 JSON（文本应以 { 开头），YAML 请先自行解析为对象再传入'
            : `无法读取报告：${syntaxName[p.syntax]} 语法错误${p.line !== undefined ? ` 第 ${p.line} 行${p.column !== undefined ? `第 ${p.column} 列` : ''}` : ''}${p.detail ? `：${p.detail}` : ''}`,
      en: ({ params: p }) =>
        p.problem === 'empty'
          ? 'Cannot read the report: the file is empty'
          : p.problem === 'unsupported'
            ? 'Cannot read the report: the browser build of zfxxgk reads JSON only (text starting with {); parse YAML into an object first'
            : `Cannot read the report: ${syntaxName[p.syntax]} syntax error${p.line !== undefined ? ` at line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}` : ''}${p.detail ? `: ${p.detail}` : ''}`,
    },
  },
  NOT_AN_OBJECT: {
    severity: 'error',
    zh: '报告应为一个对象',
    en: 'The report must be an object',
    message: {
      zh: (c) =>
        `报告应为一个 JSON 对象，实为${WORDS.zh.kinds[c.params.received]}${c.actual !== undefined && c.actual !== c.params.received ? ` ${show('zh', c.actual, c.params)}` : ''}`,
      en: (c) =>
        `The report must be a JSON object, not ${WORDS.en.kinds[c.params.received]}${c.actual !== undefined && c.actual !== c.params.received ? ` (${show('en', c.actual, c.params)})` : ''}`,
    },
  },
  FORMAT_UNKNOWN: {
    severity: 'error',
    zh: '格式版本缺失或未知',
    en: 'Missing or unknown `format`',
    message: {
      zh: (c) =>
        `${c.label}：应为 ${WORDS.zh.oneOf(c.params.allowed)}，实为 ${show('zh', c.actual, c.params)}（已按 ${c.params.assumed} 版格式继续检查）`,
      en: (c) =>
        `${c.label}: should be ${WORDS.en.oneOf(c.params.allowed)}, found ${show('en', c.actual, c.params)} (checked as the ${c.params.assumed} edition)`,
    },
  },
  SECTIONS_PRESENT: {
    severity: 'error',
    zh: '六个部分必须齐全',
    en: 'All six sections must be present',
    message: { zh: (c) => `缺少“${c.label}”部分`, en: (c) => `The section “${c.label}” is missing` },
  },
  NARRATIVE_EMPTY: {
    severity: 'error',
    zh: '文字部分不能为空',
    en: 'A narrative section must hold at least one paragraph',
    message: {
      zh: (c) => `${c.label}：内容为空（没有内容时写“无。”）`,
      en: (c) => `${c.label}: empty (write “无。” when there is nothing to report)`,
    },
  },
  FIELD_MISSING: {
    severity: 'error',
    zh: '缺少必填项',
    en: 'A required field is missing',
    message: { zh: (c) => `缺少${c.label}`, en: (c) => `Missing: ${c.label}` },
  },
  FIELD_TYPE: {
    severity: 'error',
    zh: '字段类型不对',
    en: 'A field has the wrong type',
    message: {
      zh: (c) =>
        `${c.label}：应为${expectedWords('zh', c.expected, c.params.allowed)}，实为 ${show('zh', c.actual, c.params)}`,
      en: (c) =>
        `${c.label}: should be ${expectedWords('en', c.expected, c.params.allowed)}, found ${show('en', c.actual, c.params)}`,
    },
  },
  UNKNOWN_KEY: {
    severity: 'error',
    zh: '出现格式中没有的字段（可能是拼写错误）',
    en: 'A key the format does not have (often a typo)',
    message: {
      zh: (c) => `${c.label}：格式中没有字段“${c.actual}”${c.params ? `，是否应为“${c.params.suggestion}”？` : ''}`,
      en: (c) =>
        `${c.label}: the format has no key “${c.actual}”${c.params ? `; did you mean “${c.params.suggestion}”?` : ''}`,
    },
  },
  TEXT_EMPTY: {
    severity: 'error',
    zh: '文字为空',
    en: 'A text field is empty',
    message: { zh: (c) => `${c.label}：不能为空`, en: (c) => `${c.label}: must not be empty` },
  },
  TEXT_TOO_LONG: {
    severity: 'error',
    zh: '文字过长',
    en: 'A text field is too long',
    message: {
      zh: (c) => `${c.label}：长度为 ${c.actual} 字符，超过上限 ${c.expected} 字符`,
      en: (c) => `${c.label}: ${c.actual} characters, more than the limit of ${c.expected}`,
    },
  },
  CONTROL_CHARACTER: {
    severity: 'error',
    zh: '文字中含有控制字符（C0、DEL、C1，制表符和换行符除外）',
    en: 'Text holds a control character (C0, DEL or C1; tab and line feed are allowed)',
    message: {
      zh: (c) => `${c.label}：含有不可见的控制字符 ${c.actual}，请删除`,
      en: (c) => `${c.label}: holds the invisible control character ${c.actual}; delete it`,
    },
  },
  YEAR_RANGE: {
    severity: 'error',
    zh: '报告年度不合理',
    en: 'The reporting year is not plausible',
    message: {
      zh: (c) => `${c.label}：应为 ${c.params.min}–${c.params.max} 之间的整数年份，实为 ${c.actual}`,
      en: (c) => `${c.label}: should be a whole year from ${c.params.min} to ${c.params.max}, found ${c.actual}`,
    },
  },
  DATE_INVALID: {
    severity: 'error',
    zh: '日期无效',
    en: 'Not a valid ISO date',
    message: {
      zh: (c) => `${c.label}：应为 YYYY-MM-DD 格式的有效日期（如 2024-01-27），实为 ${show('zh', c.actual, c.params)}`,
      en: (c) =>
        `${c.label}: should be a valid date written YYYY-MM-DD (such as 2024-01-27), found ${show('en', c.actual, c.params)}`,
    },
  },
  NONNEG_INT: {
    severity: 'error',
    zh: '件数应为非负整数',
    en: 'A count must be a non-negative integer',
    message: {
      zh: (c) => `${c.label}：应为非负整数，实为 ${show('zh', c.actual, c.params)}`,
      en: (c) => `${c.label}: should be a non-negative whole number, found ${show('en', c.actual, c.params)}`,
    },
  },
  FEE_NONNEG: {
    severity: 'error',
    zh: '收费金额应为非负数',
    en: 'The fee must be a non-negative number',
    message: {
      zh: (c) => `${c.label}：应为非负数（单位：万元），实为 ${show('zh', c.actual, c.params)}`,
      en: (c) =>
        `${c.label}: should be a non-negative number (in 万元, ten thousand yuan), found ${show('en', c.actual, c.params)}`,
    },
  },
} as const satisfies CodeTable<InputFacts>;
