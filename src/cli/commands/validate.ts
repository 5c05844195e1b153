import { countIssues, type Issue } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError, type ExitCode } from '../command.js';
import {
  DEFAULT_MAX_INPUT_BYTES,
  maxInputBytes,
  maxInputOption,
  peekHeader,
  readInput,
  type InputFile,
} from '../io.js';
import { countsText, envelope, issueLines, painter, printJson, terminalSafe } from '../output.js';
import { checkFixUsage, fixReport } from '../fix.js';
import { excludedText } from '../batch/inputs.js';
import { expandReportArgs, refuseStdinTwice } from '../report-args.js';
import { cliText, say } from '../messages/index.js';
import { loadProfiles } from '../profiles.js';

interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly agency?: string;
  readonly year?: number;
  readonly counts?: { error: number; warning: number; info: number };
  readonly issues?: readonly Issue[];
  readonly error?: { code: string; message: string };
}

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const validateCommand = defineCommand({
  name: 'validate',
  usage:
    'validate <文件…> [--previous 上年报告.json] [--lenient] [--profile 名称|模块路径] [--fix -o 补全.json] [--json]',
  usageEn:
    'validate <files…> [--previous last-year.json] [--lenient] [--profile name|module path] [--fix -o fixed.json] [--json]',
  help: [
    '逐个检查报告文件（JSON 或 YAML，- 表示标准输入；目录和通配符如 reports/ "reports/**/*.json" 按 batch 的方式展开），列出所有问题，用表格、行、列的正式名称指明位置。',
    'Checks each report file (JSON or YAML, - for standard input; folders and globs expanded as batch does) and lists every issue by its table, row and column.',
    '',
    '示例 / example:',
    '  zfxxgk validate examples/gongbujiangda-2023.json',
    '  zfxxgk validate 2024.json --previous 2023.json',
    '  zfxxgk validate reports/',
    '  zfxxgk validate 2024.json --fix -o 2024-fixed.json',
    '  zfxxgk validate 2025.json --profile wuwei-2025',
    '',
    '--fix：把由明细格计算出的总计、小计写进一份副本（-o 给出，- 为标准输出），并列出补填了哪些格；报告有错误时不写任何文件。',
    '--fix writes a copy with every derived total filled in and lists the cells it filled; nothing is written when the report has errors.',
    '',
    '退出码：0 全部通过；1 有报告存在错误；2 用法或文件读写问题。 / exit code: 0 every report passed; 1 a report has errors; 2 usage or file problems.',
  ].join('\n'),
  options: {
    previous: { type: 'string' },
    lenient: { type: 'boolean' },
    fix: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
    profile: { type: 'string', multiple: true },
    ...inputLimit.options,
  },
  optionHelp: {
    previous: '上年报告，用于跨年度检查（上年结转、现行有效件数） / last year’s report, for the cross-year checks',
    lenient: '宽松读取手工录入的单元格（" 0"、"/"、"—"、全角数字） / read hand-typed cells leniently',
    fix: '写出补全了总计的副本（需 -o，只一个文件） / write a copy with the derived totals (needs -o)',
    output: '--fix 的输出文件，- 为标准输出 / where --fix writes, - for standard output',
    json: '以 JSON 输出 / print the JSON envelope',
    profile:
      '地方规则：内置名称（wuwei-2025、huaihua-2021）或模块路径，可重复 / local rule profile: a shipped id or a module path; repeatable',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError(cliText('needReports'));
    const mode = values.lenient ? 'lenient' : 'strict';
    const lang = io.lang ?? 'zh';
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
    const { files, excluded } = expandReportArgs(positionals, io.cwd, values.output);
    checkFixUsage(values.fix, values.output, files.length, values.json);
    refuseStdinTwice([...files, ...(values.previous === undefined ? [] : [values.previous])]);
    if (!values.json)
      for (const e of excluded) io.stderr.write(`${say(lang, 'skipped', { what: excludedText(e, lang) })}\n`);
    const profiles = await loadProfiles(values.profile, io.cwd);
    let previous: unknown;
    if (values.previous) previous = (await readInput(values.previous, io, maxBytes)).bytes;
    if (values.fix) {
      const fix = { file: files[0]!, output: values.output!, mode, maxBytes, json: values.json } as const;
      return fixReport(previous === undefined ? fix : { ...fix, previous }, io);
    }
    const results: FileResult[] = [];
    for (const file of files) {
      let input: InputFile;
      try {
        input = await readInput(file, io, maxBytes);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        results.push({ file, ok: false, error: { code: error.code, message: error.messageIn(lang) } });
        continue;
      }
      const result = validate(input.bytes, {
        mode,
        lang,
        limits: { maxInputBytes: maxBytes },
        ...(previous === undefined ? {} : { previous }),
        ...(profiles.length > 0 ? { profiles } : {}),
      });
      const parsed = result.report ?? peekHeader(input.text);
      results.push({
        file,
        ok: result.ok,
        ...(typeof parsed?.agency === 'string' ? { agency: parsed.agency } : {}),
        ...(typeof parsed?.year === 'number' ? { year: parsed.year } : {}),
        counts: countIssues(result.issues),
        issues: result.issues,
      });
    }
    const exit: ExitCode = results.some((r) => r.error)
      ? EXIT.usage
      : results.some((r) => !r.ok)
        ? EXIT.reportErrors
        : EXIT.ok;
    if (values.json)
      printJson(io, envelope('validate', exit, { files: results, ...(excluded.length ? { excluded } : {}) }));
    else printHuman(results, io);
    return exit;
  },
});

function printHuman(results: readonly FileResult[], io: Parameters<typeof validateCommand.run>[1]): void {
  const paint = painter(io.stdout, io.env);
  const lang = io.lang ?? 'zh';
  for (const r of results) {
    if (io.quiet && !r.error && r.ok) continue;
    if (r.error) {
      // The message already says what failed (`无法读取 a.json：文件或目录不存在`): printed once.
      io.stdout.write(`${paint.red(terminalSafe(r.error.message))}\n`);
      continue;
    }
    const who = [
      r.agency === undefined ? undefined : terminalSafe(r.agency),
      r.year === undefined ? undefined : say(lang, 'yearOf', { year: r.year }),
    ]
      .filter(Boolean)
      .join(' ');
    const verdict = r.ok ? paint.green(say(lang, 'passed')) : paint.red(say(lang, 'notPassed'));
    const line = say(lang, 'fileVerdict', {
      file: paint.bold(terminalSafe(r.file)),
      who,
      verdict,
      counts: countsText(r.counts!, lang),
    });
    io.stdout.write(`${line}\n`);
    for (const line of issueLines(r.issues ?? [], io.stdout, io.env, lang)) io.stdout.write(`${line}\n`);
  }
  if (results.length > 1 && !io.quiet) {
    const passed = results.filter((r) => r.ok).length;
    io.stdout.write(`\n${say(lang, 'filesVerdict', { files: results.length, passed })}\n`);
  }
}
