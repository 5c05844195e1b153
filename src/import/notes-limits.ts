/**
 * Import notes about a bound of the import reached (see `ImportLimits`).
 * What each code carries, its severity and its message in Chinese and in English (see `notes.ts`).
 */
import { both, type NoteSpec } from './note-kit.js';

/** The facts of a limit reached: `limit`, the limit's value; `actual`, the size found (a lower bound where reading stopped); `count`, how many parts were skipped. */
export interface LimitFacts {
  readonly limit: number;
  readonly actual: number;
  readonly count?: number;
}

/** What each of these codes carries in `params` (`{}`: nothing). */
export interface LimitNoteFacts {
  LIMIT_INPUT_BYTES: LimitFacts;
  LIMIT_TEXT_CHARS: LimitFacts;
  LIMIT_ZIP_ENTRIES: LimitFacts;
  LIMIT_ZIP_INFLATED: LimitFacts;
  LIMIT_LINE_CHARS: LimitFacts;
  LIMIT_TABLE_CELLS: LimitFacts;
  LIMIT_DEPTH: LimitFacts;
  LIMIT_PDF_PAGES: LimitFacts;
}

/** Every code of these notes, with its severity and words. */
export const LIMIT_NOTES = {
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
} as const satisfies { readonly [C in keyof LimitNoteFacts]: NoteSpec<LimitNoteFacts[C]> };
