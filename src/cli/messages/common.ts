/**
 * Words many commands share: the severity of an issue, the counts of a check, reading and writing
 * files (and standard input and output), the size limit of an input, and what a folder search left
 * out.
 */
import { clerk, dev } from './kit.js';

/** Why a file could not be read or written, by Node's error code. */
const IO_REASONS: Readonly<Record<string, { zh: string; en: string }>> = {
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or folder' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个目录，不是文件', en: 'it is a folder, not a file' },
  ENOTDIR: { zh: '路径中有一部分不是目录', en: 'a part of the path is not a folder' },
  EROFS: { zh: '文件系统只读', en: 'the file system is read-only' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the disk' },
};

/** What was being done to a file. */
export type IoVerb = 'read' | 'write';

/** Messages several commands print. */
export const COMMON_MESSAGES = {
  severityError: clerk(
    () => '错误',
    () => 'error',
  ),
  severityWarning: clerk(
    () => '警告',
    () => 'warning',
  ),
  severityInfo: clerk(
    () => '提示',
    () => 'info',
  ),
  counts: clerk<{ error: number; warning: number; info: number }>(
    (p) => `${p.error} 个错误，${p.warning} 个警告，${p.info} 个提示`,
    (p) => `${p.error} error(s), ${p.warning} warning(s), ${p.info} info`,
  ),
  passed: clerk(
    () => '通过',
    () => 'passed',
  ),
  notPassed: clerk(
    () => '未通过',
    () => 'not passed',
  ),
  wroteFile: clerk<{ file: string }>(
    (p) => `已写入 ${p.file}`,
    (p) => `written to ${p.file}`,
  ),
  standardOutput: clerk(
    () => '标准输出',
    () => 'standard output',
  ),
  ioFailed: dev<{ verb: IoVerb; file: string; code: string; detail: string }>(
    (p) => `无法${p.verb === 'read' ? '读取' : '写入'} ${p.file}：${IO_REASONS[p.code]?.zh ?? p.detail}`,
    (p) => `cannot ${p.verb} ${p.file}: ${IO_REASONS[p.code]?.en ?? p.detail}`,
  ),
  inputTooLarge: dev<{ file: string; limit: string }>(
    (p) =>
      `${p.file} 超过 ${p.limit} 的读取上限，已停止读取；确是报告文件时，用 --max-input-bytes 调高上限（如 --max-input-bytes 32M）`,
    (p) => `${p.file} is larger than the ${p.limit} input limit, reading stopped; raise it with --max-input-bytes`,
  ),
  maxInputBytesValue: dev<{ given: string }>(
    (p) => `--max-input-bytes 应为正的字节数，可带单位 K、M、G（如 32M），实为 ${p.given}`,
    (p) => `--max-input-bytes takes a positive number of bytes, with K, M or G (32M), not ${p.given}`,
  ),
  maxInputBytesHelp: dev<{ limit: string }>(
    (p) => `读取文件的上限，默认 ${p.limit}；可带单位 K、M、G`,
    (p) => `the most bytes read of a file (default ${p.limit})`,
  ),
  skipped: clerk<{ what: string }>(
    (p) => `跳过 / skipped ${p.what}`,
    (p) => `skipped ${p.what}`,
  ),
  excludedOutside: clerk<{ file: string; target: string }>(
    (p) =>
      `${p.file}：符号链接指向所搜目录之外（${p.target}），未读取；确需读取时加 --follow-symlinks / a symbolic link out of the folder, not followed`,
    (p) => `${p.file}: a symbolic link out of the folder (${p.target}), not followed; add --follow-symlinks to read it`,
  ),
  excludedDangling: clerk<{ file: string }>(
    (p) => `${p.file}：符号链接指向不存在的文件 / a symbolic link to nothing`,
    (p) => `${p.file}: a symbolic link to nothing`,
  ),
  excludedSpecial: clerk<{ file: string }>(
    (p) => `${p.file}：不是普通文件（管道、设备或套接字），未读取 / not a regular file`,
    (p) => `${p.file}: not a regular file (a pipe, device or socket), not read`,
  ),
  noGlobMatch: dev<{ glob: string }>(
    (p) => `没有与 ${p.glob} 匹配的报告文件`,
    (p) => `no report file matches ${p.glob}`,
  ),
  notFound: dev<{ file: string }>(
    (p) => `找不到 ${p.file}`,
    (p) => `${p.file} not found`,
  ),
  noReportFound: dev<{ endings: readonly string[] }>(
    (p) => `没有找到报告文件（${p.endings.join('、')}）`,
    (p) => `no report file found (${p.endings.join(', ')})`,
  ),
  stdinTwice: dev(
    () => '标准输入（-）只能读一次，只能给出一个 -',
    () => 'standard input (-) can be read once: give - once only',
  ),
  binaryToTerminal: dev<{ what: string }>(
    (p) => `${p.what} 是二进制文件，不写到终端；请用 -o 给出文件名，或把标准输出重定向到文件或管道（> 文件）`,
    (p) =>
      `${p.what} is a binary file and is not written to a terminal: give a file with -o, or redirect standard output (> file)`,
  ),
  jsonWithStdout: dev(
    () => '-o - 与 --json 都要用标准输出，只能选一个',
    () => '-o - and --json both need standard output: choose one',
  ),
  stdoutOnce: dev(
    () => '-o - 只能单独使用',
    () => '-o - cannot be combined with other outputs',
  ),
  folderNotStdout: dev<{ option: string }>(
    (p) => `${p.option} 是输出目录，不能是 -（标准输出只能写一个文件）`,
    (p) => `${p.option} names an output folder and cannot be - (standard output takes one file)`,
  ),
  noStdin: dev<{ command: string }>(
    (p) => `${p.command} 不读标准输入（-）；请给出文件`,
    (p) => `${p.command} does not read standard input (-): give a file`,
  ),
  exists: dev<{ file: string }>(
    (p) => `${p.file} 已存在；加 --force 覆盖`,
    (p) => `${p.file} exists; add --force to overwrite it`,
  ),
  outputIsInput: dev<{ lines: readonly string[] }>(
    (p) => ['输出文件就是输入文件，写出会覆盖它，未写任何文件；请换一个输出文件名：', ...p.lines].join('\n'),
    (p) => ['an output is an input and would overwrite it; nothing was written:', ...p.lines].join('\n'),
  ),
  unknownEdition: dev<{ given: string; editions: readonly string[] }>(
    (p) => `未知的格式版本 ${p.given}，可用：${p.editions.join('、')}`,
    (p) => `unknown edition ${p.given}; editions: ${p.editions.join(', ')}`,
  ),
  yearValue: dev<{ option: string; given: string }>(
    (p) => `${p.option} 应为 2008–2100 之间的年份，实为 ${p.given}`,
    (p) => `${p.option} takes a year from 2008 to 2100, not ${p.given}`,
  ),
  integerValue: dev<{ option: string; min: number; max: number; given: string }>(
    (p) => `${p.option} 应为 ${p.min} 到 ${p.max} 之间的整数，实为 ${p.given}`,
    (p) => `${p.option} takes a whole number from ${p.min} to ${p.max}, not ${p.given}`,
  ),
} as const;
