/**
 * The words of the commands that make or read one file besides a check: `init`, `template`,
 * `aggregate`, `schema`, `fonts`, `serve` and `edit`.
 */
import { clerk, dev } from './kit.js';

/** Messages of init, template, aggregate, schema, fonts, serve and edit. */
export const FILE_MESSAGES = {
  kindValue: dev<{ kinds: readonly string[] }>(
    (p) => `--kind 只能是 ${p.kinds.join('、')}`,
    (p) => `--kind takes ${p.kinds.join(', ')}`,
  ),
  initNeedsAgency: dev(
    () => '请给出 --agency（或用 --from 沿用上年报告）',
    () => 'give --agency (or --from last year’s report)',
  ),
  initFromInvalid: clerk<{ file: string; counts: string }>(
    (p) => `${p.file}：上年报告有错误（${p.counts}），未据以新建`,
    (p) => `${p.file}: last year’s report has errors (${p.counts}); nothing was made from it`,
  ),
  initWritten: clerk<{ file: string; agency: string; year: number; from?: string }>(
    (p) => `已写出 ${p.file}（${p.agency} ${p.year}年度${p.from ? `，结转数取自 ${p.from}` : ''}）`,
    (p) => `wrote ${p.file} (${p.agency}, ${p.year}${p.from ? `, carried over from ${p.from}` : ''})`,
  ),
  initNext: clerk(
    () => '请填写各部分文字和表格数字，然后运行 zfxxgk validate 检查。',
    () => 'Fill in the text of each part and the figures of the tables, then check it with zfxxgk validate.',
  ),
  templateKind: dev(
    () => '请指定模板类型：--xlsx',
    () => 'say which template: --xlsx',
  ),
  templateEnding: dev<{ file: string }>(
    (p) => `输出文件应以 .xlsx 结尾：${p.file}`,
    (p) => `the output file should end in .xlsx: ${p.file}`,
  ),
  templateWorkbook: clerk(
    () => 'Excel 表格模板',
    () => 'the spreadsheet template',
  ),
  templateWritten: clerk<{ file: string; format: string }>(
    (p) => `已写出 ${p.file}（表二、表三、表四，${p.format} 版格式）`,
    (p) => `wrote ${p.file} (the tables of the ${p.format} format)`,
  ),
  templateNext: clerk(
    () => '在“基本信息”表填写报告机关和年度，在各表的空白格填写数字；填好后运行 zfxxgk import 读回。',
    () =>
      'Fill in the agency and year on the first sheet and the figures in the open cells, then read it back with zfxxgk import.',
  ),
  aggregateNeedsInputs: dev(
    () => '请给出要汇总的报告文件',
    () => 'give the report files to sum',
  ),
  aggregateNeedsOutput: dev(
    () => '请用 -o 给出输出文件（- 表示标准输出）',
    () => 'give the output file with -o (- for standard output)',
  ),
  aggregateYears: dev<{ years: readonly number[] }>(
    (p) => `报告年度不一：${p.years.join('、')}。请用 --year 指定要汇总的年度`,
    (p) => `the reports are of different years: ${p.years.join(', ')}. Say which to sum with --year`,
  ),
  aggregateNoYear: dev(
    () => '没有可确定年度的有效报告',
    () => 'no valid report tells the year',
  ),
  aggregateNone: dev(
    () => '没有可汇总的报告（全部被排除）',
    () => 'no report to sum (every one was left out)',
  ),
  aggregateErrors: clerk<{ errors: number }>(
    (p) => `有 ${p.errors} 个错误`,
    (p) => `${p.errors} error(s)`,
  ),
  aggregateOtherYear: clerk<{ year: number; wanted: number }>(
    (p) => `年度为 ${p.year}，不是 ${p.wanted}`,
    (p) => `the year is ${p.year}, not ${p.wanted}`,
  ),
  aggregateDuplicate: clerk<{ file: string }>(
    (p) => `与 ${p.file} 是同一个文件，只计一次`,
    (p) => `the same file as ${p.file}, counted once`,
  ),
  aggregateWritten: clerk<{ file: string; year: number; included: number; excluded: number }>(
    (p) => `已写出 ${p.file}：${p.year}年度，汇总 ${p.included} 份报告${p.excluded ? `，排除 ${p.excluded} 份` : ''}`,
    (p) => `wrote ${p.file}: ${p.year}, ${p.included} report(s) summed${p.excluded ? `, ${p.excluded} left out` : ''}`,
  ),
  included: clerk(
    () => '计入',
    () => 'summed',
  ),
  excluded: clerk(
    () => '排除',
    () => 'left out',
  ),
  aggregateMember: clerk<{ mark: string; file: string; agency?: string; why?: string }>(
    (p) => `  ${p.mark}  ${p.file}${p.agency ? `（${p.agency}）` : ''}${p.why ? `：${p.why}` : ''}`,
    (p) => `  ${p.mark}  ${p.file}${p.agency ? ` (${p.agency})` : ''}${p.why ? `: ${p.why}` : ''}`,
  ),
  aggregateNext: clerk(
    () => '汇总报告的文字部分为空，请填写后再用 zfxxgk validate 检查。',
    () => 'The text parts of the summary are empty: write them, then check it with zfxxgk validate.',
  ),
  coverageValue: dev(
    () => '--coverage 只能是 gb2312 或 uro',
    () => '--coverage takes gb2312 or uro',
  ),
  fontFace: clerk<{ key: string; mb: string; glyphs: number; seconds?: string }>(
    (p) =>
      p.seconds === undefined
        ? `${p.key}：已是最新 / up to date（${p.mb} MB, ${p.glyphs} 字形 / glyphs）`
        : `${p.key}：${p.mb} MB, ${p.glyphs} 字形 / glyphs，${p.seconds} 秒`,
    (p) =>
      p.seconds === undefined
        ? `${p.key}: up to date (${p.mb} MB, ${p.glyphs} glyphs)`
        : `${p.key}: ${p.mb} MB, ${p.glyphs} glyphs, ${p.seconds} s`,
  ),
  fontSourcesMissing: dev<{ packages: readonly string[] }>(
    (p) => `缺少字体源文件，请安装：apt-get install ${p.packages.join(' ')}`,
    (p) => `the source fonts are missing: install them with apt-get install ${p.packages.join(' ')}`,
  ),
  fontsDone: clerk<{ dir: string; built: number; reused: number; seconds: string }>(
    (p) => `字体在 / fonts in ${p.dir}：新建 ${p.built}，沿用 ${p.reused}，${p.seconds} 秒`,
    (p) => `fonts in ${p.dir}: ${p.built} built, ${p.reused} reused, ${p.seconds} s`,
  ),
  serveNoToken: dev<{ host: string }>(
    (p) => `注意：服务监听 ${p.host} 且没有访问令牌，任何能连到本机的人都可以调用；请用 --token 或 ZFXXGK_TOKEN`,
    (p) =>
      `warning: the service listens on ${p.host} without a token: anyone who can reach this machine can call it; set --token or ZFXXGK_TOKEN`,
  ),
  serveListening: clerk<{ address: string }>(
    (p) => `zfxxgk 报告服务已启动 / listening on ${p.address}`,
    (p) => `zfxxgk report service listening on ${p.address}`,
  ),
  serveStopping: clerk(
    () => '正在停止：处理完已接收的请求后关闭浏览器 / finishing requests in flight, then closing',
    () => 'stopping: finishing requests in flight, then closing the browser',
  ),
  stopped: clerk(
    () => '已停止 / stopped',
    () => 'stopped',
  ),
  editNeedsFile: dev(
    () => '请给出一个报告文件：zfxxgk edit 报告.json',
    () => 'give one report file: zfxxgk edit report.json',
  ),
  editPort: dev<{ given: string }>(
    (p) => `--port 应为 0–65535，实为 ${p.given}`,
    (p) => `--port takes 0 to 65535, not ${p.given}`,
  ),
  editNotJson: dev<{ file: string }>(
    (p) => `${p.file} 不是 JSON 对象：edit 只能打开 JSON 格式的报告（YAML 请先转换）`,
    (p) => `${p.file} is not a JSON object: edit opens JSON reports only (convert YAML first)`,
  ),
  editOpen: clerk<{ url: string }>(
    (p) => `在浏览器中打开 / open in a browser:\n  ${p.url}`,
    (p) => `open in a browser:\n  ${p.url}`,
  ),
  editState: clerk<{ file: string; exists: boolean }>(
    (p) => `${p.exists ? `正在编辑 ${p.file}` : `${p.file} 尚不存在，保存时新建`}；按 Ctrl-C 结束 / Ctrl-C to stop`,
    (p) => `${p.exists ? `editing ${p.file}` : `${p.file} does not exist yet and is made on save`}; Ctrl-C to stop`,
  ),
  editStopped: clerk(
    () => '已停止编辑服务 / stopped',
    () => 'stopped the editing server',
  ),
} as const;
