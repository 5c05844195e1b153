/** The help texts: `zfxxgk --help` (the command list) and each command's `--help`. */
import type { CommandSpec, OptionsConfig } from './command.js';
import { GLOBAL_OPTION_HELP } from './global-flags.js';

/** The exit codes, said in both languages at the foot of every help. */
export const EXIT_CODES_TEXT = [
  '退出码：0 正常；1 报告有错误；2 用法错误或输入无法读取；3 无法生成（如没有 Chromium、生成超时）；130 被中断。',
  'Exit codes: 0 ok; 1 a report has errors; 2 bad usage or unreadable input; 3 could not render (no Chromium, a render over time); 130 interrupted.',
];

/** The help lines of the options every command takes. */
export const globalHelp = (): string[] => GLOBAL_OPTION_HELP.map(([flag, text]) => `  ${flag.padEnd(22)} ${text}`);

/** One command's `--help`: usage, what it does, its options, the global ones and the exit codes. */
export function commandHelp(command: CommandSpec<OptionsConfig>): string {
  const options = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' <值>' : ''}`;
    return `  ${flag.padEnd(22)} ${command.optionHelp[name] ?? ''}`;
  });
  return [
    `用法 / usage: zfxxgk ${command.usage}`,
    '',
    command.help,
    '',
    '选项 / options:',
    ...options,
    ...globalHelp(),
    `  ${'--help'.padEnd(22)} 显示本帮助 / show this help`,
    '',
    ...EXIT_CODES_TEXT,
  ].join('\n');
}
