import { CURRENT_FORMAT, EDITIONS } from '../../format/editions.js';
import { reportJsonSchema } from '../../model/json-schema.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { printJson } from '../output.js';

export const schemaCommand = defineCommand({
  name: 'schema',
  usage: `schema [--format ${CURRENT_FORMAT}]`,
  help: [
    '输出报告文件的 JSON Schema（draft 2020-12），供其他语言的系统检查文件结构。勾稽关系无法用 JSON Schema 表达，请用 zfxxgk validate 检查。',
    'Prints the JSON Schema (draft 2020-12) of a report file. The table arithmetic cannot be expressed in JSON Schema; use zfxxgk validate.',
    '',
    '示例 / example:',
    '  zfxxgk schema > report.schema.json',
  ].join('\n'),
  options: { format: { type: 'string' } },
  optionHelp: { format: `格式版本，默认 ${CURRENT_FORMAT} / edition, default ${CURRENT_FORMAT}` },
  async run({ values }, io) {
    const format = values.format ?? CURRENT_FORMAT;
    if (!EDITIONS.some((e) => e.format === format)) {
      throw new UsageError(`未知的格式版本 ${format}，可用：${EDITIONS.map((e) => e.format).join('、')}`);
    }
    printJson(io, reportJsonSchema(format));
    return EXIT.ok;
  },
});
