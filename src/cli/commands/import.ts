import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { countIssues } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import type { ImportResult } from '../../import/index.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError, type CommandIO, type ExitCode } from '../command.js';
import { ASSUMPTION_CODES, ASSUMPTIONS, assumptionOption } from '../../import/assumptions.js';
import { importMany } from '../import/many.js';
import { importChoices, type ImportChoices } from '../import/options.js';
import { importLines, type ImportValidation } from '../import/report-lines.js';
import { DEFAULT_MAX_IMPORT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic } from '../io.js';
import { refuseOutputsThatAreInputs } from '../same-file.js';
import { cliText, say } from '../messages/index.js';
import { envelope, jsonText, printJson, terminalSafe } from '../output.js';

/** What `--json` prints under `data` for one file. */
interface ImportData {
  readonly file: string;
  readonly kind: ImportResult['kind'];
  readonly edition: ImportResult['edition'];
  readonly complete: boolean;
  readonly output?: string;
  /** The report, when it was not written to a file. */
  readonly report?: ImportResult['report'];
  readonly cells: ImportResult['cells'];
  readonly unread: ImportResult['unread'];
  readonly labels: ImportResult['labels'];
  readonly notes: ImportResult['notes'];
  readonly validation?: ImportValidation;
}

const inputLimit = maxInputOption(DEFAULT_MAX_IMPORT_BYTES);

/** `zfxxgk import <file>` or `zfxxgk import <folder|glob…> -o <folder>`: published reports back into the canonical JSON. */
export const importCommand = defineCommand({
  name: 'import',
  usage:
    'import <文件|目录|通配符…> [-o report.json|-|输出目录] [--assume 假设,…] [--kind text|docx|html|pdf|xlsx] [--encoding gbk] [--lang zh|en] [--force] [--json]',
  usageEn:
    'import <files|folders|globs…> [-o report.json|-|output-folder] [--assume choice,…] [--kind text|docx|html|pdf|xlsx] [--encoding gbk] [--force] [--json]',
  help: [
    '读取已发布的年度报告（从 Word 提取的文本、.docx、网页、PDF）或填好的 Excel 表格模板，按格式中的正式标签找出每个表格单元格，',
    '写出标准 JSON，并列出每个单元格的出处、未能读取的单元格和与格式不同的标签。数值按原样保留：',
    '原文总计错误的，导入后仍是错误，由校验指出。不联网，结果确定。',
    'Reads a published report back into the canonical JSON, placing every table cell by its official label, and',
    'lists where each cell was found, what could not be read and which labels differ from the format.',
    '',
    '页面本身不能确定的常见情形，可用 --assume 明确选择（可重复或用逗号分隔），每个按假设填入的单元格都在导入报告中注明：',
    'settle the common cases the page does not, explicitly (each cell so filled is listed with the choice):',
    // Each choice as the importer describes it, in both languages.
    ...ASSUMPTION_CODES.map(
      (code) => `  ${assumptionOption(code).padEnd(21)} ${ASSUMPTIONS[code].zh} / ${ASSUMPTIONS[code].en}`,
    ),
    '',
    '给出目录、通配符或多个文件时，逐个导入到 -o 指定的目录（按输入的目录结构，扩展名改为 .json），显示进度，',
    '先写临时文件再改名；已存在的输出不覆盖（--force 覆盖）；最后写出汇总 zfxxgk-import-summary.json 和 .csv，',
    '说明每个文件是完整、完整（含推断的单元格）还是不完整（未读单元格数）。',
    'With a folder, a glob or several files, each is imported into the -o folder, with progress, atomic writes,',
    'existing outputs kept unless --force, and a summary (JSON and CSV): complete, complete with inferred cells,',
    'or incomplete with the count of unread cells.',
    '',
    '示例 / example:',
    '  zfxxgk import 2024年报.pdf -o report.json',
    '  zfxxgk import page.html --encoding gbk --json',
    '  zfxxgk import 年报.xlsx -o report.json   （zfxxgk template --xlsx 的表格 / a filled template）',
    '  zfxxgk import 年报/ -o 导入/ --assume single-row-to-other',
    '',
    '导入一个文件且不给 -o 时，报告 JSON 写到标准输出，摘要写到标准错误。',
    '退出码：0 完整导入；1 有未读内容或文件不是年度报告；2 用法或文件读写问题；130 被中断。 / exit code: 0 imported complete; 1 something unread, or not an annual report; 2 usage or file problems; 130 interrupted.',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    assume: { type: 'string', multiple: true },
    kind: { type: 'string' },
    encoding: { type: 'string' },
    lang: { type: 'string' },
    force: { type: 'boolean' },
    'follow-symlinks': { type: 'boolean' },
    json: { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    output:
      '写出的 JSON 文件（- 或不给为标准输出）；导入多个文件时为输出目录 / the report file (- or none: standard output), or the output folder for many files',
    assume: '对页面不能确定的情形所作的选择（见上） / choices for what the page does not settle (see above)',
    kind: '输入类型 text|docx|html|pdf|xlsx（默认按扩展名和内容判断） / kind of input (guessed by default)',
    encoding: '文本或网页的编码，如 gbk（默认自动判断） / text encoding (detected by default)',
    lang: '说明文字的语言 zh|en（默认 zh；代码和参数不变） / language of notes, reasons and issues (codes and params do not change)',
    force: '导入多个文件时覆盖已存在的输出 / overwrite existing outputs when importing many files',
    'follow-symlinks': '也读取目录中指向目录之外的符号链接 / follow symbolic links that lead out of the folder',
    json: '以 JSON 输出导入报告 / print the JSON envelope',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError(cliText('importNeedsInput'));
    const choices = importChoices(values, io.lang);
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_IMPORT_BYTES);
    const many =
      positionals.length > 1 ||
      /[*?]/.test(positionals[0]!) ||
      (positionals[0] !== '-' && isFolder(resolve(io.cwd, positionals[0]!)));
    if (many) {
      if (!values.output) throw new UsageError(cliText('importManyNeedsOut'));
      if (values.output === '-') throw new UsageError(cliText('folderNotStdout', { option: '-o' }));
      if (positionals.includes('-')) throw new UsageError(cliText('importManyNoStdin'));
      return importMany(positionals, values.output, choices, io, {
        maxBytes,
        force: values.force === true,
        followSymlinks: values['follow-symlinks'] === true,
        json: values.json === true,
      });
    }
    // `-o -` is standard output, as no -o is.
    const output = values.output === '-' ? undefined : values.output;
    return importOne(positionals[0]!, choices, io, { maxBytes, output, json: values.json === true });
  },
});

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** One file: the report to `-o` or standard output, the summary beside it. */
async function importOne(
  file: string,
  choices: ImportChoices,
  io: CommandIO,
  options: { maxBytes: number; output: string | undefined; json: boolean },
): Promise<ExitCode> {
  const { output } = options;
  if (output) await refuseOutputsThatAreInputs([output], [file], io.cwd);
  const { bytes } = await readInput(file, io, options.maxBytes);
  // The importer (and pdfjs with it) is loaded only when this command runs.
  const { importReport } = await import('../../import/index.js');
  const { lang } = choices;
  const result = await importReport(bytes, { ...choices, ...(file === '-' ? {} : { fileName: file }) });
  const fatal = result.notes.some((n) => n.severity === 'error');
  const checked = fatal ? undefined : validate(result.report, { lang });
  const validation = checked
    ? { ok: checked.ok, counts: countIssues(checked.issues), issues: checked.issues }
    : undefined;
  if (!fatal && output) await writeAtomic(resolve(io.cwd, output), `${JSON.stringify(result.report, null, 2)}\n`);
  const exit: ExitCode = fatal || !result.complete ? EXIT.reportErrors : EXIT.ok;
  if (options.json) {
    const data: ImportData = {
      file,
      kind: result.kind,
      edition: result.edition,
      complete: result.complete,
      ...(output && !fatal ? { output } : { report: result.report }),
      cells: result.cells,
      unread: result.unread,
      labels: result.labels,
      notes: result.notes,
      ...(validation ? { validation } : {}),
    };
    printJson(io, envelope('import', exit, data));
    return exit;
  }
  const toStdout = !output && !fatal;
  if (toStdout) io.stdout.write(`${jsonText(result.report)}\n`);
  const summary = toStdout ? io.stderr : io.stdout;
  for (const line of importLines(file, result, validation, summary, io.env, lang)) summary.write(`${line}\n`);
  if (output && !fatal) summary.write(`${say(lang, 'wroteFile', { file: terminalSafe(output) })}\n`);
  return exit;
}
