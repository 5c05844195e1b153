/**
 * The codes of import notes: what each carries, its severity and its message in Chinese and in
 * English. Readers record facts (`{ code, params }`); the message is made here, at the end, with the
 * labels taken from the format description (STYLE.md: messages come last).
 *
 * To add a code: give its params a line in {@link NoteFacts} and its entry in {@link IMPORT_NOTES}.
 */
import type { CompiledEdition } from '../format/compile.js';
import { AGENCY_KINDS } from '../model/agency-kind.js';
import type { Lang } from '../issues/message-kit.js';
import { importTerms, type ImportTerms } from './terms.js';
import type { ImportNote, Where } from './report.js';

/** What each note code carries in `params` (`{}`: nothing). Keys of the format are keys, not labels. */
export interface NoteFacts {
  EMPTY_INPUT: {};
  /** `kind`: what the file was read as, when that failed; `detail`: the reader's own message. */
  UNREADABLE_FILE: { readonly kind?: 'docx' | 'pdf' | 'xlsx'; readonly detail: string };
  NO_TEXT_LAYER: {};
  NOT_A_REPORT: {};
  DECODED_AS: { readonly encoding: string };
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
  /** `section`: the section's key. */
  SECTION_MISSING: { readonly section: string };
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
  TITLE_NOT_FOUND: {};
  AGENCY_NOT_FOUND: {};
  YEAR_NOT_FOUND: {};
  DATE_NOT_FOUND: {};
  /** The agency as the title and as the signature name it. */
  AGENCY_DIFFERS: { readonly title: string; readonly signature: string };
  /** `section`: the section's key; `text`: the template's placeholder found there. */
  PLACEHOLDER_TEXT: { readonly section: string; readonly text: string };
  TRAILING_TEXT: { readonly count: number };
  /** `text`: the beginning of the text (40 characters and `…` at most). */
  IGNORED_TEXT: { readonly text: string };
  PDF_ENCRYPTED: {};
  /** Limits (see `ImportLimits`): `limit`, the limit's value; `actual`, the size found (a lower bound where reading stopped); `count`, how many parts were skipped. */
  LIMIT_INPUT_BYTES: LimitFacts;
  LIMIT_TEXT_CHARS: LimitFacts;
  LIMIT_ZIP_ENTRIES: LimitFacts;
  LIMIT_ZIP_INFLATED: LimitFacts;
  LIMIT_LINE_CHARS: LimitFacts;
  LIMIT_TABLE_CELLS: LimitFacts;
  LIMIT_DEPTH: LimitFacts;
  LIMIT_PDF_PAGES: LimitFacts;
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

/** The facts of a limit reached. */
export interface LimitFacts {
  readonly limit: number;
  readonly actual: number;
  readonly count?: number;
}

/** A note code. */
export type ImportNoteCode = keyof NoteFacts;

interface NoteSpec<P> {
  readonly severity: ImportNote['severity'];
  readonly message: { readonly [L in Lang]: (p: P, t: ImportTerms) => string };
}

const both = <P>(zh: (p: P, t: ImportTerms) => string, en: (p: P, t: ImportTerms) => string) => ({ zh, en });

/** Every note code. */
export const IMPORT_NOTES = {
  EMPTY_INPUT: {
    severity: 'error',
    message: both(
      () => '文件为空，没有可导入的内容',
      () => 'The file is empty: nothing to import',
    ),
  },
  UNREADABLE_FILE: {
    severity: 'error',
    message: both(
      (p) =>
        `无法打开文件：${p.kind === 'docx' ? '不是有效的 Word（.docx）文件：' : p.kind === 'pdf' ? '不是有效的 PDF 文件：' : p.kind === 'xlsx' ? '不是有效的 Excel（.xlsx）文件：' : ''}${p.detail}`,
      (p) =>
        `Cannot open the file: ${p.kind === 'docx' ? 'not a valid Word (.docx) file: ' : p.kind === 'pdf' ? 'not a valid PDF file: ' : p.kind === 'xlsx' ? 'not a valid spreadsheet (.xlsx): ' : ''}${p.detail}`,
    ),
  },
  NO_TEXT_LAYER: {
    severity: 'error',
    message: both(
      () => 'PDF 没有文字层（可能是扫描件），无法读取；请先做文字识别',
      () => 'The PDF has no text layer (probably a scan) and cannot be read; run text recognition first',
    ),
  },
  NOT_A_REPORT: {
    severity: 'error',
    message: both(
      () => '未找到政府信息公开工作年度报告的章节标题或表格，文件不像一份年度报告',
      () => 'No section heading or table of an annual report was found: the file does not look like one',
    ),
  },
  DECODED_AS: {
    severity: 'info',
    message: both(
      (p) => `文本按 ${p.encoding} 编码读取`,
      (p) => `The text was read as ${p.encoding}`,
    ),
  },
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
  SECTION_MISSING: {
    severity: 'warning',
    message: both(
      (p, t) => `未找到“${t.section(p.section)}”部分`,
      (p, t) => `The section “${t.section(p.section)}” was not found`,
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
  TITLE_NOT_FOUND: {
    severity: 'info',
    message: both(
      () => '未找到报告标题',
      () => 'No title was found',
    ),
  },
  AGENCY_NOT_FOUND: {
    severity: 'warning',
    message: both(
      () => '未能从标题或落款中读出报告机关',
      () => 'The agency could not be read from the title or the signature',
    ),
  },
  YEAR_NOT_FOUND: {
    severity: 'warning',
    message: both(
      () => '未能读出报告年度',
      () => 'The reporting year could not be read',
    ),
  },
  DATE_NOT_FOUND: {
    severity: 'info',
    message: both(
      () => '文末未找到成文日期',
      () => 'No date was found at the end',
    ),
  },
  AGENCY_DIFFERS: {
    severity: 'info',
    message: both(
      (p) => `标题中的机关“${p.title}”与落款“${p.signature}”不同，采用落款`,
      (p) => `The title names the agency “${p.title}”, the signature “${p.signature}”; the signature is used`,
    ),
  },
  PLACEHOLDER_TEXT: {
    severity: 'warning',
    message: both(
      (p, t) => `“${t.section(p.section)}”仍是模板占位文字“${p.text}”`,
      (p, t) => `“${t.section(p.section)}” still holds the template’s placeholder “${p.text}”`,
    ),
  },
  TRAILING_TEXT: {
    severity: 'info',
    message: both(
      (p) => `文末日期之后的 ${p.count} 段文字不属于报告正文，未导入`,
      (p) => `${p.count} paragraphs after the closing date are not part of the report and were not imported`,
    ),
  },
  IGNORED_TEXT: {
    severity: 'info',
    message: both(
      (p) => `表格部分中的文字未导入：“${p.text}”`,
      (p) => `Text among the tables was not imported: “${p.text}”`,
    ),
  },
  PDF_ENCRYPTED: {
    severity: 'error',
    message: both(
      () => 'PDF 已加密（设有打开密码），无法读取；请提供未加密的文件',
      () => 'The PDF is encrypted (it has an open password) and cannot be read; give an unencrypted file',
    ),
  },
  LIMIT_INPUT_BYTES: {
    severity: 'error',
    message: both(
      (p) => `文件大小 ${p.actual} 字节，超过导入上限 ${p.limit} 字节，未读取`,
      (p) => `The file has ${p.actual} bytes, over the import limit of ${p.limit}: not read`,
    ),
  },
  LIMIT_TEXT_CHARS: {
    severity: 'error',
    message: both(
      (p) => `文本有 ${p.actual} 个字符，超过导入上限 ${p.limit} 个，未读取`,
      (p) => `The text has ${p.actual} characters, over the import limit of ${p.limit}: not read`,
    ),
  },
  LIMIT_ZIP_ENTRIES: {
    severity: 'error',
    message: both(
      (p) => `Word 文件（zip）含 ${p.actual} 个部件，超过上限 ${p.limit} 个，未读取`,
      (p) => `The Word file (a zip) has ${p.actual} parts, over the limit of ${p.limit}: not read`,
    ),
  },
  LIMIT_ZIP_INFLATED: {
    severity: 'error',
    message: both(
      (p) => `Word 文件解压后超过 ${p.limit} 字节（已解压 ${p.actual} 字节时停止），未读取`,
      (p) => `The Word file inflates to more than ${p.limit} bytes (stopped at ${p.actual}): not read`,
    ),
  },
  LIMIT_LINE_CHARS: {
    severity: 'warning',
    message: both(
      (p) =>
        `${p.count ?? 1} 处文字（行、段落或表格单元格）超过 ${p.limit} 个字符（最长 ${p.actual} 个），未读取；单元格过长的表格整个未读取`,
      (p) =>
        `${p.count ?? 1} lines, paragraphs or cells are longer than ${p.limit} characters (the longest ${p.actual}) and were not read; a table with such a cell was left out whole`,
    ),
  },
  LIMIT_TABLE_CELLS: {
    severity: 'warning',
    message: both(
      (p) => `${p.count ?? 1} 个表格展开合并单元格后超出单元格上限 ${p.limit} 个（最大 ${p.actual} 个），未读取`,
      (p) =>
        `${p.count ?? 1} tables exceed the limit of ${p.limit} cells once merged cells are expanded (the largest ${p.actual}) and were not read`,
    ),
  },
  LIMIT_DEPTH: {
    severity: 'warning',
    message: both(
      (p) => `网页元素嵌套超过 ${p.limit} 层（${p.count ?? 1} 处），更深的内容并入第 ${p.limit} 层读取`,
      (p) =>
        `Page elements are nested deeper than ${p.limit} levels (${p.count ?? 1} places); deeper content was read at level ${p.limit}`,
    ),
  },
  LIMIT_PDF_PAGES: {
    severity: 'warning',
    message: both(
      (p) => `PDF 共 ${p.actual} 页，超过上限 ${p.limit} 页，其后各页未读取`,
      (p) => `The PDF has ${p.actual} pages, over the limit of ${p.limit}: later pages were not read`,
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
} as const satisfies { readonly [C in ImportNoteCode]: NoteSpec<NoteFacts[C]> };

/** A note before its message is made: its code with the params that code carries. */
export type NoteDraft = {
  [C in ImportNoteCode]: {
    readonly code: C;
    readonly path?: readonly (string | number)[];
    readonly where?: Where;
  } & ({} extends NoteFacts[C] ? { readonly params?: NoteFacts[C] } : { readonly params: NoteFacts[C] });
}[ImportNoteCode];

/**
 * Makes the note of a draft: its severity and message from the code table.
 * @param edition the edition whose labels the message names
 * @param lang `zh` (default) or `en`
 * @example makeNote({ code: 'SECTION_MISSING', params: { section: 'problems' } }, edition).message // '未找到“五、存在的主要问题及改进情况”部分'
 */
export function makeNote(draft: NoteDraft, edition: CompiledEdition, lang: Lang = 'zh'): ImportNote {
  const spec = IMPORT_NOTES[draft.code] as NoteSpec<unknown>;
  return {
    code: draft.code,
    severity: spec.severity,
    message: spec.message[lang](draft.params ?? {}, importTerms(edition)),
    ...(draft.path ? { path: draft.path } : {}),
    ...(draft.where ? { where: draft.where } : {}),
    ...(draft.params ? { params: draft.params } : {}),
  };
}

/** The severity of a note's code. */
export function noteSeverity(draft: Pick<NoteDraft, 'code'>): ImportNote['severity'] {
  return IMPORT_NOTES[draft.code].severity;
}
