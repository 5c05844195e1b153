import { resolve } from 'node:path';
import { countIssues, type Issue } from '../../index.js';
import { RenderRefusedError } from '../../render/contract.js';
import { defineCommand, EXIT, UsageError } from '../command.js';
import { readInput, writeAtomic } from '../io.js';
import { countsText, envelope, issueLines, painter, printJson } from '../output.js';
import { createDocxRenderer, createHtmlRenderer, fontOptions, formatOf, templateOptions, type OutputFormat } from '../renderers.js';

export const renderCommand = defineCommand({
  name: 'render',
  summary: '生成 PDF 或 HTML / render a report to PDF or HTML',
  usage: 'render <报告文件> -o <输出.pdf|.html|.docx> [-o …] [--format pdf|html|fragment|docx] [--draft] [--fonts 目录] [--templates 目录]',
  help: [
    '检查报告，没有错误时生成 PDF（按 GB/T 9704 排版）、HTML 或 Word（.docx）；可多次给出 -o 一次生成多种格式。有错误的报告不生成，除非加 --draft（草稿带水印，末页列出问题）。',
    'Validates the report and renders it to PDF (laid out per GB/T 9704), HTML or Word (.docx); give -o several times for several outputs. A report with errors is refused unless --draft.',
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
    templates: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    output: '输出文件（.pdf、.html 或 .docx），可多次给出 / output file, repeatable',
    format: 'pdf、html（完整网页）、fragment（可嵌入 CMS 的片段）或 docx / output format',
    draft: '有错误时生成草稿 / render a draft of a report with errors',
    lenient: '宽松读取手工录入的单元格 / read hand-typed cells leniently',
    untagged: 'PDF 不加结构标签（更快、更小，但无障碍性差） / untagged PDF',
    fonts: '字体目录：已准备的字体（含 fonts.conf），或 body/title/hei/kai/song.ttf / font folder',
    templates: '模板目录，覆盖 templates/ 中同名文件（表格除外） / templates folder',
    json: '以 JSON 输出 / print the JSON envelope',
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个报告文件（- 表示标准输入）');
    const outputs = values.output ?? [];
    if (outputs.length === 0) throw new UsageError('请用 -o 给出输出文件，如 -o report.pdf');
    if (values.format && outputs.length > 1) throw new UsageError('--format 只能与一个 -o 同用');
    const jobs = outputs.map((path) => ({ path: resolve(io.cwd, path), shown: path, format: formatOf(path, values.format) }));
    const input = await readInput(positionals[0]!, io.stdin, io.cwd);
    const templates = templateOptions(values.templates, io.cwd);
    const ctx = { draft: values.draft === true, lenient: values.lenient === true, signal: io.signal };
    const written: { path: string; format: OutputFormat; bytes: number; pages?: number }[] = [];
    let issues: readonly Issue[] = [];
    let uncovered: readonly string[] = [];
    const paint = painter(io.stdout, io.env);
    try {
      const html = jobs.some((j) => j.format === 'html' || j.format === 'fragment') ? createHtmlRenderer(templates) : undefined;
      for (const job of jobs.filter((j) => j.format === 'html' || j.format === 'fragment')) {
        const text = await html!.render(input.text, { ...ctx, fragment: job.format === 'fragment' });
        await writeAtomic(job.path, text);
        written.push({ path: job.shown, format: job.format, bytes: Buffer.byteLength(text) });
      }
      for (const job of jobs.filter((j) => j.format === 'docx')) {
        const bytes = await createDocxRenderer().render(input.text, ctx);
        await writeAtomic(job.path, bytes);
        written.push({ path: job.shown, format: 'docx', bytes: bytes.length });
      }
      if (jobs.some((j) => j.format === 'pdf')) {
        const { createPdfRenderer } = await import('../../pdf/renderer.js');
        const pdf = createPdfRenderer({ ...templates, fonts: fontOptions(values.fonts, io.cwd), pool: { size: 1 } });
        try {
          const result = await pdf.render(input.text, { ...ctx, tagged: values.untagged !== true });
          issues = result.issues;
          uncovered = result.uncovered;
          for (const job of jobs.filter((j) => j.format === 'pdf')) {
            await writeAtomic(job.path, result.pdf);
            written.push({ path: job.shown, format: 'pdf', bytes: result.pdf.length, pages: result.pages });
          }
        } finally {
          await pdf.close();
        }
      }
    } catch (error) {
      if (!(error instanceof RenderRefusedError)) throw error;
      if (values.json) printJson(io, envelope('render', EXIT.reportErrors, { file: input.name, written: [], issues: error.issues }));
      else {
        io.stdout.write(`${input.name}：${paint.red('有错误，未生成')}（${countsText(countIssues(error.issues))}；加 --draft 可生成草稿）\n`);
        for (const line of issueLines(error.issues, io.stdout, io.env)) io.stdout.write(`${line}\n`);
      }
      return EXIT.reportErrors;
    }
    if (values.json) {
      printJson(io, envelope('render', EXIT.ok, { file: input.name, written, issues, uncovered }));
    } else {
      for (const w of written) {
        const size = w.bytes >= 1024 ? `${(w.bytes / 1024).toFixed(0)} KB` : `${w.bytes} B`;
        const kind = { pdf: `PDF，${w.pages} 页`, html: 'HTML', fragment: 'HTML 片段', docx: 'Word 文档' }[w.format];
        io.stdout.write(`已生成 ${w.path}（${kind}，${size}）\n`);
      }
      if (uncovered.length > 0) {
        io.stdout.write(`${paint.yellow('注意')}：这些字不在已准备的字体中，用系统字体代替（打印效果较差）：${uncovered.join('')}。可用 zfxxgk fonts --extra-chars 加入。\n`);
      }
      if (ctx.draft && issues.some((i) => i.severity === 'error')) io.stdout.write(`${paint.yellow('草稿')}：报告仍有错误，已在末页列出。\n`);
    }
    return EXIT.ok;
  },
});
