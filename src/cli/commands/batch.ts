import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { countIssues } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import { priorValidation } from '../../validate.js';
import { defaultConcurrency, MAX_CONCURRENCY } from '../batch/concurrency.js';
import { createProgress } from '../batch/progress.js';
import { batchKey, digestOfFile, keyOptionsOf, sha256Hex } from '../batch/digests.js';
import { excludedText, expandInputs, type BatchInput } from '../batch/inputs.js';
import { planOutputs, refuseCollisions, SUMMARY_FILES, type PlannedOutput } from '../batch/plan.js';
import { shardInputs, shardOf, shardSummaryFiles } from '../batch/shard.js';
import { writeSummary, type BatchRecord, type BatchStatus, type BatchSummary } from '../batch/summary.js';
import { openRoster, rosterText, tablesOf } from '../batch/roster-run.js';
import { batchRoster, writeRoster, type BatchRead } from '../batch/roster-output.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { formatNamed, openRenderers, OUTPUT_FORMATS, templateOptions } from '../formats.js';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic } from '../io.js';
import { envelope, painter, printJson, terminalSafe } from '../output.js';
import { isSetupError, messageOf, renderTimeoutText, timeoutMs, userErrorOf } from '../user-errors.js';
import { cliText, say, sayText } from '../messages/index.js';
import { RenderTimeoutError } from '../../pdf/browser/errors.js';
import type { CopyInput } from '../../copies/types.js';
import { compareBatch } from '../batch/copies.js';
import { loadProfiles } from '../profiles.js';

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const batchCommand = defineCommand({
  name: 'batch',
  usage:
    'batch <目录|通配符|文件…> --out 输出目录 [--format pdf,html] [--concurrency N] [--force] [--draft] [--timeout 秒] [--follow-symlinks] [--shard i/n] [--roster 名单.csv [--year 年度]] [--profile 名称|模块路径] [--no-copies]',
  usageEn:
    'batch <folders|globs|files…> --out output-folder [--format pdf,html] [--concurrency N] [--force] [--draft] [--timeout seconds] [--follow-symlinks] [--shard i/n] [--roster roster.csv [--year year]] [--profile name|module path] [--no-copies]',
  help: [
    '逐个检查报告，没有错误的生成 PDF/HTML，有错误的列出问题；一个文件出错不影响其他文件。整个批次只启动一个浏览器。输出先写临时文件再改名，中断不会留下半个文件；再次运行时跳过比报告新的输出（--force 强制重做）。全部报告检查完后比较各机关报告的正文，列出与其他机关雷同的段落（格式规定的标题和多数报告共有的文字不计）和与本机关上一年度相同的表格（--no-copies 不比较）。最后在输出目录写出汇总 zfxxgk-summary.json、zfxxgk-summary.csv 和供阅读的 zfxxgk-summary.html。--roster 给出应报送单位名单（CSV），列出未报送、名单外和重复报送的单位，并把声明为汇总（rollup）的报告逐格与所属单位报告之和比对，另写 zfxxgk-roster.json 和 zfxxgk-roster.csv。--draft 把有错误的报告也生成为草稿（每种格式都带水印、末尾列出问题），它们仍算作有错误。Ctrl-C 会停下并说明已完成的部分。',
    'Validates each report and renders the valid ones; one failure never stops the others. One browser for the whole run; outputs written atomically; a rerun skips outputs newer than their input unless --force; the narratives of different agencies are compared for copied paragraphs, and each agency’s tables with its year before (--no-copies skips this); a summary (JSON, CSV and an HTML page) of every report is written to the output folder. --roster checks the reports against the units expected to report (missing, extra, duplicate) and compares roll-up reports with the sum over their units (zfxxgk-roster.json and .csv). --draft also renders the reports with errors as drafts (still counted as invalid). Ctrl-C stops cleanly.',
    '',
    '示例 / example:',
    '  zfxxgk batch reports/ --out out/ --format pdf,html --concurrency 2',
    '  zfxxgk batch reports/ --out out/ --shard 2/3    # 三台机器分担，本机做第 2 份 / one third of the list',
    '  zfxxgk batch reports/ --out out/ --roster units.csv --year 2023',
  ].join('\n'),
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    concurrency: { type: 'string' },
    force: { type: 'boolean' },
    draft: { type: 'boolean' },
    'follow-symlinks': { type: 'boolean' },
    lenient: { type: 'boolean' },
    fonts: { type: 'string' },
    templates: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    shard: { type: 'string' },
    'shard-total': { type: 'string' },
    roster: { type: 'string' },
    year: { type: 'string' },
    'roster-encoding': { type: 'string' },
    profile: { type: 'string', multiple: true },
    'no-copies': { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    out: '输出目录（按输入的目录结构存放） / output folder',
    format: '逗号分隔：pdf、html、fragment、docx、xlsx，默认 pdf / formats, default pdf',
    concurrency:
      '同时生成的份数，默认为处理器核数加一（双核机器上为 3，实测最佳） / renders at once, default cores + 1',
    force: '重新生成已是最新的输出 / redo outputs that are up to date',
    draft: '有错误的报告生成草稿（仍算有错误） / render reports with errors as drafts',
    'follow-symlinks': '也读取目录中指向目录之外的符号链接 / follow symbolic links that lead out of the folder',
    lenient: '宽松读取手工录入的单元格 / read hand-typed cells leniently',
    fonts: '字体目录（同 render） / font folder',
    templates: '模板目录（同 render） / templates folder',
    timeout: '每份 PDF 的生成时限（秒），默认 30 / time limit of each PDF render in seconds, default 30',
    json: '以 JSON 输出汇总 / print the summary as the JSON envelope',
    shard:
      '只处理第 i 份（共 n 份，从 1 起）：按输出名排序后取第 i、i+n、… 份报告，各机器结果相同；汇总写作 zfxxgk-summary.i-of-n.* / render one shard of the list',
    'shard-total':
      '总份数，序号取自 JOB_COMPLETION_INDEX（Kubernetes Indexed Job，从 0 起）；也可用环境变量 ZFXXGK_SHARD_TOTAL / shard total for JOB_COMPLETION_INDEX',
    roster: '应报送单位名单 CSV（列：name、kind、parent、aliases、rollup） / roster of the units expected to report',
    year: '与名单核对的报告年度，默认多数报告的年度 / the year checked against the roster',
    'roster-encoding': '名单文件的编码，如 gbk（默认 UTF-8） / encoding of the roster file',
    profile: '地方规则（同 validate），可重复 / local rule profile, as for validate; repeatable',
    'no-copies': '不比较各报告的雷同文字和沿用的表格 / do not look for copied text and repeated tables',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    const lang = io.lang ?? 'zh';
    if (!values.out) throw new UsageError(cliText('batchNeedsOut'));
    // One `-` cannot stand for a folder of outputs, nor for many reports.
    if (values.out === '-') throw new UsageError(cliText('folderNotStdout', { option: '--out' }));
    if (positionals.length === 0) throw new UsageError(cliText('batchNeedsInputs'));
    if (positionals.includes('-')) throw new UsageError(cliText('noStdin', { command: 'batch' }));
    const formats = [
      ...new Set(
        (values.format ?? 'pdf')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
      ),
    ].map(formatNamed);
    if (formats.length === 0)
      throw new UsageError(cliText('batchNeedsFormat', { names: OUTPUT_FORMATS.map((f) => f.name) }));
    const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY)
      throw new UsageError(
        cliText('integerValue', {
          option: '--concurrency',
          min: 1,
          max: MAX_CONCURRENCY,
          given: terminalSafe(values.concurrency ?? ''),
        }),
      );
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
    const outDir = resolve(io.cwd, values.out);
    const { inputs: listed, excluded } = expandInputs(positionals, io.cwd, {
      outDir,
      followSymlinks: values['follow-symlinks'] === true,
    });
    const shard = shardOf(values.shard, values['shard-total'], io.env, (text) =>
      io.stderr.write(`${sayText(lang, text)}\n`),
    );
    // Collisions are looked for in the whole list: two reports on one path may fall in two shards.
    await refuseCollisions(listed, planOutputs(listed, formats, outDir), outDir, io.cwd);
    const inputs = shard ? shardInputs(listed, shard) : listed;
    const plan = planOutputs(inputs, formats, outDir);
    for (const e of excluded) io.stderr.write(`${say(lang, 'skipped', { what: excludedText(e, lang) })}\n`);
    // A shard holds part of the list: every unit whose report is in another shard would be listed as missing.
    if (values.roster && shard) throw new UsageError(cliText('rosterWithShard'));
    if (!values.roster && (values.year !== undefined || values['roster-encoding'] !== undefined))
      throw new UsageError(cliText('rosterOptionsAlone'));
    // The roster is read before anything is rendered: a mistake in it stops the batch at once.
    const roster = values.roster
      ? await openRoster(values.roster, values['roster-encoding'], values.year, io)
      : undefined;
    const limit = timeoutMs(values.timeout);
    // No more renders at once than reports: each is a page, a renderer process to start.
    const workers = Math.max(1, Math.min(concurrency, inputs.length));
    const setup = {
      cwd: io.cwd,
      env: io.env,
      templates: templateOptions(values.templates, io.cwd),
      concurrency: workers,
      tagged: true,
      ...(values.fonts ? { fonts: values.fonts } : {}),
      ...(limit ? { timeoutMs: limit } : {}),
      notice: (line: string) => io.stderr.write(`${line}\n`),
      quiet: io.quiet === true,
      lang,
    };
    const profiles = await loadProfiles(values.profile, io.cwd);
    const renderers = await openRenderers(formats, setup);
    const keyOptions = keyOptionsOf(setup.templates);

    const started = Date.now();
    // With a roster, what the roster and roll-up checks read of each report (the report itself when valid).
    const reads: BatchRead[] = [];
    const records: BatchRecord[] = inputs.map((i) => ({
      file: i.shown,
      status: 'interrupted',
      counts: { error: 0, warning: 0, info: 0 },
      outputs: [],
      digests: [],
    }));
    const progress = createProgress(io.stderr, io.env, io.quiet);
    const tally: Record<string, number> = {};
    // Each report as read, for the comparison across the batch once all are checked.
    const read: (CopyInput | undefined)[] = [];
    const slotOf = new Map(records.map((r, i) => [r, i]));
    let done = 0;
    let next = 0;
    // A browser that cannot start fails every report alike: the batch stops at the first.
    let fatal: unknown;

    const processOne = async (
      input: BatchInput,
      targets: readonly PlannedOutput[],
      record: BatchRecord,
    ): Promise<void> => {
      const { bytes } = await readInput(input.path, io, maxBytes);
      // Validated once here; every renderer is handed this result and does not validate again.
      const validation = validate(bytes, {
        mode: values.lenient ? 'lenient' : 'strict',
        lang,
        limits: { maxInputBytes: maxBytes },
        ...(profiles.length > 0 ? { profiles } : {}),
      });
      if (!values['no-copies']) {
        const value = validation.report ?? priorValidation(validation)?.value;
        if (value !== undefined) read[slotOf.get(record)!] = { id: record.file, report: value };
      }
      const head = (validation.report ?? priorValidation(validation)?.value) as
        | { agency?: unknown; year?: unknown }
        | null
        | undefined;
      if (typeof head?.agency === 'string') record.agency = head.agency;
      if (typeof head?.year === 'number') record.year = head.year;
      record.counts = countIssues(validation.issues);
      if (roster)
        reads.push({
          file: record.file,
          agency: record.agency,
          year: record.year,
          report: tablesOf(validation.report),
        });
      if (!validation.ok) {
        record.status = 'invalid';
        record.issues = validation.issues;
        if (!values.draft) return;
      }
      const source = (await stat(input.path)).mtimeMs;
      const fresh = await Promise.all(
        targets.map((t) =>
          stat(t.path).then(
            (s) => s.mtimeMs >= source,
            () => false,
          ),
        ),
      );
      const drawn = validation.report ?? priorValidation(validation)?.value;
      const keyOf = (format: string) => batchKey(drawn, format, !validation.ok, lang, keyOptions);
      if (!values.force && fresh.every(Boolean)) {
        if (validation.ok) record.status = 'skipped';
        record.outputs = targets.map((t) => relative(io.cwd, t.path));
        for (const t of targets) {
          const [sha256, key] = await Promise.all([digestOfFile(t.path), keyOf(t.format.name)]);
          record.digests.push({ file: relative(io.cwd, t.path), format: t.format.name, sha256, key });
        }
        return;
      }
      let attempts = 1;
      for (const target of targets) {
        const result = await renderers
          .get(target.format.name)!
          .render(validation, { draft: values.draft === true, signal: io.signal });
        await writeAtomic(target.path, result.body);
        record.outputs.push(relative(io.cwd, target.path));
        record.digests.push({
          file: relative(io.cwd, target.path),
          format: target.format.name,
          sha256: sha256Hex(result.body),
          key: await keyOf(target.format.name),
        });
        attempts = Math.max(attempts, result.extras.attempts ?? 1);
        if (result.extras.pages !== undefined) record.pages ??= result.extras.pages;
      }
      record.attempts = attempts;
      record.retried = attempts > 1;
      // A draft is written but stays listed as invalid: it cannot be published.
      if (validation.ok) record.status = 'rendered';
    };

    const worker = async () => {
      while (!io.signal.aborted && fatal === undefined && next < inputs.length) {
        const index = next++;
        const record = records[index]!;
        try {
          await processOne(inputs[index]!, plan[index]!, record);
        } catch (error) {
          if (isSetupError(error)) {
            fatal ??= error;
            record.status = 'interrupted';
            continue;
          }
          record.status = io.signal.aborted ? 'interrupted' : 'failed';
          record.reason =
            error instanceof RenderTimeoutError
              ? renderTimeoutText(record.file, error.timeoutMs, lang)
              : messageOf(error, lang);
        }
        done++;
        tally[record.status] = (tally[record.status] ?? 0) + 1;
        progress.update(
          {
            done,
            total: inputs.length,
            file: record.file,
            status: record.status,
            ...(record.reason ? { detail: record.reason } : {}),
          },
          tally,
        );
      }
    };

    const failed = await Promise.all(Array.from({ length: workers }, worker)).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    progress.finish();
    // Chromium shuts down (some tens of ms) while the summaries are made and written.
    const closing = renderers.close();
    if (failed) {
      await closing;
      throw failed.error;
    }
    try {
      const totals = Object.fromEntries(
        (['rendered', 'skipped', 'invalid', 'failed', 'interrupted'] as BatchStatus[]).map((s) => [
          s,
          records.filter((r) => r.status === s).length,
        ]),
      ) as Record<BatchStatus, number>;
      const copies = values['no-copies'] ? undefined : compareBatch(read, records, lang);
      const stats = renderers.stats();
      const summary: BatchSummary = {
        startedAt: new Date(started).toISOString(),
        seconds: (Date.now() - started) / 1000,
        interrupted: io.signal.aborted,
        ...(shard ? { shard: { ...shard, listed: listed.length } } : {}),
        totals,
        ...(excluded.length > 0 ? { excluded } : {}),
        ...(stats ? { browser: { launches: stats.launches, restarts: stats.restarts, retries: stats.retries } } : {}),
        reports: records,
        // An interrupted batch has not read every report: its roster would list units as missing that are not.
        ...(roster && !io.signal.aborted && fatal === undefined
          ? { roster: batchRoster(roster.file, roster.units, reads, { year: roster.year, lang: lang }) }
          : {}),
        ...(copies ? { copies } : {}),
      };
      // The page names each side by its agency and file, and shows the longest paragraph they share.
      const copiedOnPage = summary.copies?.pairs.map((p) => ({
        a: `${p.a.agency}（${records[p.a.index]?.file ?? ''}）`,
        b: `${p.b.agency}（${records[p.b.index]?.file ?? ''}）`,
        share: p.share,
        paragraph: p.paragraph.text,
      }));
      const written = await writeSummary(
        outDir,
        summary,
        copiedOnPage ? { copies: copiedOnPage } : {},
        shardSummaryFiles(SUMMARY_FILES, shard),
      );
      const rosterFiles = summary.roster ? await writeRoster(outDir, summary.roster) : undefined;
      if (fatal !== undefined) throw userErrorOf(fatal) ?? fatal;
      const files = {
        json: relative(io.cwd, written.json),
        csv: relative(io.cwd, written.csv),
        html: relative(io.cwd, written.html),
        ...(rosterFiles
          ? { rosterJson: relative(io.cwd, rosterFiles.json), rosterCsv: relative(io.cwd, rosterFiles.csv) }
          : {}),
      };
      // A report that could not be rendered (3) is told apart from one with errors (1).
      const exit = io.signal.aborted
        ? EXIT.interrupted
        : totals.failed > 0
          ? EXIT.cannotRender
          : totals.invalid > 0
            ? EXIT.reportErrors
            : EXIT.ok;
      if (values.json) printJson(io, envelope('batch', exit, { ...summary, summaryFiles: files }));
      else printHuman(summary, files, io);
      return exit;
    } finally {
      await closing;
    }
  },
});

function printHuman(
  summary: BatchSummary,
  files: { json: string; csv: string; html: string; rosterJson?: string; rosterCsv?: string },
  io: Parameters<typeof batchCommand.run>[1],
): void {
  const paint = painter(io.stdout, io.env);
  const lang = io.lang ?? 'zh';
  const colon = lang === 'zh' ? '：' : ': ';
  const t = summary.totals;
  for (const r of summary.reports) {
    if (r.status === 'invalid') {
      const first = terminalSafe(r.issues?.find((i) => i.severity === 'error')?.message ?? '');
      const drafts = r.outputs.map((o) => terminalSafe(o));
      const line = say(lang, 'invalidLine', { file: terminalSafe(r.file), errors: r.counts.error, first, drafts });
      io.stdout.write(`${paint.red(say(lang, 'invalidLabel'))}  ${line}\n`);
    }
    if (r.status === 'failed')
      io.stdout.write(
        `${paint.red(say(lang, 'failedLabel'))}    ${terminalSafe(r.file)}${colon}${terminalSafe(r.reason ?? '', { keepNewlines: true })}\n`,
      );
  }
  // --quiet: the reports that went wrong (above) and nothing else.
  if (io.quiet) return;
  const retried = summary.reports.filter((r) => r.retried).length;
  const state = summary.interrupted ? paint.yellow(say(lang, 'interrupted')) : say(lang, 'done');
  const totals = { ...t, reports: summary.reports.length, retried, seconds: summary.seconds.toFixed(1) };
  io.stdout.write(`${say(lang, 'batchTotals', { state, ...totals })}\n`);
  if (summary.copies && summary.copies.pairs.length > 0) {
    const pairs = summary.copies.pairs.length;
    io.stdout.write(`${paint.yellow(say(lang, 'copiesLabel'))}${colon}${say(lang, 'copiesHead', { pairs })}\n`);
    for (const p of summary.copies.pairs.slice(0, 10)) {
      const pair = {
        a: terminalSafe(p.a.id ?? p.a.agency),
        b: terminalSafe(p.b.id ?? p.b.agency),
        percent: Math.round(p.share * 100),
        paragraphs: p.a.paragraphs,
      };
      io.stdout.write(`${say(lang, 'copiesPair', pair)}\n`);
    }
  }
  if (summary.shard) io.stdout.write(`${say(lang, 'shardLine', summary.shard)}\n`);
  if (summary.roster) io.stdout.write(rosterText(summary.roster, io.stdout, io.env, lang));
  const written = [files.json, files.csv, files.html, files.rosterJson, files.rosterCsv]
    .filter((f) => f !== undefined)
    .map((f) => terminalSafe(f));
  io.stdout.write(`${say(lang, 'summaryFiles', { files: written })}\n`);
}
