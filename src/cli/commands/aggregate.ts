import { resolve } from 'node:path';
import { aggregateTables } from '../../model/aggregate.js';
import { canonicalOrder } from '../../model/canonical.js';
import { countIssues } from '../../issues/issue.js';
import { CURRENT_EDITION } from '../../format/editions.js';
import { validate } from '../../validate.js';
import { aggregateYear, exclusionReason } from '../../model/aggregate-members.js';
import { parseSource } from '../../read/source.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import {
  DEFAULT_MAX_INPUT_BYTES,
  maxInputBytes,
  maxInputOption,
  peekHeader,
  readInput,
  writeAtomic,
  writeStdout,
} from '../io.js';
import { cliText, say as words } from '../messages/index.js';
import { fileIdentity, refuseOutputsThatAreInputs } from '../same-file.js';
import { countsText, envelope, painter, printJson, terminalSafe } from '../output.js';
import { excludedText } from '../batch/inputs.js';
import { expandReportArgs, refuseStdinTwice } from '../report-args.js';

interface Member {
  readonly file: string;
  readonly included: boolean;
  readonly agency?: string;
  readonly year?: number;
  /** Why it was left out, in the language chosen. */
  readonly reason?: string;
  /** Why it was left out, as a value: no year could be read, another year, errors, the same file again. */
  readonly excludedFor?: 'unreadable' | 'otherYear' | 'errors' | 'duplicate';
  readonly counts?: { error: number; warning: number; info: number };
  /** Set when this is a file already named (by another name, a link, or the same name): counted once. */
  readonly duplicateOf?: string;
}

/**
 * The files named, each once: a file named again (the same name, `./` before it, a symbolic or
 * hard link) is left out and listed with the name it was first given.
 */
async function distinctFiles(
  files: readonly string[],
  cwd: string,
): Promise<{ unique: string[]; duplicates: { file: string; duplicateOf: string }[] }> {
  const seen = new Map<string, string>();
  const unique: string[] = [];
  const duplicates: { file: string; duplicateOf: string }[] = [];
  for (const file of files) {
    const id = file === '-' ? undefined : await fileIdentity(resolve(cwd, file));
    const first = id === undefined ? undefined : seen.get(id);
    if (first !== undefined) duplicates.push({ file, duplicateOf: first });
    else {
      if (id !== undefined) seen.set(id, file);
      unique.push(file);
    }
  }
  return { unique, duplicates };
}

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const aggregateCommand = defineCommand({
  name: 'aggregate',
  usage: 'aggregate <文件…> -o 汇总.json|- [--agency 名称] [--year 年度] [--include-invalid]',
  usageEn: 'aggregate <files…> -o summary.json|- [--agency name] [--year year] [--include-invalid]',
  help: [
    '把同一年度多份报告（如各部门）的表二、表三、表四逐格相加，写出一份汇总报告的框架（总计自动计算，文字部分留空待写）。有错误的报告列出并排除，除非加 --include-invalid（按宽松方式读取其明细格，不用其总计）。',
    'Sums tables 二, 三 and 四 of many reports of one year into the skeleton of one report (totals derived, narrative left to write). Reports with errors are listed and left out unless --include-invalid.',
    '',
    '示例 / example:',
    '  zfxxgk aggregate reports/*.json -o summary.json --agency 某市各部门汇总',
    '  zfxxgk aggregate reports/ -o summary.json   # 目录和通配符按 batch 的方式展开 / folders and globs as batch',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    agency: { type: 'string' },
    year: { type: 'string' },
    'include-invalid': { type: 'boolean' },
    json: { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    output: '输出文件，- 为标准输出 / output file, - for standard output',
    agency: '汇总报告的机关名称，默认“汇总” / agency of the summary',
    year: '只汇总这一年度，默认各报告共同的年度 / the year to sum',
    'include-invalid': '也计入有错误的报告 / include reports with errors',
    json: '以 JSON 输出 / print the JSON envelope',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    const lang = io.lang ?? 'zh';
    if (positionals.length === 0) throw new UsageError(cliText('aggregateNeedsInputs'));
    if (!values.output) throw new UsageError(cliText('aggregateNeedsOutput'));
    // `-o -`: the summary report to standard output, what is said about it to standard error.
    const toStdout = values.output === '-';
    if (toStdout && values.json) throw new UsageError(cliText('jsonWithStdout'));
    const out = toStdout ? io.stderr : io.stdout;
    // The summary being written is never taken from a folder or glob (a second run would count it).
    const { files, excluded: skipped } = expandReportArgs(positionals, io.cwd, toStdout ? undefined : values.output);
    refuseStdinTwice(files);
    if (!values.json)
      for (const e of skipped) io.stderr.write(`${words(lang, 'skipped', { what: excludedText(e, lang) })}\n`);
    if (!toStdout) await refuseOutputsThatAreInputs([values.output], files, io.cwd);
    const { unique, duplicates } = await distinctFiles(files, io.cwd);
    const read: {
      file: string;
      value: unknown;
      ok: boolean;
      agency?: string;
      year?: number;
      firstError?: string;
      counts: { error: number; warning: number; info: number };
    }[] = [];
    for (const file of unique) {
      const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
      const { text, bytes } = await readInput(file, io, maxBytes);
      const strict = validate(bytes, { lang, limits: { maxInputBytes: maxBytes } });
      const lenient = strict.ok
        ? strict
        : validate(bytes, { mode: 'lenient', lang, limits: { maxInputBytes: maxBytes } });
      // A report with errors (counted only with --include-invalid) contributes the cells it has.
      const raw = parseSource(text);
      const value: unknown = lenient.report ?? (raw.ok ? raw.value : undefined);
      const { agency, year } = lenient.report ?? peekHeader(text);
      read.push({
        file,
        value,
        ok: strict.ok,
        ...(typeof agency === 'string' ? { agency } : {}),
        ...(typeof year === 'number' ? { year } : {}),
        counts: countIssues(strict.issues),
        ...(strict.ok ? {} : { firstError: strict.issues.find((i) => i.severity === 'error')?.message }),
      });
    }
    const candidates = read.map((r) => ({ ...r, errors: r.counts.error }));
    const { year, years } = aggregateYear(candidates, values.year !== undefined ? Number(values.year) : undefined);
    if (year === undefined || !Number.isInteger(year)) {
      throw new UsageError(years.length > 1 ? cliText('aggregateYears', { years }) : cliText('aggregateNoYear'));
    }
    const members: Member[] = candidates.map((r) => {
      const base = {
        file: r.file,
        counts: r.counts,
        ...(r.agency ? { agency: r.agency } : {}),
        ...(r.year !== undefined ? { year: r.year } : {}),
      };
      // A file with no year to read (a JSON syntax error, say) is left out for what is wrong with it.
      const noYear = r.firstError ?? words(lang, 'aggregateErrors', { errors: r.counts.error });
      const left = exclusionReason(r, year, values['include-invalid'] === true, noYear);
      if (left === undefined) return { ...base, included: true };
      // exclusionReason decides and words it in Chinese; the same facts are worded here in the language chosen.
      const excludedFor = r.year === undefined ? 'unreadable' : r.year !== year ? 'otherYear' : 'errors';
      const reason =
        excludedFor === 'unreadable'
          ? noYear
          : excludedFor === 'otherYear'
            ? words(lang, 'aggregateOtherYear', { year: r.year!, wanted: year })
            : words(lang, 'aggregateErrors', { errors: r.counts.error });
      return { ...base, included: false, reason, excludedFor };
    });
    for (const d of duplicates)
      members.push({
        file: d.file,
        included: false,
        duplicateOf: d.duplicateOf,
        reason: words(lang, 'aggregateDuplicate', { file: d.duplicateOf }),
        excludedFor: 'duplicate',
      });
    const included = read.filter((_, i) => members[i]!.included).map((r) => r.value);
    if (included.length === 0) throw new UsageError(cliText('aggregateNone'));
    const summary = aggregateTables(CURRENT_EDITION, included, { agency: values.agency ?? '汇总', year });
    const body = `${JSON.stringify(canonicalOrder(CURRENT_EDITION, summary), null, 2)}\n`;
    if (toStdout) await writeStdout(io.stdout, body);
    else await writeAtomic(resolve(io.cwd, values.output), body);
    const excluded = members.filter((m) => !m.included);
    if (values.json)
      printJson(
        io,
        envelope('aggregate', EXIT.ok, {
          written: values.output,
          year,
          members,
          ...(skipped.length ? { excluded: skipped } : {}),
        }),
      );
    else {
      const paint = painter(out, io.env);
      // --quiet: only the reports left out, each with why.
      if (!io.quiet) {
        const file = toStdout ? words(lang, 'standardOutput') : terminalSafe(values.output);
        const counts = { included: included.length, excluded: excluded.length };
        out.write(`${words(lang, 'aggregateWritten', { file, year, ...counts })}\n`);
      }
      for (const m of io.quiet ? excluded : members) {
        const mark = m.included ? paint.green(words(lang, 'included')) : paint.yellow(words(lang, 'excluded'));
        const why = m.reason
          ? terminalSafe(m.reason)
          : m.counts && !m.counts.error
            ? undefined
            : countsText(m.counts!, lang);
        const line = words(lang, 'aggregateMember', {
          mark,
          file: terminalSafe(m.file),
          ...(m.agency ? { agency: terminalSafe(m.agency) } : {}),
          ...(why ? { why } : {}),
        });
        out.write(`${line}\n`);
      }
      if (!io.quiet) out.write(`${words(lang, 'aggregateNext')}\n`);
    }
    return EXIT.ok;
  },
});
