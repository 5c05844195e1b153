/**
 * Import notes about the tables: their layout, rows found twice or not at all, figures that could not be placed, blank cells.
 * What each code carries, its severity and its message in Chinese and in English (see `notes.ts`).
 */
import { both, type NoteSpec } from './note-kit.js';
import { AGENCY_KINDS } from '../model/agency-kind.js';

/** What each of these codes carries in `params` (`{}`: nothing). */
export interface TableNoteFacts {
  /** `marker`: the text that gave the 2019 layout away. */
  EDITION_2019: { readonly marker: string };
  /** `row`: the row's path (`requests.results.other`); `values`: its cells as printed (`''` when blank). */
  OTHER_SINGLE_ROW: { readonly row: string; readonly values: readonly string[] };
  /**
   * Table 二 has no 规章 row and the agency (`agency`, of `kind` by its name) cannot make 规章: the
   * row's `cells` cells are taken as 0 (`row`: the row's path).
   */
  NO_REGULATIONS_ROW: {
    readonly row: string;
    readonly agency: string;
    readonly kind: 'department' | 'township';
    readonly cells: number;
  };
  /** `table`: the table's key; `cells`: how many cells are therefore unread. */
  TABLE_MISSING: { readonly table: string; readonly cells: number };
  /** `row`: the row's path. */
  DUPLICATE_ROW: { readonly row: string };
  /** `values`: the cells as printed, separated by spaces. */
  UNPLACED_VALUES: { readonly values: string };
  /** `label`: the row's label as printed, or `table`: the key of a table without row labels. */
  COLUMNS_UNKNOWN: { readonly label?: string; readonly table?: string; readonly values: string };
  BLANK_CELLS: { readonly count: number };
  ALL_BLANK: {};
  /**
   * A spreadsheet's total cell (at `cell` of `sheet`) holds the number `value` instead of its
   * formula, and the cells it totals add up to `expected`.
   */
  FORMULA_REPLACED: {
    readonly sheet: string;
    readonly cell: string;
    readonly formula: string;
    readonly value: number;
    readonly expected: number;
  };
  /** A spreadsheet holds the tables only: the narrative `sections` (keys) are not in it. */
  TABLES_ONLY: { readonly sections: readonly string[] };
}

/** Every code of these notes, with its severity and words. */
export const TABLE_NOTES = {
  EDITION_2019: {
    severity: 'warning',
    message: both(
      (p, t) =>
        `表格为 2019 版格式（${t.notice('2019')}），见“${p.marker}”；能对应到 2021 版的数据已保留，其余列为未读`,
      (p, t) =>
        `The tables are in the 2019 layout (${t.notice('2019')}), see “${p.marker}”; what maps to the 2021 edition was kept, the rest is listed as unread`,
    ),
  },
  OTHER_SINGLE_ROW: {
    severity: 'warning',
    message: both(
      (p, t) =>
        `表三“${t.row(p.row)}”为单行（2019 版格式），合计 ${p.values.map((v) => v || '空').join(' ')} 中为 0 的栏各小项按 0 计，其余无法拆分到各小项，列为未读`,
      (p, t) =>
        `Table 三 prints “${t.row(p.row)}” as one row (the 2019 layout); its figures ${p.values.map((v) => v || '(blank)').join(' ')} give each sub-item 0 where a column is 0; the others cannot be split among the sub-items and are listed as unread`,
    ),
  },
  NO_REGULATIONS_ROW: {
    severity: 'info',
    message: both(
      (p, t) =>
        `表格中没有“${t.row(p.row)}”一行；${p.agency}是${AGENCY_KINDS[p.kind].label}，不能制定规章，该行 ${p.cells} 个单元格按 0 计`,
      (p, t) =>
        `The tables have no row “${t.row(p.row)}”; ${p.agency} is ${p.kind === 'township' ? 'a township or sub-district' : 'a government department'} and cannot make 规章, so the row's ${p.cells} cells are taken as 0`,
    ),
  },
  TABLE_MISSING: {
    severity: 'warning',
    message: both(
      (p, t) => `未找到${t.table(p.table)}（${p.cells} 个单元格均未读）`,
      (p, t) => `Table ${t.table(p.table)} was not found (its ${p.cells} cells are unread)`,
    ),
  },
  DUPLICATE_ROW: {
    severity: 'warning',
    message: both(
      (p, t) => `“${t.row(p.row)}”出现了不止一次，只取第一次的数值`,
      (p, t) => `“${t.row(p.row)}” appears more than once; the first is read`,
    ),
  },
  UNPLACED_VALUES: {
    severity: 'warning',
    message: both(
      (p) => `有一行数值未能对应到任何行标签：${p.values}`,
      (p) => `A line of figures matches no row label: ${p.values}`,
    ),
  },
  COLUMNS_UNKNOWN: {
    severity: 'warning',
    message: both(
      (p, t) => `“${p.label ?? t.table(p.table ?? '')}”一行的数值（${p.values}）少于栏数，又无法确定各在哪一栏，未读`,
      (p, t) =>
        `The row “${p.label ?? t.table(p.table ?? '')}” has fewer figures (${p.values}) than columns and their columns cannot be told; not read`,
    ),
  },
  BLANK_CELLS: {
    severity: 'info',
    message: both(
      (p) => `${p.count} 个单元格为空白（或“/”“—”），按 0 读取`,
      (p) => `${p.count} cells are blank (or “/”, “—”) and were read as 0`,
    ),
  },
  ALL_BLANK: {
    severity: 'warning',
    message: both(
      () => '所有表格单元格均为空白：这可能是空白模板，而不是已填写的报告',
      () => 'Every table cell is blank: this may be the empty template rather than a filled-in report',
    ),
  },
  FORMULA_REPLACED: {
    severity: 'warning',
    message: both(
      (p) =>
        `${p.sheet} ${p.cell} 的合计公式“=${p.formula}”被改成了数值 ${p.value}，与所合计各格之和 ${p.expected} 不符`,
      (p) =>
        `The total formula “=${p.formula}” at ${p.sheet} ${p.cell} was replaced by the number ${p.value}, but the cells it totals add up to ${p.expected}`,
    ),
  },
  TABLES_ONLY: {
    severity: 'info',
    message: both(
      (p, t) => `表格文件只含报告机关、年度和表格；${p.sections.map((s) => `“${t.section(s)}”`).join('、')}需另行填写`,
      (p, t) =>
        `The spreadsheet holds the agency, the year and the tables only; ${p.sections.map((s) => `“${t.section(s)}”`).join(', ')} must be written elsewhere`,
    ),
  },
} as const satisfies { readonly [C in keyof TableNoteFacts]: NoteSpec<TableNoteFacts[C]> };
