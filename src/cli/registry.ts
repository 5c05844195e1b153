/**
 * Every command, listed once: its name, its one-line summary for `zfxxgk --help`, and how to load
 * it. A command's code is imported only when it runs, so `zfxxgk --help` and a mistyped command
 * load none of the SDK.
 */
import type { OptionsConfig, RunnableCommand } from './command.js';

/** A command as the dispatcher knows it before loading it. */
export interface CommandEntry {
  readonly name: string;
  /** One line, Chinese first then English. */
  readonly summary: string;
  readonly load: () => Promise<RunnableCommand<OptionsConfig>>;
}

const spec = (command: unknown) => command as RunnableCommand<OptionsConfig>;

/** The commands in the order `zfxxgk --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: '检查报告的格式与勾稽关系 / check reports against the national format',
    load: async () => spec((await import('./commands/validate.js')).validateCommand),
  },
  {
    name: 'render',
    summary: '生成 PDF、HTML 或 Word / render a report to PDF, HTML or Word',
    load: async () => spec((await import('./commands/render.js')).renderCommand),
  },
  {
    name: 'batch',
    summary: '批量检查并生成 / validate and render many reports',
    load: async () => spec((await import('./commands/batch.js')).batchCommand),
  },
  {
    name: 'init',
    summary: '新建一份待填写的报告文件 / write a new report file to fill in',
    load: async () => spec((await import('./commands/init.js')).initCommand),
  },
  {
    name: 'template',
    summary: '写出空白的 Excel 表格模板（表二至表四） / write the blank spreadsheet of the tables',
    load: async () => spec((await import('./commands/template.js')).templateCommand),
  },
  {
    name: 'aggregate',
    summary: '汇总多份报告的表格 / sum the tables of many reports',
    load: async () => spec((await import('./commands/aggregate.js')).aggregateCommand),
  },
  {
    name: 'import',
    summary: '把已发布的报告（文本、Word、网页、PDF）读回标准 JSON / import a published report into the canonical JSON',
    load: async () => spec((await import('./commands/import.js')).importCommand),
  },
  {
    name: 'edit',
    summary: '在浏览器中按官方表格填写报告，边填边检查 / fill in a report in the browser, checked as you type',
    load: async () => spec((await import('./commands/edit.js')).editCommand),
  },
  {
    name: 'schema',
    summary: '输出报告文件的 JSON Schema / print the JSON Schema of a report file',
    load: async () => spec((await import('./commands/schema.js')).schemaCommand),
  },
  {
    name: 'fonts',
    summary: '准备 PDF 用的字体 / prepare the fonts PDFs embed',
    load: async () => spec((await import('./commands/fonts.js')).fontsCommand),
  },
  {
    name: 'serve',
    summary: '启动报告服务（HTTP） / run the report service over HTTP',
    load: async () => spec((await import('./commands/serve.js')).serveCommand),
  },
];
