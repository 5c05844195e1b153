/** The JSON Schema of the canonical report shape, generated from the zod schemas. */
import * as z from 'zod/mini';
import { CURRENT_FORMAT, getEdition } from '../format/editions.js';
import { buildShapeSchema } from './schema.js';

/**
 * JSON Schema (draft 2020-12) of a report file of one edition, for systems in other languages.
 * It describes the shape (keys, types, ranges, official labels as descriptions); the 勾稽 rules
 * cannot be expressed in JSON Schema and are checked by `validate()` and `zfxxgk validate`.
 * @param format edition, the one in force (`CURRENT_FORMAT`) by default
 * @example JSON.stringify(reportJsonSchema(), null, 2)
 */
export function reportJsonSchema(format: string = CURRENT_FORMAT): Record<string, unknown> {
  const spec = getEdition(format);
  if (!spec) throw new RangeError(`unknown format ${JSON.stringify(format)}`);
  const schema = z.toJSONSchema(buildShapeSchema(spec), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return {
    ...schema,
    $id: `https://zfxxgk.dev/schema/report-${spec.format}.json`,
    title: `政府信息公开工作年度报告（${spec.notice}）`,
    description:
      '政府信息公开工作年度报告的规范 JSON 结构。表格的勾稽关系无法用 JSON Schema 表达，请用 zfxxgk validate 检查。',
  };
}
