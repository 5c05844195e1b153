import { resolve } from 'node:path';
import { countIssues, LANGS, validate, type Issue, type Lang } from '../../index.js';
import type { ImportKind, ImportResult, Where } from '../../import/index.js';
import { INFERENCE_RULES } from '../../import/inference-rules.js';
import { defineCommand, EXIT, UsageError, type CommandEnv, type ExitCode } from '../command.js';
import { DEFAULT_MAX_IMPORT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic } from '../io.js';
import { refuseOutputsThatAreInputs } from '../same-file.js';
import { countsText, envelope, issueLines, jsonText, painter, printJson, terminalSafe } from '../output.js';

const KINDS: readonly ImportKind[] = ['text', 'docx', 'html', 'pdf', 'xlsx'];
const KIND_ZH: Record<ImportKind, string> = { text: '文本', docx: 'Word', html: '网页', pdf: 'PDF', xlsx: 'Excel' };

/** What `--json` prints under `data`. */
interface ImportData {
  readonly file: string;
  readonly kind: ImportKind;
  readonly edition: ImportResult['edition'];
  readonly complete: boolean;
  readonly output?: string;
  /** The report, when it was not written to a file. */
  readonly report?: ImportResult['report'];
  readonly cells: ImportResult['cells'];
  readonly unread: ImportResult['unread'];
  readonly labels: ImportResult['labels'];
  readonly notes: ImportResult['notes'];
  readonly validation?: {
    readonly ok: boolean;
    readonly counts: ReturnType<typeof countIssues>;
    readonly issues: readonly Issue[];
  };
}

const inputLimit = maxInputOption(DEFAULT_MAX_IMPORT_BYTES);

/** `zfxxgk import <file>`: a published report (text, .docx, HTML, PDF) back into the canonical JSON. */
export const importCommand = defineCommand({
  name: 'import',
  usage: 'import <文件> [-o report.json] [--kind text|docx|html|pdf|xlsx] [--encoding gbk] [--lang zh|en] [--json]',
  help: [
    '读取已发布的年度报告（从 Word 提取的文本、.docx、网页、PDF），按格式中的正式标签找出每个表格单元格，',
    '写出标准 JSON，并列出每个单元格的出处、未能读取的单元格和与格式不同的标签。数值按原样保留：',
    '原文总计错误的，导入后仍是错误，由校验指出。不联网，结果确定。',
    'Reads a published report back into the canonical JSON, placing every table cell by its official label, and',
    'lists where each cell was found, what could not be read and which labels differ from the format.',
    '',
    '示例 / example:',
    '  zfxxgk import 2024年报.pdf -o report.json',
    '  zfxxgk import page.html --encoding gbk --json',
    '  zfxxgk import 年报.xlsx -o report.json   （zfxxgk template --xlsx 的表格 / a filled template）',
    '',
    '不给 -o 时报告 JSON 写到标准输出，摘要写到标准错误。',
    '退出码 / exit code: 0 完整导入；1 有未读内容或文件不是年度报告；2 用法或文件读写问题。',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    encoding: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    output: '写出的 JSON 文件 / where to write the report',
    kind: '输入类型 text|docx|html|pdf|xlsx（默认按扩展名和内容判断） / kind of input (guessed by default)',
    encoding: '文本或网页的编码，如 gbk（默认自动判断） / text encoding (detected by default)',
    lang: '说明文字的语言 zh|en（默认 zh；代码和参数不变） / language of notes, reasons and issues (codes and params do not change)',
    json: '以 JSON 输出导入报告 / print the JSON envelope',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个要导入的文件（- 表示标准输入）');
    const file = positionals[0]!;
    const kind = values.kind;
    if (kind !== undefined && !KINDS.includes(kind as ImportKind))
      throw new UsageError(`--kind 应为 ${KINDS.join('、')} 之一，实为 ${kind}`);
    const lang = values.lang ?? io.lang ?? 'zh';
    if (!LANGS.includes(lang as Lang)) throw new UsageError(`--lang 应为 ${LANGS.join('、')} 之一，实为 ${lang}`);
    if (values.encoding) {
      try {
        new TextDecoder(values.encoding);
      } catch {
        throw new UsageError(`不认识的编码：${values.encoding}`);
      }
    }
    if (values.output) await refuseOutputsThatAreInputs([values.output], [file], io.cwd);
    const { bytes } = await readInput(file, io, maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_IMPORT_BYTES));
    // The importer (and pdfjs with it) is loaded only when this command runs.
    const { importReport } = await import('../../import/index.js');
    const result = await importReport(bytes, {
      ...(kind ? { kind: kind as ImportKind } : {}),
      ...(file === '-' ? {} : { fileName: file }),
      ...(values.encoding ? { encoding: values.encoding } : {}),
      lang: lang as Lang,
    });
    const fatal = result.notes.some((n) => n.severity === 'error');
    const checked = fatal ? undefined : validate(result.report, { lang: lang as Lang });
    const validation = checked
      ? { ok: checked.ok, counts: countIssues(checked.issues), issues: checked.issues }
      : undefined;
    if (!fatal && values.output)
      await writeAtomic(resolve(io.cwd, values.output), `${JSON.stringify(result.report, null, 2)}\n`);
    const exit: ExitCode = fatal || !result.complete ? EXIT.reportErrors : EXIT.ok;
    if (values.json) {
      const data: ImportData = {
        file,
        kind: result.kind,
        edition: result.edition,
        complete: result.complete,
        ...(values.output && !fatal ? { output: values.output } : { report: result.report }),
        cells: result.cells,
        unread: result.unread,
        labels: result.labels,
        notes: result.notes,
        ...(validation ? { validation } : {}),
      };
      printJson(io, envelope('import', exit, data));
      return exit;
    }
    const toStdout = !values.output && !fatal;
    if (toStdout) io.stdout.write(`${jsonText(result.report)}\n`);
    const summary = toStdout ? io.stderr : io.stdout;
    for (const line of summaryLines(file, result, validation, summary, io.env)) summary.write(`${line}\n`);
    if (values.output && !fatal) summary.write(`已写入 ${terminalSafe(values.output)}\n`);
    return exit;
  },
});

/** `第 12 行`, `第 4 页 (143.0, 612.3)`, `表格 2 第 5 行第 3 列`. */
function whereText(where: Where | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.page !== undefined)
    parts.push(`第 ${where.page} 页${where.x !== undefined ? ` (${where.x}, ${where.y})` : ''}`);
  if (where.line !== undefined) parts.push(`第 ${where.line} 行`);
  if (where.paragraph !== undefined) parts.push(`第 ${where.paragraph} 段`);
  if (where.sheet !== undefined) parts.push(`工作表 ${where.sheet}${where.cell ? ` ${where.cell}` : ''}`);
  if (where.page === undefined && where.line === undefined && where.table !== undefined)
    parts.push(`表格 ${where.table} 第 ${where.row} 行第 ${where.column} 列`);
  return parts.join(' ');
}

function summaryLines(
  file: string,
  result: ImportResult,
  validation: ImportData['validation'],
  stream: { isTTY?: boolean },
  env: CommandEnv,
): string[] {
  const paint = painter(stream, env);
  const total = result.cells.length + result.unread.length;
  const inferred = result.cells.filter((c) => c.inferred);
  const verdict = result.complete ? paint.green('完整') : paint.red('不完整');
  const lines = [
    `${paint.bold(terminalSafe(file))}（${KIND_ZH[result.kind]}，${result.edition} 版表格）：读取 ${result.cells.length - inferred.length}/${total} 个单元格，${inferred.length > 0 ? `推断 ${inferred.length} 个，` : ''}${verdict}`,
  ];
  if (inferred.length > 0) {
    lines.push(`  推断的单元格 ${inferred.length} 个（原文未单独印出，由页面确定）：`);
    for (const c of inferred)
      lines.push(
        `    ${terminalSafe(c.label)} = ${c.value}：${INFERENCE_RULES[c.inferred!.rule].zh}  ${paint.dim(`[${c.inferred!.rule}]`)}`,
      );
  }
  if (result.labels.length > 0) {
    lines.push(`  与格式不同的标题或标签 ${result.labels.length} 处：`);
    for (const l of result.labels)
      lines.push(`    ${paint.dim(whereText(l.where))}  “${terminalSafe(l.found)}” → “${terminalSafe(l.canonical)}”`);
  }
  if (result.unread.length > 0) {
    lines.push(`  ${paint.red(`未读单元格 ${result.unread.length} 个`)}：`);
    for (const u of result.unread)
      lines.push(
        `    ${terminalSafe(u.label)}：${terminalSafe(u.reason)}${u.where ? paint.dim(`（${whereText(u.where)}）`) : ''}  ${paint.dim(`[${u.code}]`)}`,
      );
  }
  const severity = { error: paint.red('错误'), warning: paint.yellow('警告'), info: paint.cyan('提示') } as const;
  for (const n of result.notes)
    lines.push(
      `  ${severity[n.severity]}  ${terminalSafe(n.message)}${n.where ? paint.dim(`（${whereText(n.where)}）`) : ''}  ${paint.dim(`[${n.code}]`)}`,
    );
  if (validation) {
    lines.push(`  校验：${countsText(validation.counts)}`);
    for (const line of issueLines(
      validation.issues.filter((i) => i.severity === 'error'),
      stream,
      env,
    ))
      lines.push(`  ${line}`);
  }
  return lines;
}
