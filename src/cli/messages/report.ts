/**
 * The words of `validate` (and `--fix`), `render`, the output formats, local rule profiles, and
 * what rendering needs and did not get (fonts, templates, Chromium, time).
 */
import { CHROMIUM_INSTALL } from '../../pdf/browser/errors.js';
import { clerk, dev } from './kit.js';

/** Messages of checking and rendering one report. */
export const REPORT_MESSAGES = {
  needReports: dev(
    () => '请给出至少一个报告文件（- 表示标准输入）',
    () => 'give at least one report file (- for standard input)',
  ),
  needOneReport: dev(
    () => '请给出一个报告文件（- 表示标准输入）',
    () => 'give one report file (- for standard input)',
  ),
  yearOf: clerk<{ year: number }>(
    (p) => `${p.year}年度`,
    (p) => `${p.year}`,
  ),
  fileVerdict: clerk<{ file: string; who: string; verdict: string; counts: string }>(
    (p) => `${p.file}${p.who ? `（${p.who}）` : ''}：${p.verdict}，${p.counts}`,
    (p) => `${p.file}${p.who ? ` (${p.who})` : ''}: ${p.verdict}, ${p.counts}`,
  ),
  filesVerdict: clerk<{ files: number; passed: number }>(
    (p) => `共 ${p.files} 个文件：${p.passed} 个通过，${p.files - p.passed} 个未通过`,
    (p) => `${p.files} files: ${p.passed} passed, ${p.files - p.passed} not passed`,
  ),
  fixNeedsOutput: dev(
    () => '--fix 需要用 -o 给出输出文件（- 表示标准输出）',
    () => '--fix needs -o (- for standard output)',
  ),
  outputOnlyWithFix: dev(
    () => '-o 只与 --fix 一起用',
    () => '-o is for --fix',
  ),
  fixOneFile: dev(
    () => '--fix 一次只处理一个报告文件',
    () => '--fix takes one report file',
  ),
  fixJsonStdout: dev(
    () => '--json 与 -o - 不能同用：报告和 JSON 结果都要写到标准输出',
    () => '--json with -o -: the report and the JSON result would both go to standard output',
  ),
  fixRefused: clerk<{ file: string; verdict: string; counts: string }>(
    (p) => `${p.file}：${p.verdict}，${p.counts}；有错误，未写出任何文件 / errors, nothing written`,
    (p) => `${p.file}: ${p.verdict}, ${p.counts}; it has errors, nothing was written`,
  ),
  fixNothingToFill: clerk<{ file: string; where: string }>(
    (p) => `${p.file} 的每一格都已填写，原样写出到 ${p.where}`,
    (p) => `every cell of ${p.file} is filled in; written as it is to ${p.where}`,
  ),
  fixFilled: clerk<{ file: string; where: string; count: number }>(
    (p) => `已写出 ${p.where}：补填 ${p.file} 缺少的 ${p.count} 个计算格`,
    (p) => `wrote ${p.where}: filled in the ${p.count} derived cell(s) ${p.file} left out`,
  ),
  renderNeedsOutput: dev(
    () => '请用 -o 给出输出文件，如 -o report.pdf',
    () => 'give the output file with -o, as in -o report.pdf',
  ),
  formatWithOneOutput: dev(
    () => '--format 只能与一个 -o 同用',
    () => '--format goes with one -o only',
  ),
  formatForStdout: dev(
    () => '写到标准输出（-o -）时请用 --format 指明格式',
    () => 'give --format with -o -',
  ),
  renderRefused: clerk<{ file: string; verdict: string; counts: string }>(
    (p) => `${p.file}：${p.verdict}（${p.counts}；加 --draft 可生成草稿）`,
    (p) => `${p.file}: ${p.verdict} (${p.counts}; --draft renders a draft)`,
  ),
  hasErrorsNotRendered: clerk(
    () => '有错误，未生成',
    () => 'has errors, not rendered',
  ),
  rendered: clerk<{ file: string; label: string; draft: boolean; pages: number | null; size: string }>(
    (p) =>
      `已生成 ${p.file}（${p.label}${p.draft ? ' 草稿' : ''}${p.pages === null ? '' : `，${p.pages} 页`}，${p.size}）`,
    (p) =>
      `wrote ${p.file} (${p.label}${p.draft ? ' draft' : ''}${p.pages === null ? '' : `, ${p.pages} page(s)`}, ${p.size})`,
  ),
  notice: clerk(
    () => '注意',
    () => 'note',
  ),
  draft: clerk(
    () => '草稿',
    () => 'draft',
  ),
  type3Used: clerk(
    () => '按 --allow-type3 用系统字体生成，PDF 含 Type 3 字体（文件大、打印差）；运行 zfxxgk fonts 可改善。',
    () =>
      'rendered with system fonts as --allow-type3 allows: the PDF holds Type 3 fonts (large, prints badly); run zfxxgk fonts to do better.',
  ),
  uncovered: clerk<{ chars: string }>(
    (p) =>
      `这些字不在已准备的字体中，用系统字体代替（打印效果较差）：${p.chars}。可用 zfxxgk fonts --extra-chars 加入。`,
    (p) =>
      `these characters are not in the prepared fonts and were drawn in a system font (prints worse): ${p.chars}. Add them with zfxxgk fonts --extra-chars.`,
  ),
  drafts: clerk<{ errors: number; files: readonly string[] }>(
    (p) => `报告仍有 ${p.errors} 个错误，${p.files.join('、')} 都标为草稿（带水印），并在末尾列出问题。`,
    (p) =>
      `the report still has ${p.errors} error(s): ${p.files.join(', ')} marked as draft (watermarked), the issues listed at the end.`,
  ),
  formatLabelFragment: clerk(
    () => 'HTML 片段',
    () => 'HTML fragment',
  ),
  formatLabelDocx: clerk(
    () => 'Word 文档',
    () => 'Word document',
  ),
  formatLabelXlsx: clerk(
    () => 'Excel 表格',
    () => 'Excel workbook',
  ),
  unknownFormat: dev<{ given: string; names: readonly string[]; near?: string }>(
    (p) => `未知的输出格式 ${p.given}${p.near ? `（是否应为 ${p.near}？）` : ''}，可用：${p.names.join('、')}`,
    (p) =>
      `unknown output format ${p.given}${p.near ? `, did you mean ${p.near}?` : ''}; formats: ${p.names.join(', ')}`,
  ),
  formatFromName: dev<{ file: string; endings: readonly string[] }>(
    (p) => `无法从文件名 ${p.file} 判断输出格式：请用 ${p.endings.join('、')} 结尾，或加 --format`,
    (p) => `cannot tell the output format from the name ${p.file}: end it in ${p.endings.join(', ')}, or add --format`,
  ),
  preparingFonts: clerk<{ dir: string }>(
    (p) =>
      `首次生成 PDF：正在把系统中文字体准备为可嵌入的 TrueType（约 15–30 秒，只需一次）→ ${p.dir} / preparing fonts once`,
    (p) => `first PDF: preparing the system's Chinese fonts as embeddable TrueType (15–30 s, once) → ${p.dir}`,
  ),
  fontsFolderMissing: dev<{ dir: string }>(
    (p) => `字体目录不存在：${p.dir}`,
    (p) => `--fonts: no such folder: ${p.dir}`,
  ),
  fontsNotFolder: dev<{ dir: string; roles: readonly string[] }>(
    (p) =>
      `--fonts 应为字体目录（应含 fonts.conf（zfxxgk fonts 准备的字体），或 ${p.roles.join('、')}），${p.dir} 不是目录`,
    (p) =>
      `--fonts takes a folder (holding fonts.conf from zfxxgk fonts, or ${p.roles.join(', ')}): ${p.dir} is not a folder`,
  ),
  fontsNoFont: dev<{ dir: string; roles: readonly string[] }>(
    (p) => `字体目录 ${p.dir} 中没有可用的字体：应含 fonts.conf（zfxxgk fonts 准备的字体），或 ${p.roles.join('、')}`,
    (p) =>
      `--fonts: no usable font in ${p.dir}: it should hold fonts.conf (from zfxxgk fonts), or ${p.roles.join(', ')}`,
  ),
  fontFileBad: dev<{ file: string; why: 'notFile' | 'unreadable' | 'notFont' }>(
    (p) =>
      `--fonts 中的 ${p.file} ${{ notFile: '不是文件', unreadable: '无法读取', notFont: '不是字体文件' }[p.why]}；请换成 TrueType（.ttf）或 OpenType（.otf）字体文件`,
    (p) =>
      `${p.file} in --fonts ${{ notFile: 'is not a file', unreadable: 'cannot be read', notFont: 'is not a font file' }[p.why]}: use a TrueType (.ttf) or OpenType (.otf) font`,
  ),
  templatesMissing: dev<{ dir: string }>(
    (p) => `模板目录不存在：${p.dir}`,
    (p) => `--templates: no such folder: ${p.dir}`,
  ),
  timeoutValue: dev<{ max: number; given: string }>(
    (p) => `--timeout 应为 1 到 ${p.max} 之间的秒数，实为 ${p.given}`,
    (p) => `--timeout takes seconds from 1 to ${p.max}, not ${p.given}`,
  ),
  renderTimeout: dev<{ file?: string; seconds: number; suggest: number }>(
    (p) =>
      `${p.file ?? '报告'} 的 PDF 在 ${p.seconds} 秒内未生成完，已停止；报告很长或机器很忙时，用 --timeout 调高时限（如 --timeout ${p.suggest}）`,
    (p) =>
      `the PDF of ${p.file ?? 'the report'} was not done within ${p.seconds} s and was stopped; raise the limit with --timeout <seconds> (such as --timeout ${p.suggest})`,
  ),
  templateBroken: dev<{ detail: string }>(
    (p) => `${p.detail}\n模板目录（--templates）是受信任的配置，请修正上面的文件`,
    (p) => `${p.detail}\nthe templates folder (--templates) is trusted configuration: fix the file named above`,
  ),
  chromiumNotFound: dev<{ tried: readonly string[] }>(
    (p) =>
      `找不到 Chromium。请安装：${CHROMIUM_INSTALL}，或设置 ZFXXGK_CHROMIUM 指向其可执行文件。已查找：${p.tried.join(', ')}`,
    (p) =>
      `Chromium not found: install it with ${CHROMIUM_INSTALL}, or set ZFXXGK_CHROMIUM. Tried: ${p.tried.join(', ')}`,
  ),
  chromiumNotExecutable: dev<{ variable: string; path: string }>(
    (p) => `${p.variable} 指向的文件不存在或不可执行：${p.path}。请修正该变量，或安装：${CHROMIUM_INSTALL}`,
    (p) =>
      `${p.variable} points to ${p.path}, which is not an executable file: fix it, or install Chromium with ${CHROMIUM_INSTALL}`,
  ),
  chromiumLaunch: dev<{ path: string; reason: string }>(
    (p) =>
      `Chromium 启动失败（${p.path}）：${p.reason}\n请确认 ZFXXGK_CHROMIUM（若已设置）指向可用的 Chromium，或重新安装：${CHROMIUM_INSTALL}`,
    (p) => `Chromium failed to start (${p.path}): ${p.reason}\ncheck ZFXXGK_CHROMIUM, or reinstall Chromium`,
  ),
  fontsUnavailable: dev<{ dir: string; packages: readonly string[]; cause?: string }>(
    (p) =>
      `没有可用的 PDF 字体：${p.dir} 中没有已准备的字体${p.cause ? `（${p.cause}）` : ''}，系统字体会以 Type 3 字体嵌入（文件大、打印差），因此不生成 PDF。\n解决：${p.packages.length ? `apt-get install ${p.packages.join(' ')}，然后` : ''}运行 zfxxgk fonts；或明确接受 Type 3 字体：加 --allow-type3。`,
    (p) =>
      `No usable PDF fonts: nothing prepared in ${p.dir}${p.cause ? ` (${p.cause})` : ''}; system fonts would be embedded as Type 3, so no PDF was made.\nFix: ${p.packages.length ? `apt-get install ${p.packages.join(' ')}, then ` : ''}run zfxxgk fonts, or opt in to Type 3 text with --allow-type3.`,
  ),
  missingPackage: dev<{ names: readonly string[]; install: string }>(
    (p) => `需要 ${p.names.join('、')}，但${p.names.length > 1 ? '它们' : '它'}没有安装。请运行：${p.install}`,
    (p) =>
      p.names.length > 1
        ? `the packages ${p.names.join(', ')} are needed and not installed. Run: ${p.install}`
        : `the package ${p.names[0]} is needed and not installed. Run: ${p.install}`,
  ),
  noProfile: dev<{ name: string; builtin: readonly string[]; near?: string }>(
    (p) =>
      `没有名为 ${p.name} 的地方规则${p.near ? `（是否应为 ${p.near}？）` : ''}；内置的有 ${p.builtin.join('、')}，或给出模块路径（./my-profile.js）`,
    (p) =>
      `no profile named ${p.name}${p.near ? `, did you mean ${p.near}?` : ''}; use one of ${p.builtin.join(', ')} or a module path (./my-profile.js)`,
  ),
  profileLoad: dev<{ file: string; detail: string }>(
    (p) => `无法加载地方规则模块 ${p.file}：${p.detail}`,
    (p) => `cannot load the profile module ${p.file}: ${p.detail}`,
  ),
  profileNone: dev<{ file: string }>(
    (p) => `模块 ${p.file} 没有导出 profile 或 profiles`,
    (p) => `the module ${p.file} exports no profile (export const profile = {...})`,
  ),
} as const;
