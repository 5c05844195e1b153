import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { countIssues, validate } from '../../index.js';
import { priorValidation } from '../../validate.js';
import { defaultConcurrency, MAX_CONCURRENCY } from '../batch/concurrency.js';
import { createProgress } from '../batch/progress.js';
import { excludedText, expandInputs, type BatchInput } from '../batch/inputs.js';
import { planOutputs, refuseCollisions, type PlannedOutput } from '../batch/plan.js';
import { writeSummary, type BatchRecord, type BatchStatus, type BatchSummary } from '../batch/summary.js';
import { defineCommand, EXIT, UsageError } from '../command.js';
import { formatNamed, openRenderers, OUTPUT_FORMATS, templateOptions } from '../formats.js';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic } from '../io.js';
import { envelope, painter, printJson, terminalSafe } from '../output.js';
import { isSetupError, renderTimeoutText, timeoutMs, userErrorOf } from '../user-errors.js';
import { RenderTimeoutError } from '../../pdf/browser/errors.js';

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const batchCommand = defineCommand({
  name: 'batch',
  usage:
    'batch <目录|通配符|文件…> --out 输出目录 [--format pdf,html] [--concurrency N] [--force] [--draft] [--timeout 秒] [--follow-symlinks]',
  help: [
    '逐个检查报告，没有错误的生成 PDF/HTML，有错误的列出问题；一个文件出错不影响其他文件。整个批次只启动一个浏览器。输出先写临时文件再改名，中断不会留下半个文件；再次运行时跳过比报告新的输出（--force 强制重做）。最后在输出目录写出汇总 zfxxgk-summary.json 和 zfxxgk-summary.csv。--draft 把有错误的报告也生成为草稿（每种格式都带水印、末尾列出问题），它们仍算作有错误。Ctrl-C 会停下并说明已完成的部分。',
    'Validates each report and renders the valid ones; one failure never stops the others. One browser for the whole run; outputs written atomically; a rerun skips outputs newer than their input unless --force; a summary (JSON and CSV) of every report is written to the output folder. --draft also renders the reports with errors as drafts (still counted as invalid). Ctrl-C stops cleanly.',
    '',
    '示例 / example:',
    '  zfxxgk batch reports/ --out out/ --format pdf,html --concurrency 2',
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
    ...inputLimit.options,
  },
  optionHelp: {
    out: '输出目录（按输入的目录结构存放） / output folder',
    format: '逗号分隔：pdf、html、fragment、docx，默认 pdf / formats, default pdf',
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
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    if (!values.out) throw new UsageError('请用 --out 给出输出目录');
    if (positionals.length === 0) throw new UsageError('请给出报告所在的目录、通配符或文件');
    const formats = [
      ...new Set(
        (values.format ?? 'pdf')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean),
      ),
    ].map(formatNamed);
    if (formats.length === 0)
      throw new UsageError(`--format 应列出至少一种格式：${OUTPUT_FORMATS.map((f) => f.name).join('、')}`);
    const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY)
      throw new UsageError(`--concurrency 应为 1 到 ${MAX_CONCURRENCY} 的整数`);
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
    const outDir = resolve(io.cwd, values.out);
    const { inputs, excluded } = expandInputs(positionals, io.cwd, {
      outDir,
      followSymlinks: values['follow-symlinks'] === true,
    });
    const plan = planOutputs(inputs, formats, outDir);
    await refuseCollisions(inputs, plan, outDir, io.cwd);
    for (const e of excluded) io.stderr.write(`跳过 ${excludedText(e)}\n`);
    const limit = timeoutMs(values.timeout);
    const setup = {
      cwd: io.cwd,
      env: io.env,
      templates: templateOptions(values.templates, io.cwd),
      concurrency,
      tagged: true,
      ...(values.fonts ? { fonts: values.fonts } : {}),
      ...(limit ? { timeoutMs: limit } : {}),
    };
    const renderers = await openRenderers(formats, setup);

    const started = Date.now();
    const records: BatchRecord[] = inputs.map((i) => ({
      file: i.shown,
      status: 'interrupted',
      counts: { error: 0, warning: 0, info: 0 },
      outputs: [],
    }));
    const progress = createProgress(io.stderr, io.env, io.quiet);
    const tally: Record<string, number> = {};
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
        lang: io.lang ?? 'zh',
        limits: { maxInputBytes: maxBytes },
      });
      const head = (validation.report ?? priorValidation(validation)?.value) as
        | { agency?: unknown; year?: unknown }
        | null
        | undefined;
      if (typeof head?.agency === 'string') record.agency = head.agency;
      if (typeof head?.year === 'number') record.year = head.year;
      record.counts = countIssues(validation.issues);
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
      if (!values.force && fresh.every(Boolean)) {
        if (validation.ok) record.status = 'skipped';
        record.outputs = targets.map((t) => relative(io.cwd, t.path));
        return;
      }
      let attempts = 1;
      for (const target of targets) {
        const result = await renderers
          .get(target.format.name)!
          .render(validation, { draft: values.draft === true, signal: io.signal });
        await writeAtomic(target.path, result.body);
        record.outputs.push(relative(io.cwd, target.path));
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
              ? renderTimeoutText(record.file, error.timeoutMs)
              : error instanceof Error
                ? error.message
                : String(error);
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

    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
    } finally {
      progress.finish();
      await renderers.close();
    }

    const totals = Object.fromEntries(
      (['rendered', 'skipped', 'invalid', 'failed', 'interrupted'] as BatchStatus[]).map((s) => [
        s,
        records.filter((r) => r.status === s).length,
      ]),
    ) as Record<BatchStatus, number>;
    const stats = renderers.stats();
    const summary: BatchSummary = {
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      interrupted: io.signal.aborted,
      totals,
      ...(excluded.length > 0 ? { excluded } : {}),
      ...(stats ? { browser: { launches: stats.launches, restarts: stats.restarts, retries: stats.retries } } : {}),
      reports: records,
    };
    const written = await writeSummary(outDir, summary);
    if (fatal !== undefined) throw userErrorOf(fatal) ?? fatal;
    const files = { json: relative(io.cwd, written.json), csv: relative(io.cwd, written.csv) };
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
  },
});

function printHuman(
  summary: BatchSummary,
  files: { json: string; csv: string },
  io: Parameters<typeof batchCommand.run>[1],
): void {
  const paint = painter(io.stdout, io.env);
  const t = summary.totals;
  for (const r of summary.reports) {
    if (r.status === 'invalid') {
      const drafts = r.outputs.length > 0 ? `；已生成草稿 ${terminalSafe(r.outputs.join('、'))}` : '';
      io.stdout.write(
        `${paint.red('有错误')}  ${terminalSafe(r.file)}：${r.counts.error} 个错误，首个：${terminalSafe(r.issues?.find((i) => i.severity === 'error')?.message ?? '')}${drafts}\n`,
      );
    }
    if (r.status === 'failed')
      io.stdout.write(
        `${paint.red('失败')}    ${terminalSafe(r.file)}：${terminalSafe(r.reason ?? '', { keepNewlines: true })}\n`,
      );
  }
  // --quiet: the reports that went wrong (above) and nothing else.
  if (io.quiet) return;
  const retried = summary.reports.filter((r) => r.retried).length;
  io.stdout.write(
    `${summary.interrupted ? paint.yellow('已中断') : '完成'}：共 ${summary.reports.length} 份，生成 ${t.rendered}，跳过（已是最新）${t.skipped}，有错误 ${t.invalid}，失败 ${t.failed}${t.interrupted ? `，未完成 ${t.interrupted}` : ''}${retried ? `，其中 ${retried} 份在浏览器崩溃后重试成功` : ''}；用时 ${summary.seconds.toFixed(1)} 秒\n`,
  );
  io.stdout.write(`汇总：${terminalSafe(files.json)}、${terminalSafe(files.csv)}\n`);
}
