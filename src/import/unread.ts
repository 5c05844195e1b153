/**
 * Why a table cell could not be read: each reason a code with its params, worded here in Chinese
 * and in English with the labels of the format description.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { Lang } from '../issues/message-kit.js';
import type { UnreadCell } from './report.js';
import { importTerms, type ImportTerms } from './terms.js';

/** What each reason carries in `params` (`{}`: nothing). */
export interface UnreadFacts {
  /** The cell's table was not found at all. */
  TABLE_NOT_FOUND: {};
  /** The table was found, the cell's row was not. */
  ROW_NOT_FOUND: {};
  /** `count`: how many value cells the row has. */
  TOO_FEW_VALUES: { readonly count: number };
  /** The value cell is merged with the row above. */
  MERGED_FROM_ABOVE: {};
  /**
   * The value cell is merged with the row above and its figure `value` is not 0, so it cannot be
   * split among the rows; `top`: the path of the cell the figure was read into (the first row's).
   */
  MERGED_NOT_ZERO: { readonly value: number; readonly top: string };
  /** The cell's text (`raw`) is not a number. */
  NOT_A_NUMBER: {};
  /** `row`: the path of the group printed as one row (the 2019 layout of （六）其他处理). */
  SINGLE_ROW: { readonly row: string };
  /** Table 二 of the 2019 edition has no such column. */
  COLUMN_NOT_IN_2019: {};
  /** The header of table 二's block does not name the cell's column. */
  COLUMN_NOT_FOUND: {};
  /** `count`: how many figures the row has for one column. */
  AMBIGUOUS_VALUES: { readonly count: number };
  /** A spreadsheet's total formula sums a cell that could not be read (`addend`: its path). */
  ADDEND_UNREAD: { readonly addend: string };
}

/** A reason code. */
export type UnreadCode = keyof UnreadFacts;

/** An unread cell before its reason is worded. */
export type UnreadDraft = Omit<UnreadCell, 'reason' | 'code' | 'params'> & UnreadReason;

/** A reason: its code and the params that code carries. */
export type UnreadReason = {
  [C in UnreadCode]: { readonly code: C } & ({} extends UnreadFacts[C]
    ? { readonly params?: UnreadFacts[C] }
    : { readonly params: UnreadFacts[C] });
}[UnreadCode];

interface Context {
  readonly cell: CellInfo | undefined;
  readonly raw: string;
  readonly terms: ImportTerms;
}

const column = (c: Context) => c.cell?.blockColumn?.label ?? c.cell?.colChain[c.cell.colChain.length - 1]?.label ?? '';
const both = <P>(zh: (p: P, c: Context) => string, en: (p: P, c: Context) => string) => ({ zh, en });

/** Every reason code and its words. */
export const UNREAD_REASONS = {
  TABLE_NOT_FOUND: both(
    (_, c) => `未找到${c.cell ? c.terms.table(c.cell.table.key) : '表格'}`,
    (_, c) => `table ${c.cell ? c.terms.table(c.cell.table.key) : ''} not found`,
  ),
  ROW_NOT_FOUND: both(
    () => '未找到此行',
    () => 'row not found',
  ),
  TOO_FEW_VALUES: both(
    (p) => `此行只有 ${p.count} 个数值单元格`,
    (p) => `the row has only ${p.count} value cells`,
  ),
  MERGED_FROM_ABOVE: both(
    () => '数值单元格与上一行合并，不能归属到这一行',
    () => 'the value cell is merged with the row above and cannot be given to this row',
  ),
  MERGED_NOT_ZERO: both(
    (p) => `数值单元格与上一行合并，合并值 ${p.value} 不为 0，无法拆分到各行`,
    (p) =>
      `the value cell is merged with the row above; its figure ${p.value} is not 0 and cannot be split among the rows`,
  ),
  NOT_A_NUMBER: both(
    (_, c) => `无法识别的数值“${c.raw.trim()}”`,
    (_, c) => `not a number: “${c.raw.trim()}”`,
  ),
  SINGLE_ROW: both(
    (p, c) => `“${c.terms.row(p.row)}”印成了单行，无法拆分到各小项`,
    (p, c) => `“${c.terms.row(p.row)}” is printed as one row and cannot be split among its sub-items`,
  ),
  COLUMN_NOT_IN_2019: both(
    (_, c) => `2019 版表二没有“${column(c)}”一栏`,
    (_, c) => `table 二 of the 2019 edition has no column “${column(c)}”`,
  ),
  COLUMN_NOT_FOUND: both(
    (_, c) => `表头中未找到“${column(c)}”一栏`,
    (_, c) => `the header has no column “${column(c)}”`,
  ),
  AMBIGUOUS_VALUES: both(
    (p, c) => `此行有 ${p.count} 个数值，无法确定哪一个是“${column(c)}”`,
    (p, c) => `the row has ${p.count} figures; which one is “${column(c)}” cannot be told`,
  ),
  ADDEND_UNREAD: both(
    (p, c) => `合计公式“${c.raw}”所加的单元格中有未读的（${p.addend}），无法算出`,
    (p, c) => `the total formula “${c.raw}” sums a cell that was not read (${p.addend})`,
  ),
} as const satisfies {
  readonly [C in UnreadCode]: { readonly [L in Lang]: (p: UnreadFacts[C], c: Context) => string };
};

/**
 * Words the reason of an unread cell.
 * @example unreadCell({ path, label, code: 'ROW_NOT_FOUND' }, edition).reason // '未找到此行'
 */
export function unreadCell(draft: UnreadDraft, edition: CompiledEdition, lang: Lang = 'zh'): UnreadCell {
  const say = UNREAD_REASONS[draft.code][lang] as (p: unknown, c: Context) => string;
  const context: Context = {
    cell: edition.byPath.get(draft.path.join('.')),
    raw: draft.raw ?? '',
    terms: importTerms(edition),
  };
  return { ...draft, reason: say(draft.params ?? {}, context) };
}
