/** The words of `import`: its options, the summary of one import, and the run over many files. */
import { clerk, dev } from './kit.js';

/** How a place in the source is named: page, line, paragraph, sheet, table cell. */
export interface WhereParts {
  readonly page?: number;
  readonly x?: number;
  readonly y?: number;
  readonly line?: number;
  readonly paragraph?: number;
  readonly sheet?: string;
  readonly cell?: string;
  readonly table?: number;
  readonly row?: number;
  readonly column?: number;
}

/** What one import read, counted. */
export interface ImportCounts {
  readonly file: string;
  readonly kind: 'text' | 'docx' | 'html' | 'pdf' | 'xlsx';
  readonly edition: string;
  readonly read: number;
  readonly total: number;
  readonly inferred: number;
  readonly assumed: number;
  readonly verdict: string;
}

const KIND = {
  zh: { text: '文本', docx: 'Word', html: '网页', pdf: 'PDF', xlsx: 'Excel' },
  en: { text: 'text', docx: 'Word', html: 'web page', pdf: 'PDF', xlsx: 'Excel' },
} as const;

/** Messages of `zfxxgk import`. */
export const IMPORT_MESSAGES = {
  importNeedsInput: dev(
    () => '请给出一个要导入的文件（- 表示标准输入），或目录、通配符',
    () => 'give a file to import (- for standard input), or folders and globs',
  ),
  importManyNeedsOut: dev(
    () => '导入多个文件时请用 -o 给出输出目录',
    () => 'give the output folder with -o when importing many files',
  ),
  importManyNoStdin: dev(
    () => '导入多个文件时不能读标准输入（-）',
    () => 'standard input (-) cannot be one of many files to import',
  ),
  importKindValue: dev<{ kinds: readonly string[]; given: string }>(
    (p) => `--kind 应为 ${p.kinds.join('、')} 之一，实为 ${p.given}`,
    (p) => `--kind takes one of ${p.kinds.join(', ')}, not ${p.given}`,
  ),
  importLangValue: dev<{ langs: readonly string[]; given: string }>(
    (p) => `--lang 应为 ${p.langs.join('、')} 之一，实为 ${p.given}`,
    (p) => `--lang takes one of ${p.langs.join(', ')}, not ${p.given}`,
  ),
  importEncoding: dev<{ given: string }>(
    (p) => `不认识的编码：${p.given}`,
    (p) => `unknown encoding: ${p.given}`,
  ),
  importAssume: dev<{ names: readonly string[]; given: string }>(
    (p) => `--assume 应为 ${p.names.join('、')} 之一，实为 ${p.given}`,
    (p) => `--assume takes one of ${p.names.join(', ')}, not ${p.given}`,
  ),
  where: clerk<WhereParts>(
    (w) =>
      [
        w.page !== undefined ? `第 ${w.page} 页${w.x !== undefined ? ` (${w.x}, ${w.y})` : ''}` : '',
        w.line !== undefined ? `第 ${w.line} 行` : '',
        w.paragraph !== undefined ? `第 ${w.paragraph} 段` : '',
        w.sheet !== undefined ? `工作表 ${w.sheet}${w.cell ? ` ${w.cell}` : ''}` : '',
        w.page === undefined && w.line === undefined && w.table !== undefined
          ? `表格 ${w.table} 第 ${w.row} 行第 ${w.column} 列`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    (w) =>
      [
        w.page !== undefined ? `page ${w.page}${w.x !== undefined ? ` (${w.x}, ${w.y})` : ''}` : '',
        w.line !== undefined ? `line ${w.line}` : '',
        w.paragraph !== undefined ? `paragraph ${w.paragraph}` : '',
        w.sheet !== undefined ? `sheet ${w.sheet}${w.cell ? ` ${w.cell}` : ''}` : '',
        w.page === undefined && w.line === undefined && w.table !== undefined
          ? `table ${w.table} row ${w.row} column ${w.column}`
          : '',
      ]
        .filter(Boolean)
        .join(', '),
  ),
  importHead: clerk<ImportCounts>(
    (p) =>
      `${p.file}（${KIND.zh[p.kind]}，${p.edition} 版表格）：读取 ${p.read}/${p.total} 个单元格，${p.inferred > 0 ? `推断 ${p.inferred} 个，` : ''}${p.assumed > 0 ? `按假设填入 ${p.assumed} 个，` : ''}${p.verdict}`,
    (p) =>
      `${p.file} (${KIND.en[p.kind]}, tables of ${p.edition}): ${p.read}/${p.total} cells read, ${p.inferred > 0 ? `${p.inferred} inferred, ` : ''}${p.assumed > 0 ? `${p.assumed} filled by assumption, ` : ''}${p.verdict}`,
  ),
  complete: clerk(
    () => '完整',
    () => 'complete',
  ),
  incomplete: clerk(
    () => '不完整',
    () => 'incomplete',
  ),
  inferredHead: clerk<{ count: number }>(
    (p) => `  推断的单元格 ${p.count} 个（原文未单独印出，由页面确定）：`,
    (p) => `  ${p.count} cell(s) inferred (not printed on their own; the page settles them):`,
  ),
  assumedHead: clerk<{ count: number }>(
    (p) => `  按所选假设填入的单元格 ${p.count} 个（页面未确定，由 --assume 决定）：`,
    (p) => `  ${p.count} cell(s) filled by the assumptions chosen (the page does not settle them; --assume did):`,
  ),
  labelsHead: clerk<{ count: number }>(
    (p) => `  与格式不同的标题或标签 ${p.count} 处：`,
    (p) => `  ${p.count} heading(s) or label(s) differ from the format:`,
  ),
  unreadHead: clerk<{ count: number }>(
    (p) => `未读单元格 ${p.count} 个`,
    (p) => `${p.count} cell(s) unread`,
  ),
  checked: clerk<{ counts: string }>(
    (p) => `  校验：${p.counts}`,
    (p) => `  checked: ${p.counts}`,
  ),
  statusComplete: clerk(
    () => '完整',
    () => 'complete',
  ),
  statusInferred: clerk<{ inferred: number; assumed: number }>(
    (p) =>
      `完整（${[p.inferred ? `推断 ${p.inferred} 个单元格` : '', p.assumed ? `按假设填入 ${p.assumed} 个` : ''].filter(Boolean).join('，')}）`,
    (p) =>
      `complete (${[p.inferred ? `${p.inferred} cell(s) inferred` : '', p.assumed ? `${p.assumed} filled by assumption` : ''].filter(Boolean).join(', ')})`,
  ),
  statusIncomplete: clerk<{ unread: number }>(
    (p) => (p.unread ? `不完整（未读 ${p.unread} 个单元格）` : '不完整（单元格均已读取，缺少章节、机关或年度）'),
    (p) =>
      p.unread
        ? `incomplete (${p.unread} cell(s) unread)`
        : 'incomplete (every cell read; a part, the agency or the year is missing)',
  ),
  statusFailed: clerk<{ reason: string }>(
    (p) => `失败：${p.reason}`,
    (p) => `failed: ${p.reason}`,
  ),
  statusKept: clerk(
    () => '输出已存在，未覆盖（--force 覆盖）',
    () => 'the output exists and was kept (--force overwrites it)',
  ),
  statusInterrupted: clerk(
    () => '已中断，未导入',
    () => 'interrupted, not imported',
  ),
  totalComplete: clerk(
    () => '完整',
    () => 'complete',
  ),
  totalInferred: clerk(
    () => '完整（含推断的单元格）',
    () => 'complete with inferred cells',
  ),
  totalIncomplete: clerk(
    () => '不完整',
    () => 'incomplete',
  ),
  totalFailed: clerk(
    () => '失败',
    () => 'failed',
  ),
  totalKept: clerk(
    () => '未覆盖',
    () => 'kept',
  ),
  totalInterrupted: clerk(
    () => '中断',
    () => 'interrupted',
  ),
  importTotals: clerk<{ files: number; counts: readonly string[]; seconds: string }>(
    (p) => `共 ${p.files} 个文件：${p.counts.join('，')}（${p.seconds} 秒）`,
    (p) => `${p.files} file(s): ${p.counts.join(', ')} (${p.seconds} s)`,
  ),
  importSummary: clerk<{ files: readonly string[] }>(
    (p) => `汇总：${p.files.join('、')}`,
    (p) => `summary: ${p.files.join(', ')}`,
  ),
} as const;
