/**
 * Import notes about the file as a whole: empty, unreadable, encrypted, not a report, its encoding.
 * What each code carries, its severity and its message in Chinese and in English (see `notes.ts`).
 */
import { both, type NoteSpec } from './note-kit.js';

/** What each of these codes carries in `params` (`{}`: nothing). */
export interface FileNoteFacts {
  EMPTY_INPUT: {};
  /** `kind`: what the file was read as, when that failed; `detail`: the reader's own message. */
  UNREADABLE_FILE: { readonly kind?: 'docx' | 'pdf' | 'xlsx'; readonly detail: string };
  NO_TEXT_LAYER: {};
  NOT_A_REPORT: {};
  DECODED_AS: { readonly encoding: string };
  PDF_ENCRYPTED: {};
}

/** Every code of these notes, with its severity and words. */
export const FILE_NOTES = {
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
  PDF_ENCRYPTED: {
    severity: 'error',
    message: both(
      () => 'PDF 已加密（设有打开密码），无法读取；请提供未加密的文件',
      () => 'The PDF is encrypted (it has an open password) and cannot be read; give an unencrypted file',
    ),
  },
} as const satisfies { readonly [C in keyof FileNoteFacts]: NoteSpec<FileNoteFacts[C]> };
