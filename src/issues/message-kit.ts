/**
 * What the code table is written with: the shape of an entry, what a message template is given,
 * and the few words every language needs for values (kinds of value, lists). Templates get the
 * labels they name from {@link Terms}, which reads them from the format description.
 */
import type { ExpectedKind, IssueValue, PathKey, Received, ReceivedKind, Severity } from './values.js';

/** The languages messages are made in. */
export type Lang = 'zh' | 'en';

/** The languages, default first. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The facts one code carries: `expected`, `actual`, `params`, each typed, each optional or not as
 * the code says, and absent (`undefined`) when the code does not carry it.
 */
export type Shape<F> = Readonly<Omit<{ expected?: undefined; actual?: undefined; params?: undefined }, keyof F> & F>;

/** Labels of the format description a message may name, for the issue's own cell or path. */
export interface Terms {
  /** Label of any path of the report (`表三 （七）总计 · 自然人`, `一、总体情况`). */
  path(path: readonly PathKey[]): string;
  /**
   * The sum a rule makes over the issue's cell: the label of its total, of the first and last term
   * at the total's level, and whether it runs along a row (a 总计 column) or down a column.
   */
  sum(code: string): SumTerms | undefined;
  /** The balance a rule makes over the issue's cell: the row labels of each side. */
  balance(code: string): { readonly left: readonly string[]; readonly right: readonly string[] } | undefined;
  /** Table 二: the labels of the columns of the issue's block that continue from year to year. */
  continuity(): { readonly stock: string; readonly added: string; readonly removed: string };
  /** Table 二: the labels of the other rows of the issue's block. */
  otherRows(): readonly string[];
  /** The row last year's report is read from, for the issue's table (`四、结转下年度继续办理`). */
  carryFrom(): string;
}

/** See {@link Terms.sum}. */
export interface SumTerms {
  readonly along: 'row' | 'column';
  readonly total: string;
  readonly first: string;
  readonly last: string;
}

/** What a message template is given: the issue's facts, the label of its path and the terms. */
export type MessageContext<F> = Shape<F> & {
  /** Label of the issue's path (`表三 （七）总计 · 自然人`, `成文日期`). */
  readonly label: string;
  readonly terms: Terms;
};

/** One entry of the code table. */
export interface CodeSpec<F> {
  readonly severity: Severity;
  /** What the code means, in Chinese and in English (for the docs). */
  readonly zh: string;
  readonly en: string;
  /** The message of one issue, per language. */
  readonly message: { readonly [L in Lang]: (c: MessageContext<F>) => string };
}

/** A part of the code table: an entry for every code of a facts map. */
export type CodeTable<M> = { readonly [C in keyof M]: CodeSpec<M[C]> };

/** Words for values, per language. */
export interface ValueWords {
  readonly kinds: Readonly<Record<ReceivedKind, string>>;
  readonly expected: Readonly<Record<Exclude<ExpectedKind, 'oneOf'>, string>>;
  /** `a、b、c` or `a, b, c`. */
  readonly list: (items: readonly IssueValue[]) => string;
  /** `a / b 之一`. */
  readonly oneOf: (items: readonly IssueValue[]) => string;
  /** `（共 N 字符）` after a cut string. */
  readonly length: (n: number) => string;
}

const ZH: ValueWords = {
  kinds: {
    string: '文本',
    number: '数字',
    boolean: 'true 或 false',
    null: 'null',
    object: '对象',
    array: '数组',
    missing: '空缺',
    other: '无法表示的值',
  },
  expected: {
    string: '文本',
    number: '数字',
    integer: '整数',
    boolean: 'true 或 false',
    object: '对象',
    array: '数组',
    block: '文本或 {heading, paragraphs} 对象',
    valid: '有效值',
  },
  list: (items) => items.map(String).join('、'),
  oneOf: (items) => `${items.map(String).join(' / ')} 之一`,
  length: (n) => `（共 ${n} 字符）`,
};

const EN: ValueWords = {
  kinds: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
    object: 'an object',
    array: 'an array',
    missing: 'nothing',
    other: 'a value JSON cannot hold',
  },
  expected: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    block: 'text or a {heading, paragraphs} object',
    valid: 'a valid value',
  },
  list: (items) => items.map(String).join(', '),
  oneOf: (items) => `one of ${items.map(String).join(' / ')}`,
  length: (n) => ` (${n} characters in all)`,
};

/** Value words by language. */
export const WORDS: Readonly<Record<Lang, ValueWords>> = { zh: ZH, en: EN };

/**
 * A value as a message shows it: raw values as they are, kinds of value (an object, nothing…) in words.
 * @param received the kind, when the value was received from the input
 */
export function show(lang: Lang, value: IssueValue | undefined, received?: Received): string {
  const words = WORDS[lang];
  if (received && received.received !== 'string' && received.received !== 'number' && received.received !== 'boolean') {
    return received.received === 'null' ? 'null' : words.kinds[received.received];
  }
  if (value === undefined) return words.kinds.missing;
  if (value === '') return lang === 'zh' ? '空文本' : 'empty text';
  return received?.length !== undefined ? `${String(value)}${words.length(received.length)}` : String(value);
}

/** What a FIELD_TYPE expected, in words. */
export function expectedWords(lang: Lang, expected: ExpectedKind, allowed: readonly IssueValue[] = []): string {
  return expected === 'oneOf' ? WORDS[lang].oneOf(allowed) : WORDS[lang].expected[expected];
}
