import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CURRENT_EDITION, EDITIONS } from '../../format/editions.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { writeAtomic, writeStdout } from '../io.js';
import { cliText, say as words } from '../messages/index.js';
import { envelope, printJson, terminalSafe } from '../output.js';

/** `zfxxgk template --xlsx`: the blank workbook of tables 二, 三 and 四 for collecting numbers in Excel or WPS. */
export const templateCommand = defineCommand({
  name: 'template',
  usage: 'template --xlsx [-o 年报.xlsx|-] [--format 2021] [--force] [--json]',
  usageEn: 'template --xlsx [-o file.xlsx|-] [--format 2021] [--force] [--json]',
  help: [
    '写出空白的 Excel 表格：表二、表三、表四按正式格式排列（合并单元格同官方模板），标签锁定（工作表保护，无密码），',
    '数值格可填写并有数据验证（件数为不小于 0 的整数，收费金额为不小于 0 的数），总计、小计为公式；',
    '第一张工作表填写报告机关和年度。填好后用 zfxxgk import 读回标准 JSON。',
    'Writes the blank spreadsheet of tables 二, 三 and 四 in the official layout: labels locked (sheet protection',
    'without a password), value cells open with data validation, totals as formulas. Read it back with zfxxgk import.',
    '',
    '示例 / example:',
    '  zfxxgk template --xlsx -o 年报.xlsx',
    '  zfxxgk import 年报.xlsx -o report.json',
  ].join('\n'),
  options: {
    xlsx: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    xlsx: 'Excel 表格（.xlsx），目前唯一的模板类型 / an .xlsx workbook (the one kind of template so far)',
    output:
      '输出文件，默认“年报.xlsx”；- 为标准输出（不写到终端） / output file (default 年报.xlsx), - for standard output (not a terminal)',
    format: `格式版本，默认 ${CURRENT_EDITION.format} / edition`,
    force: '覆盖已有文件 / overwrite an existing file',
    json: '以 JSON 输出 / print the JSON envelope',
  },
  async run({ values }, io) {
    const lang = io.lang ?? 'zh';
    if (!values.xlsx) throw new UsageError(cliText('templateKind'));
    const spec = values.format === undefined ? CURRENT_EDITION : EDITIONS.find((e) => e.format === values.format);
    if (!spec)
      throw new UsageError(
        cliText('unknownEdition', { given: terminalSafe(values.format!), editions: EDITIONS.map((e) => e.format) }),
      );
    const output = values.output ?? '年报.xlsx';
    // `-o -`: the workbook to standard output, for a pipe or a file it is redirected to; a terminal
    // would show the bytes as garbage, so there it is refused.
    const toStdout = output === '-';
    if (toStdout && values.json) throw new UsageError(cliText('jsonWithStdout'));
    if (toStdout && io.stdout.isTTY)
      throw new UsageError(cliText('binaryToTerminal', { what: words(lang, 'templateWorkbook') }));
    if (!toStdout && !/\.xlsx$/i.test(output))
      throw new UsageError(cliText('templateEnding', { file: terminalSafe(output) }));
    const path = resolve(io.cwd, output);
    if (!toStdout && existsSync(path) && !values.force)
      throw new UsageError(cliText('exists', { file: terminalSafe(output) }), 'EXISTS');
    // ExcelJS is loaded only when a workbook is made.
    const { xlsxTemplate } = await import('../../xlsx/renderer.js');
    const workbook = await xlsxTemplate(spec);
    if (toStdout) await writeStdout(io.stdout, workbook);
    else await writeAtomic(path, workbook);
    if (values.json) printJson(io, envelope('template', EXIT.ok, { written: output, format: spec.format }));
    else if (!io.quiet) {
      const say = toStdout ? io.stderr : io.stdout;
      const file = toStdout ? words(lang, 'standardOutput') : terminalSafe(output);
      say.write(`${words(lang, 'templateWritten', { file, format: spec.format })}\n`);
      say.write(`${words(lang, 'templateNext')}\n`);
    }
    return EXIT.ok;
  },
});
