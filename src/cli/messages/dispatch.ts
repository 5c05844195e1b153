/**
 * The dispatcher's words: the main help and the frame of every command's help, the global options,
 * an unknown command or option (with "did you mean"), and an internal error.
 */
import { clerk, dev } from './kit.js';

/** Messages of `zfxxgk --help`, `zfxxgk <command> --help` and the global options. */
export const DISPATCH_MESSAGES = {
  title: clerk<{ version: string }>(
    (p) => `zfxxgk ${p.version} — 政府信息公开工作年度报告工具 / government information disclosure annual reports`,
    (p) => `zfxxgk ${p.version} — government information disclosure annual reports`,
  ),
  usageLine: clerk<{ usage: string }>(
    (p) => `用法 / usage: zfxxgk ${p.usage}`,
    (p) => `usage: zfxxgk ${p.usage}`,
  ),
  commandPlaceholder: clerk(
    () => '<命令> [选项]',
    () => '<command> [options]',
  ),
  globalOptionsHeading: clerk(
    () => '通用选项 / options of every command:',
    () => 'options of every command:',
  ),
  optionsHeading: clerk(
    () => '选项 / options:',
    () => 'options:',
  ),
  valuePlaceholder: clerk(
    () => '<值>',
    () => '<value>',
  ),
  helpOption: dev(
    () => '显示本帮助',
    () => 'show this help',
  ),
  everyCommand: clerk(
    () =>
      '每个命令都有 --help；--json 输出统一的 JSON 信封；文件名 - 表示标准输入或标准输出。\nEvery command has --help; --json prints one stable envelope; - names standard input or output.',
    () => 'Every command has --help; --json prints one stable envelope; - names standard input or output.',
  ),
  exitCodes: clerk(
    () =>
      '退出码：0 正常；1 报告有错误；2 用法错误或输入无法读取；3 无法生成（如没有 Chromium、生成超时）；130 被中断。\nExit codes: 0 ok; 1 a report has errors; 2 bad usage or unreadable input; 3 could not render (no Chromium, a render over time); 130 interrupted.',
    () =>
      'Exit codes: 0 ok; 1 a report has errors; 2 bad usage or unreadable input; 3 could not render (no Chromium, a render over time); 130 interrupted.',
  ),
  quietOption: dev(
    () => '只输出错误，成功时不输出',
    () => 'print only what went wrong',
  ),
  colorOption: dev(
    () => 'always、never 或 auto（默认；也看 NO_COLOR、FORCE_COLOR）',
    () => 'colour: always, never or auto (the default; NO_COLOR and FORCE_COLOR count)',
  ),
  langOption: dev(
    () => '所有提示和说明的语言，默认 zh；也可用环境变量 ZFXXGK_LANG',
    () => 'language of every message: zh (the default) or en; also ZFXXGK_LANG',
  ),
  colorValue: dev<{ given: string }>(
    (p) => `--color 只能是 always、never 或 auto，实为 ${p.given}`,
    (p) => `--color takes always, never or auto, not ${p.given}`,
  ),
  langValue: dev<{ given: string; from: string }>(
    (p) => `${p.from} 只能是 zh 或 en，实为 ${p.given || '（空）'}`,
    (p) => `${p.from} takes zh or en, not ${p.given || '(nothing)'}`,
  ),
  unknownCommandNear: dev<{ name: string; near: string }>(
    (p) => `未知命令 ${p.name}，是否应为 ${p.near}？`,
    (p) => `unknown command ${p.name}, did you mean ${p.near}?`,
  ),
  unknownCommand: dev<{ name: string; names: readonly string[] }>(
    (p) => `未知命令 ${p.name}。可用命令：${p.names.join('、')}`,
    (p) => `unknown command ${p.name}; commands: ${p.names.join(', ')}`,
  ),
  unknownOptionNear: dev<{ option: string; near: string; command: string }>(
    (p) => `未知选项 ${p.option}，是否应为 --${p.near}？\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `unknown option ${p.option}, did you mean --${p.near}?\nsee zfxxgk ${p.command} --help`,
  ),
  unknownOption: dev<{ option: string; command: string }>(
    (p) => `未知选项 ${p.option}\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `unknown option ${p.option}\nsee zfxxgk ${p.command} --help`,
  ),
  optionNeedsValue: dev<{ option: string; command: string }>(
    (p) => `选项 ${p.option} 后面缺少值\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `option ${p.option} needs a value\nsee zfxxgk ${p.command} --help`,
  ),
  optionTakesNoValue: dev<{ option: string; command: string }>(
    (p) => `选项 ${p.option} 不带值\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `option ${p.option} takes no value\nsee zfxxgk ${p.command} --help`,
  ),
  unexpectedArgument: dev<{ option: string; command: string }>(
    (p) => `多余的参数 ${p.option}\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `unexpected argument ${p.option}\nsee zfxxgk ${p.command} --help`,
  ),
  badArguments: dev<{ detail: string; command: string }>(
    (p) => `参数有误：${p.detail}\n运行 zfxxgk ${p.command} --help 查看用法`,
    (p) => `bad arguments: ${p.detail}\nsee zfxxgk ${p.command} --help`,
  ),
  internalError: dev<{ detail: string }>(
    (p) => `内部错误：${p.detail}`,
    (p) => `internal error: ${p.detail}`,
  ),
  interrupted: clerk(
    () => '收到中断信号，正在停止…（再按一次 Ctrl-C 立即退出）',
    () => 'interrupted, stopping… (Ctrl-C again to quit at once)',
  ),
  failed: clerk<{ command: string; message: string }>(
    (p) => `zfxxgk ${p.command}：${p.message}`,
    (p) => `zfxxgk ${p.command}: ${p.message}`,
  ),
} as const;
