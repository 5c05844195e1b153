import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalOrder } from '../../model/canonical.js';
import { createSkeleton } from '../../model/skeleton.js';
import { CURRENT_EDITION } from '../../format/editions.js';
import { nextYearSkeleton } from '../../model/next-year.js';
import { validate } from '../../validate.js';
import { AGENCY_KINDS } from '../../model/agency-kind.js';
import type { AgencyKind } from '../../model/types.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic, writeStdout } from '../io.js';
import { cliText, say as words } from '../messages/index.js';
import { refuseOutputsThatAreInputs } from '../same-file.js';
import { withoutTotals } from '../derived-cells.js';
import { countsText, envelope, issueLines, printJson, terminalSafe } from '../output.js';
import { countIssues } from '../../issues/issue.js';

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const initCommand = defineCommand({
  name: 'init',
  usage:
    'init --agency 机关名称 [--year 年度] [--from 上年报告.json] [--kind department|government|township] [-o 文件|-] [--force]',
  usageEn:
    'init --agency name [--year year] [--from last-year.json] [--kind department|government|township] [-o file|-] [--force]',
  help: [
    '写出一份新报告：六个部分和表格的每个明细格都在（数字为 0），总计、小计不写（由 validate 计算），总体情况预置五个方面的小标题。给出 --from 时，上年的“四、结转下年度继续办理”填入本年“二、上年结转”，现行有效件数沿用上年数。',
    'Writes a new report with every section and detail cell present (counts 0), totals left out (validate derives them), and the five overview sub-headings. With --from, last year’s 结转下年度 becomes this year’s 上年结转 and 现行有效件数 is carried forward.',
    '',
    '示例 / example:',
    '  zfxxgk init --agency 工布江达县人民政府 --year 2024 --from examples/gongbujiangda-2023.json -o 2024.json',
  ].join('\n'),
  options: {
    agency: { type: 'string' },
    year: { type: 'string' },
    from: { type: 'string' },
    kind: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    agency: '报告机关（给出 --from 时默认沿用上年） / agency',
    year: '报告年度（默认上年报告的下一年，或今年的前一年） / reporting year',
    from: '上年报告，结转数沿用 / last year’s report to carry over from',
    kind: '机关类型：department 部门、government 县级以上人民政府、township 乡镇街道 / kind of agency',
    output:
      '输出文件，默认“机关名称-年度.json”，- 为标准输出 / output file (default agency-year.json), - for standard output',
    force: '覆盖已有文件 / overwrite an existing file',
    json: '以 JSON 输出 / print the JSON envelope',
    ...inputLimit.help,
  },
  async run({ values }, io) {
    const lang = io.lang ?? 'zh';
    let year: number | undefined;
    if (values.year !== undefined) {
      year = Number(values.year);
      if (!Number.isInteger(year) || year < 2008 || year > 2100)
        throw new UsageError(cliText('yearValue', { option: '--year', given: terminalSafe(values.year) }));
    }
    const kind = values.kind as AgencyKind | undefined;
    if (kind !== undefined && !Object.hasOwn(AGENCY_KINDS, kind))
      throw new UsageError(cliText('kindValue', { kinds: Object.keys(AGENCY_KINDS) }));
    // `-o -` writes the report to standard output; what is said about it goes to standard error.
    const toStdout = values.output === '-';
    if (toStdout && values.json) throw new UsageError(cliText('jsonWithStdout'));
    const say = toStdout ? io.stderr : io.stdout;
    let report: Record<string, unknown>;
    if (values.from) {
      const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
      const last = validate((await readInput(values.from, io, maxBytes)).bytes, {
        limits: { maxInputBytes: maxBytes },
      });
      if (!last.ok) {
        if (values.json) printJson(io, envelope('init', EXIT.reportErrors, { from: values.from, issues: last.issues }));
        else {
          const counts = countsText(countIssues(last.issues), lang);
          say.write(`${words(lang, 'initFromInvalid', { file: terminalSafe(values.from), counts })}\n`);
          for (const line of issueLines(last.issues, say, io.env, lang)) say.write(`${line}\n`);
        }
        return EXIT.reportErrors;
      }
      report = nextYearSkeleton(CURRENT_EDITION, last.report, {
        ...(values.agency ? { agency: values.agency } : {}),
        ...(year ? { year } : {}),
      });
    } else {
      if (!values.agency) throw new UsageError(cliText('initNeedsAgency'));
      report = createSkeleton(CURRENT_EDITION, {
        agency: values.agency,
        year: year ?? new Date().getFullYear() - 1,
      });
    }
    // Totals are left out: validate derives them, and a total written as 0 would be an error as
    // soon as the clerk fills in a detail cell under it.
    withoutTotals(CURRENT_EDITION, report);
    if (kind) report['agencyKind'] = kind;
    // The five areas of 一、总体情况, as sub-headings to write under.
    report['overview'] = (CURRENT_EDITION.topics.overview ?? []).map((t) => ({
      heading: `${t.title}情况`,
      paragraphs: [],
    }));
    const output = values.output ?? `${String(report['agency'])}-${String(report['year'])}.json`;
    const path = resolve(io.cwd, output);
    const body = `${JSON.stringify(canonicalOrder(CURRENT_EDITION, report), null, 2)}\n`;
    if (toStdout) await writeStdout(io.stdout, body);
    else {
      if (values.from) await refuseOutputsThatAreInputs([output], [values.from], io.cwd);
      if (existsSync(path) && !values.force)
        throw new UsageError(cliText('exists', { file: terminalSafe(output) }), 'EXISTS');
      await writeAtomic(path, body);
    }
    if (values.json)
      printJson(io, envelope('init', EXIT.ok, { written: output, agency: report['agency'], year: report['year'] }));
    else if (!io.quiet) {
      const written = {
        file: toStdout ? words(lang, 'standardOutput') : terminalSafe(output),
        agency: terminalSafe(String(report['agency'])),
        year: Number(report['year']),
        ...(values.from ? { from: terminalSafe(values.from) } : {}),
      };
      say.write(`${words(lang, 'initWritten', written)}\n`);
      say.write(`${words(lang, 'initNext')}\n`);
    }
    return EXIT.ok;
  },
});
