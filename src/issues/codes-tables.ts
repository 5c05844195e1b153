/**
 * Codes of the tables: the 勾稽 rules, lenient reading and the plausibility hints. The rows and
 * columns a message names are read from the format description through `terms`.
 */
import { show, type CodeTable, type MessageContext, type SumTerms } from './message-kit.js';
import type { IssueValue, Received } from './values.js';

/** The codes of the arithmetic rules (the format description names them on its tables). */
export type ArithmeticCode = 'T3_BALANCE' | 'T3_RESULTS_SUM' | 'T3_ROW_TOTAL' | 'T4_GROUP_TOTAL';

/**
 * A wrong cell: `expected` the value that satisfies the rules, `actual` the value given. `rules`
 * are every rule the cell breaks; `leaf` is set when a plain count (not a total) breaks more than
 * one; `left` and `right` are the two sides of a broken balance as published.
 */
export interface ArithmeticFacts {
  expected: number;
  actual: number;
  params: {
    readonly rules: readonly ArithmeticCode[];
    readonly leaf?: true;
    readonly left?: number;
    readonly right?: number;
  };
}

/** What the table codes carry. */
export interface TableFacts {
  T3_BALANCE: ArithmeticFacts;
  T3_RESULTS_SUM: ArithmeticFacts;
  T3_ROW_TOTAL: ArithmeticFacts;
  T4_GROUP_TOTAL: ArithmeticFacts;
  /** `expected`: the number read; `actual`: what was written (absent when the cell was missing). */
  LENIENT_VALUE: { expected: number; actual?: IssueValue; params: Received };
  FEE_UNIT_SUSPECT: { actual: number };
  REGULATIONS_LOCAL: { actual: number };
  /** `actual`: the concluded total (0); `pending`: the applications there were to handle. */
  ALL_CARRIED_FORWARD: { actual: number; params: { readonly pending: number } };
}

type Arith = MessageContext<ArithmeticFacts>;

const shallZh = (c: Arith) => `${c.label}：应为 ${c.expected}，实为 ${c.actual}`;
const shallEn = (c: Arith) => `${c.label}: should be ${c.expected}, found ${c.actual}`;

const whereZh = (s: SumTerms) => `${s.along === 'row' ? '本行' : '本列'}“${s.total}”`;
const whereEn = (s: SumTerms) => `the ${s.along === 'row' ? 'row' : 'column'}’s “${s.total}”`;

/** The sums of the rules a cell breaks, for the message of a plain count. */
const sums = (c: Arith) => c.params.rules.map((r) => c.terms.sum(r)).filter((s): s is SumTerms => s !== undefined);

/** A sum rule: the cell's own sum as a rule, or for a plain count the totals it disagrees with. */
function sumMessage(c: Arith, code: ArithmeticCode, lang: 'zh' | 'en'): string {
  if (c.params.leaf) {
    const all = sums(c);
    if (lang === 'zh') return `${shallZh(c)}。该数与${all.map(whereZh).join('、')}${all.length > 1 ? '均' : ''}不符`;
    return `${shallEn(c)}. This number disagrees with ${all.map(whereEn).join(' and ')}`;
  }
  const s = c.terms.sum(code);
  if (!s) return lang === 'zh' ? shallZh(c) : shallEn(c);
  return lang === 'zh'
    ? `${shallZh(c)}。“${s.total}”应等于“${s.first}”至“${s.last}”各项之和`
    : `${shallEn(c)}. “${s.total}” should equal the sum of “${s.first}” to “${s.last}”`;
}

const sumCode = (code: ArithmeticCode) => ({
  zh: (c: Arith) => sumMessage(c, code, 'zh'),
  en: (c: Arith) => sumMessage(c, code, 'en'),
});

/** The table part of the code table. */
export const TABLE_CODES = {
  T3_BALANCE: {
    severity: 'error',
    zh: '表三勾稽关系：每列第一项加第二项之和等于第三项（（七）总计）加第四项之和',
    en: 'Table 3 balance: per column, 一 + 二 = （七）总计 + 四',
    message: {
      zh: (c) => {
        const b = c.terms.balance('T3_BALANCE');
        const sides = c.params.left !== undefined ? `，现为 ${c.params.left} 与 ${c.params.right}` : '';
        if (!b) return `${shallZh(c)}${sides}`;
        const side = (rows: readonly string[]) => rows.map((r) => `“${r}”`).join('加');
        return `${shallZh(c)}。勾稽关系：本列${side(b.left)}之和应等于${side(b.right)}之和${sides}`;
      },
      en: (c) => {
        const b = c.terms.balance('T3_BALANCE');
        const sides = c.params.left !== undefined ? ` (now ${c.params.left} and ${c.params.right})` : '';
        if (!b) return `${shallEn(c)}${sides}`;
        const side = (rows: readonly string[]) => rows.map((r) => `“${r}”`).join(' + ');
        return `${shallEn(c)}. In each column ${side(b.left)} should equal ${side(b.right)}${sides}`;
      },
    },
  },
  T3_RESULTS_SUM: {
    severity: 'error',
    zh: '表三（七）总计等于（一）至（六）各项之和',
    en: 'Table 3: （七）总计 equals the sum of the outcome rows above it',
    message: sumCode('T3_RESULTS_SUM'),
  },
  T3_ROW_TOTAL: {
    severity: 'error',
    zh: '表三每行总计等于各类申请人之和',
    en: 'Table 3: each row’s 总计 equals the sum of its applicant columns',
    message: sumCode('T3_ROW_TOTAL'),
  },
  T4_GROUP_TOTAL: {
    severity: 'error',
    zh: '表四每组总计等于结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Table 4: each group’s 总计 equals the sum of its four outcomes',
    message: sumCode('T4_GROUP_TOTAL'),
  },
  LENIENT_VALUE: {
    severity: 'info',
    zh: '宽松模式下把非标准写法读作数字',
    en: 'Lenient mode read a non-standard cell as a number',
    message: {
      zh: (c) => `${c.label}：“${c.actual === undefined ? '' : show('zh', c.actual, c.params)}”按 ${c.expected} 读入`,
      en: (c) => `${c.label}: “${c.actual === undefined ? '' : show('en', c.actual, c.params)}” read as ${c.expected}`,
    },
  },
  FEE_UNIT_SUSPECT: {
    severity: 'info',
    zh: '收费金额可能误用“元”为单位',
    en: 'The fee looks like it was entered in 元, not 万元',
    message: {
      zh: (c) => `${c.label}：${c.actual} 万元数额很大，请确认单位是“万元”而不是“元”`,
      en: (c) => `${c.label}: ${c.actual} 万元 (ten thousand yuan) is very large; check that it is not in 元`,
    },
  },
  REGULATIONS_LOCAL: {
    severity: 'info',
    zh: '县级及以下机关一般无规章制定权',
    en: 'County-level and lower agencies usually cannot make 规章',
    message: {
      zh: (c) =>
        `${c.label}：为 ${c.actual}，县级及以下机关一般没有规章制定权，请核对是否应填入${c.terms
          .otherRows()
          .map((r) => `“${r}”`)
          .join('、')}`,
      en: (c) =>
        `${c.label}: ${c.actual}, but agencies at county level or below usually cannot make 规章; check whether it belongs to ${c.terms
          .otherRows()
          .map((r) => `“${r}”`)
          .join(' or ')}`,
    },
  },
  ALL_CARRIED_FORWARD: {
    severity: 'info',
    zh: '有申请但本年没有办结任何一件',
    en: 'Applications were received but none was concluded',
    message: {
      zh: (c) => `${c.label}：为 ${c.actual}，而本年有 ${c.params.pending} 件申请待办，全部结转下年度，请核对`,
      en: (c) =>
        `${c.label}: ${c.actual}, while ${c.params.pending} applications were to be handled this year; all were carried forward — please check`,
    },
  },
} as const satisfies CodeTable<TableFacts>;
