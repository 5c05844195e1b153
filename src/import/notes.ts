/**
 * The codes of import notes, their severity and their Chinese messages. Readers record facts
 * (`{ code, params }`); the message is made here, at the end (STYLE.md: messages come last).
 */
import type { ImportNote, Where } from './report.js';

type Params = Readonly<Record<string, string | number | boolean | null>>;

interface NoteSpec {
  readonly severity: ImportNote['severity'];
  readonly message: (p: Params) => string;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Every note code. */
export const IMPORT_NOTES = {
  EMPTY_INPUT: { severity: 'error', message: () => '文件为空，没有可导入的内容' },
  UNREADABLE_FILE: { severity: 'error', message: (p) => `无法打开文件：${str(p['reason'])}` },
  NO_TEXT_LAYER: { severity: 'error', message: () => 'PDF 没有文字层（可能是扫描件），无法读取；请先做文字识别' },
  NOT_A_REPORT: {
    severity: 'error',
    message: () => '未找到政府信息公开工作年度报告的章节标题或表格，文件不像一份年度报告',
  },
  DECODED_AS: { severity: 'info', message: (p) => `文本按 ${str(p['encoding'])} 编码读取` },
  EDITION_2019: {
    severity: 'warning',
    message: (p) =>
      `表格为 2019 版格式（国办公开办函〔2019〕60号），见“${str(p['marker'])}”；能对应到 2021 版的数据已保留，其余列为未读`,
  },
  OTHER_SINGLE_ROW: {
    severity: 'warning',
    message: (p) =>
      `表三“（六）其他处理”为单行（2019 版格式），合计 ${str(p['values'])} 无法拆分到 1–3 项，这三行列为未读`,
  },
  SECTION_MISSING: { severity: 'warning', message: (p) => `未找到“${str(p['heading'])}”部分` },
  TABLE_MISSING: { severity: 'warning', message: (p) => `未找到${str(p['table'])}（${str(p['cells'])} 个单元格均未读）` },
  DUPLICATE_ROW: { severity: 'warning', message: (p) => `“${str(p['label'])}”出现了不止一次，只取第一次的数值` },
  UNPLACED_VALUES: { severity: 'warning', message: (p) => `有一行数值未能对应到任何行标签：${str(p['values'])}` },
  COLUMNS_UNKNOWN: {
    severity: 'warning',
    message: (p) => `“${str(p['label'])}”一行的数值（${str(p['values'])}）少于栏数，又无法确定各在哪一栏，未读`,
  },
  BLANK_CELLS: { severity: 'info', message: (p) => `${str(p['count'])} 个单元格为空白（或“/”“—”），按 0 读取` },
  ALL_BLANK: { severity: 'warning', message: () => '所有表格单元格均为空白：这可能是空白模板，而不是已填写的报告' },
  TITLE_NOT_FOUND: { severity: 'info', message: () => '未找到报告标题' },
  AGENCY_NOT_FOUND: { severity: 'warning', message: () => '未能从标题或落款中读出报告机关' },
  YEAR_NOT_FOUND: { severity: 'warning', message: () => '未能读出报告年度' },
  DATE_NOT_FOUND: { severity: 'info', message: () => '文末未找到成文日期' },
  AGENCY_DIFFERS: {
    severity: 'info',
    message: (p) => `标题中的机关“${str(p['title'])}”与落款“${str(p['signature'])}”不同，采用落款`,
  },
  PLACEHOLDER_TEXT: { severity: 'warning', message: (p) => `“${str(p['heading'])}”仍是模板占位文字“${str(p['text'])}”` },
  TRAILING_TEXT: { severity: 'info', message: (p) => `文末日期之后的 ${str(p['count'])} 段文字不属于报告正文，未导入` },
  IGNORED_TEXT: { severity: 'info', message: (p) => `表格部分中的文字未导入：“${str(p['text'])}”` },
  PDF_ENCRYPTED: { severity: 'error', message: () => 'PDF 已加密（设有打开密码），无法读取；请提供未加密的文件' },
  LIMIT_INPUT_BYTES: {
    severity: 'error',
    message: (p) => `文件大小 ${str(p['actual'])} 字节，超过导入上限 ${str(p['limit'])} 字节，未读取`,
  },
  LIMIT_TEXT_CHARS: {
    severity: 'error',
    message: (p) => `文本有 ${str(p['actual'])} 个字符，超过导入上限 ${str(p['limit'])} 个，未读取`,
  },
  LIMIT_ZIP_ENTRIES: {
    severity: 'error',
    message: (p) => `Word 文件（zip）含 ${str(p['actual'])} 个部件，超过上限 ${str(p['limit'])} 个，未读取`,
  },
  LIMIT_ZIP_INFLATED: {
    severity: 'error',
    message: (p) => `Word 文件解压后超过 ${str(p['limit'])} 字节（已解压 ${str(p['actual'])} 字节时停止），未读取`,
  },
  LIMIT_LINE_CHARS: {
    severity: 'warning',
    message: (p) =>
      `${str(p['count'])} 处文字（行、段落或表格单元格）超过 ${str(p['limit'])} 个字符（最长 ${str(p['actual'])} 个），未读取；单元格过长的表格整个未读取`,
  },
  LIMIT_TABLE_CELLS: {
    severity: 'warning',
    message: (p) =>
      `${str(p['count'])} 个表格展开合并单元格后超出单元格上限 ${str(p['limit'])} 个（最大 ${str(p['actual'])} 个），未读取`,
  },
  LIMIT_DEPTH: {
    severity: 'warning',
    message: (p) => `网页元素嵌套超过 ${str(p['limit'])} 层（${str(p['count'])} 处），更深的内容并入第 ${str(p['limit'])} 层读取`,
  },
  LIMIT_PDF_PAGES: {
    severity: 'warning',
    message: (p) => `PDF 共 ${str(p['actual'])} 页，超过上限 ${str(p['limit'])} 页，其后各页未读取`,
  },
} as const satisfies Record<string, NoteSpec>;

/** A note code. */
export type ImportNoteCode = keyof typeof IMPORT_NOTES;

/** A note before its message is made. */
export interface NoteDraft {
  readonly code: ImportNoteCode;
  readonly params?: Params;
  readonly path?: readonly (string | number)[];
  readonly where?: Where;
}

/**
 * Makes the note of a draft: its severity and Chinese message from the code table.
 * @example makeNote({ code: 'SECTION_MISSING', params: { heading: '五、存在的主要问题及改进情况' } }).message
 */
export function makeNote(draft: NoteDraft): ImportNote {
  const spec: NoteSpec = IMPORT_NOTES[draft.code];
  const params = draft.params ?? {};
  return {
    code: draft.code,
    severity: spec.severity,
    message: spec.message(params),
    ...(draft.path ? { path: draft.path } : {}),
    ...(draft.where ? { where: draft.where } : {}),
    ...(draft.params ? { params: draft.params } : {}),
  };
}
