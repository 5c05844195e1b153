import { resolve } from 'node:path';
import { countIssues } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import type { RenderResult } from '../../render/contract.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { formatOf, inRegistryOrder, openRenderers, templateOptions, type OutputFormat } from '../formats.js';
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
function writtenLine(w: Written, format: OutputFormat): string {
  const size = w.bytes >= 1024 ? `${(w.bytes / 1024).toFixed(0)} KB` : `${w.bytes} B`;
  return `已生成 ${terminalSafe(w.path)}（${format.label}${w.draft ? ' 草稿' : ''}${w.pages === null ? '' : `，${w.pages} 页`}，${size}）`;
}

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

export const renderCommand = defineCommand({
  name: 'render',
  usage:
    'render <报告文件> -o <输出.pdf|.html|.docx|.xlsx> [-o …] [--format pdf|html|fragment|docx|xlsx] [--draft] [--fonts 目录] [--templates 目录] [--timeout 秒] [--allow-type3]',
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
    if (positionals.length !== 1) throw new UsageError('请给出一个报告文件（- 表示标准输入）');
    const outputs = values.output ?? [];
    if (outputs.length === 0) throw new UsageError('请用 -o 给出输出文件，如 -o report.pdf');
    if (values.format && outputs.length > 1) throw new UsageError('--format 只能与一个 -o 同用');
    // `-o -` writes the body to standard output; then every message goes to standard error.
    const toStdout = outputs.includes('-');
    if (toStdout && outputs.length > 1)
      throw new UsageError('-o - 只能单独使用 / -o - cannot be combined with other outputs');
    if (toStdout && !values.format)
      throw new UsageError('写到标准输出（-o -）时请用 --format 指明格式 / give --format with -o -');
    if (toStdout && values.json)
      throw new UsageError('-o - 与 --json 都要用标准输出，只能选一个 / -o - and --json both need standard output');
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
    };
    const paint = painter(out, io.env);

    // Validated once here; every renderer is handed this result and does not validate again.
    const validation = validate(input.bytes, {
      mode: values.lenient ? 'lenient' : 'strict',
      lang: io.lang ?? 'zh',
      limits: { maxInputBytes: maxBytes },
    });
    const { issues } = validation;
    if (!validation.ok && !values.draft) {
      if (values.json) printJson(io, envelope('render', EXIT.reportErrors, { file: input.name, written: [], issues }));
      else {
        out.write(
          `${terminalSafe(input.name)}：${paint.red('有错误，未生成')}（${countsText(countIssues(issues))}；加 --draft 可生成草稿）\n`,
        );
        for (const line of issueLines(issues, out, io.env)) out.write(`${line}\n`);
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
    if (!io.quiet) for (const w of written) out.write(`${writtenLine(w.entry, w.format)}\n`);
    if (type3) {
      out.write(
        `${paint.yellow('注意')}：按 --allow-type3 用系统字体生成，PDF 含 Type 3 字体（文件大、打印差）；运行 zfxxgk fonts 可改善。\n`,
      );
    } else if (uncovered.size > 0) {
      out.write(
        `${paint.yellow('注意')}：这些字不在已准备的字体中，用系统字体代替（打印效果较差）：${terminalSafe([...uncovered].join(''))}。可用 zfxxgk fonts --extra-chars 加入。\n`,
      );
    }
    const drafts = written.filter((w) => w.entry.draft);
    if (drafts.length > 0) {
      const errors = countIssues(issues).error;
      out.write(
        `${paint.yellow('草稿')}：报告仍有 ${errors} 个错误，${drafts.map((w) => terminalSafe(w.entry.path)).join('、')} 都标为草稿（带水印），并在末尾列出问题。\n`,
      );
    }
    return EXIT.ok;
  },
});
