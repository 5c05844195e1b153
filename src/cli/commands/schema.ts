import { resolve } from 'node:path';
import { CURRENT_FORMAT, EDITIONS } from '../../format/editions.js';
import { reportJsonSchema } from '../../model/json-schema.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { writeAtomic } from '../io.js';
import { cliText } from '../messages/index.js';
import { jsonText, printJson, terminalSafe } from '../output.js';

export const schemaCommand = defineCommand({
  name: 'schema',
  usage: `schema [--format ${CURRENT_FORMAT}] [-o 文件|-]`,
  usageEn: `schema [--format ${CURRENT_FORMAT}] [-o file|-]`,
  help: [
    '输出报告文件的 JSON Schema（draft 2020-12），供其他语言的系统检查文件结构。勾稽关系无法用 JSON Schema 表达，请用 zfxxgk validate 检查。',
    'Prints the JSON Schema (draft 2020-12) of a report file. The table arithmetic cannot be expressed in JSON Schema; use zfxxgk validate.',
    '',
    '示例 / example:',
    '  zfxxgk schema > report.schema.json',
    '  zfxxgk schema -o report.schema.json',
  ].join('\n'),
  options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  optionHelp: {
    format: `格式版本，默认 ${CURRENT_FORMAT} / edition, default ${CURRENT_FORMAT}`,
    output: '输出文件，默认（或 -）为标准输出 / output file; standard output by default or with -',
  },
  async run({ values }, io) {
    const format = values.format ?? CURRENT_FORMAT;
    if (!EDITIONS.some((e) => e.format === format)) {
      throw new UsageError(
        cliText('unknownEdition', { given: terminalSafe(format), editions: EDITIONS.map((e) => e.format) }),
      );
    }
    const output = values.output ?? '-';
    if (output === '-') printJson(io, reportJsonSchema(format));
    else await writeAtomic(resolve(io.cwd, output), `${jsonText(reportJsonSchema(format))}\n`);
    return EXIT.ok;
  },
});
