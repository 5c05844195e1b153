import { resolve } from 'node:path';
import { countIssues } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import type { RenderResult } from '../../render/contract.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import {
  formatLabel,
  formatNamed,
  formatOf,
  inRegistryOrder,
  openRenderers,
  templateOptions,
  type OutputFormat,
} from '../formats.js';
import { cliText, say, type Lang } from '../messages/index.js';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, maxInputOption, readInput, writeAtomic, writeStdout } from '../io.js';
import { refuseOutputsThatAreInputs } from '../same-file.js';
import { timeoutMs, userErrorOf } from '../user-errors.js';
import { countsText, envelope, issueLines, painter, printJson, terminalSafe } from '../output.js';

/** One file written, as `--json` lists it: the same fields for every format. */
interface Written {
  readonly path: string;
  readonly format: string;
  readonly mediaType: string;
  readonly bytes: number;
  /** True when the report had errors and was drawn as a draft. */
  readonly draft: boolean;
  /** Pages, for a format laid out in pages; null otherwise. */
  readonly pages: number | null;
}

function writtenOf(path: string, format: OutputFormat, result: RenderResult): Written {
  const bytes = typeof result.body === 'string' ? Buffer.byteLength(result.body) : result.body.byteLength;
  return {
    path,
    format: format.name,
    mediaType: result.mediaType,
    bytes,
    draft: result.draft,
    pages: result.extras.pages ?? null,
  };
}

/** `已生成 out/a.pdf（PDF 草稿，8 页，264 KB）` */
function writtenLine(w: Written, format: OutputFormat, lang: Lang): string {
  const size = w.bytes >= 1024 ? `${(w.bytes / 1024).toFixed(0)} KB` : `${w.bytes} B`;
  const label = formatLabel(format, lang);
  return say(lang, 'rendered', { file: terminalSafe(w.path), label, draft: w.draft, pages: w.pages, size });
}

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const renderCommand = defineCommand({
  name: 'render',
  usage:
    'render <报告文件> -o <输出.pdf|.html|.docx|.xlsx|-> [-o …] [--format pdf|html|fragment|docx|xlsx] [--draft] [--fonts 目录] [--templates 目录] [--timeout 秒] [--allow-type3]',
  usageEn:
    'render <report file> -o <output.pdf|.html|.docx|.xlsx|-> [-o …] [--format pdf|html|fragment|docx|xlsx] [--draft] [--fonts folder] [--templates folder] [--timeout seconds] [--allow-type3]',
  help: [
    '检查报告，没有错误时生成 PDF（按 GB/T 9704 排版）、HTML 或 Word（.docx）；可多次给出 -o 一次生成多种格式。有错误的报告不生成，除非加 --draft：每种格式都标为草稿（带水印），末尾列出问题。',
    'Validates the report and renders it to PDF (laid out per GB/T 9704), HTML or Word (.docx); give -o several times for several outputs. A report with errors is refused unless --draft, which marks every output as a draft (watermarked, its issues at the end).',
    '',
    'PDF 需要 puppeteer-core：没有安装时，第一次生成 PDF 前自动用 npm 装入 ~/.cache/zfxxgk/packages（约 46 MB，一次；设 ZFXXGK_NO_INSTALL=1 则不装）。',
    'PDF needs puppeteer-core: when it is not installed, the first PDF installs it into ~/.cache/zfxxgk/packages with npm (about 46 MB, once; ZFXXGK_NO_INSTALL=1 turns this off).',
    '',
    '示例 / example:',
    '  zfxxgk render examples/gongbujiangda-2023.json -o out/report.pdf -o out/report.html',
    '  zfxxgk render draft.json -o draft.pdf --draft',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o', multiple: true },
    format: { type: 'string' },
    draft: { type: 'boolean' },
    lenient: { type: 'boolean' },
    untagged: { type: 'boolean' },
    fonts: { type: 'string' },
    'allow-type3': { type: 'boolean' },
    templates: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    ...inputLimit.options,
  },
  optionHelp: {
    output: '输出文件（.pdf、.html、.docx 或 .xlsx 表格），可多次给出 / output file, repeatable',
    format: 'pdf、html（完整网页）、fragment（可嵌入 CMS 的片段）、docx 或 xlsx（表二至表四的表格） / output format',
    draft: '有错误时生成草稿 / render a draft of a report with errors',
    lenient: '宽松读取手工录入的单元格 / read hand-typed cells leniently',
    untagged: 'PDF 不加结构标签（更快、更小，但无障碍性差） / untagged PDF',
    fonts: '字体目录：已准备的字体（含 fonts.conf），或 body/title/hei/kai/song.ttf / font folder',
    'allow-type3': '没有可用的已准备字体时改用系统字体（以 Type 3 嵌入，文件大、打印差） / allow Type 3 text',
    templates:
      '模板目录，覆盖 templates/ 中同名文件（表格除外）；模板是受信任的配置 / templates folder (trusted configuration)',
    timeout: 'PDF 生成时限（秒），默认 30 / time limit of the PDF render in seconds, default 30',
    json: '以 JSON 输出 / print the JSON envelope',
    ...inputLimit.help,
  },
  async run({ values, positionals }, io) {
    const lang = io.lang ?? 'zh';
    if (positionals.length !== 1) throw new UsageError(cliText('needOneReport'));
    const outputs = values.output ?? [];
    if (outputs.length === 0) throw new UsageError(cliText('renderNeedsOutput'));
    if (values.format && outputs.length > 1) throw new UsageError(cliText('formatWithOneOutput'));
    // `-o -` writes the body to standard output; then every message goes to standard error.
    const toStdout = outputs.includes('-');
    if (toStdout && outputs.length > 1) throw new UsageError(cliText('stdoutOnce'));
    if (toStdout && !values.format) throw new UsageError(cliText('formatForStdout'));
    if (toStdout && values.json) throw new UsageError(cliText('jsonWithStdout'));
    // A PDF, Word or Excel file is bytes: a terminal would show garbage and may take them as commands.
    if (toStdout && io.stdout.isTTY && formatNamed(values.format!).binary)
      throw new UsageError(cliText('binaryToTerminal', { what: formatLabel(formatNamed(values.format!), lang) }));
    const out = toStdout ? io.stderr : io.stdout;
    const jobs = outputs.map((path) => ({
      path: resolve(io.cwd, path),
      shown: path,
      format: formatOf(path, values.format),
    }));
    await refuseOutputsThatAreInputs(
      outputs.filter((o) => o !== '-'),
      positionals,
      io.cwd,
    );
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
    const input = await readInput(positionals[0]!, io, maxBytes);
    const limit = timeoutMs(values.timeout);
    const setup = {
      cwd: io.cwd,
      env: io.env,
      templates: templateOptions(values.templates, io.cwd),
      concurrency: 1,
      tagged: values.untagged !== true,
      ...(values.fonts ? { fonts: values.fonts } : {}),
      ...(limit ? { timeoutMs: limit } : {}),
      allowType3: values['allow-type3'] === true,
      notice: (line: string) => io.stderr.write(`${line}\n`),
      quiet: io.quiet === true,
      lang,
    };
    const paint = painter(out, io.env);

    // Validated once here; every renderer is handed this result and does not validate again.
    const validation = validate(input.bytes, {
      mode: values.lenient ? 'lenient' : 'strict',
      lang,
      limits: { maxInputBytes: maxBytes },
    });
    const { issues } = validation;
    if (!validation.ok && !values.draft) {
      if (values.json) printJson(io, envelope('render', EXIT.reportErrors, { file: input.name, written: [], issues }));
      else {
        const verdict = paint.red(say(lang, 'hasErrorsNotRendered'));
        const counts = countsText(countIssues(issues), lang);
        out.write(`${say(lang, 'renderRefused', { file: terminalSafe(input.name), verdict, counts })}\n`);
        for (const line of issueLines(issues, out, io.env, lang)) out.write(`${line}\n`);
      }
      return EXIT.reportErrors;
    }

    const formats = inRegistryOrder(jobs.map((j) => j.format));
    const written: { entry: Written; format: OutputFormat }[] = [];
    const uncovered = new Set<string>();
    let type3 = false;
    const renderers = await openRenderers(formats, setup);
    try {
      for (const format of formats) {
        const result = await renderers
          .get(format.name)!
          .render(validation, { draft: values.draft === true, signal: io.signal })
          // A timeout names the report and the flag that raises the limit.
          .catch((error: unknown) => Promise.reject(userErrorOf(error, input.name) ?? error));
        for (const c of result.extras.uncovered ?? []) uncovered.add(c);
        if ((result.extras as { fontSource?: string }).fontSource === 'system') type3 = true;
        for (const job of jobs.filter((j) => j.format === format)) {
          if (job.shown === '-') await writeStdout(io.stdout, result.body);
          else await writeAtomic(job.path, result.body);
          written.push({ entry: writtenOf(job.shown, format, result), format });
        }
      }
    } finally {
      await renderers.close();
    }

    if (values.json) {
      printJson(
        io,
        envelope('render', EXIT.ok, {
          file: input.name,
          written: written.map((w) => w.entry),
          issues,
          uncovered: [...uncovered],
          type3,
        }),
      );
      return EXIT.ok;
    }
    if (!io.quiet) for (const w of written) out.write(`${writtenLine(w.entry, w.format, lang)}\n`);
    const colon = lang === 'zh' ? '：' : ': ';
    const note = `${paint.yellow(say(lang, 'notice'))}${colon}`;
    if (type3) out.write(`${note}${say(lang, 'type3Used')}\n`);
    else if (uncovered.size > 0)
      out.write(`${note}${say(lang, 'uncovered', { chars: terminalSafe([...uncovered].join('')) })}\n`);
    const drafts = written.filter((w) => w.entry.draft);
    if (drafts.length > 0) {
      const errors = countIssues(issues).error;
      const files = drafts.map((w) => terminalSafe(w.entry.path));
      out.write(`${paint.yellow(say(lang, 'draft'))}${colon}${say(lang, 'drafts', { errors, files })}\n`);
    }
    return EXIT.ok;
  },
});
