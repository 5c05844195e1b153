/**
 * Help in the language chosen: each command's `--help` here, `zfxxgk --help` in main.ts (the
 * dispatcher, which alone knows every command). Help texts are written
 * bilingual, by one convention: a Chinese line is followed by its English (a paragraph, then the
 * same paragraph in English), and a one-line text is `中文 / English`. Under `zh` they are shown as
 * written (a developer reads both); under `en` a one-line text gives its English half (which may
 * name official labels of the format, in Chinese as the format has them) and a Chinese line with
 * no English in it is left out. Example command lines are kept whatever they hold: an agency or
 * file name in them is report content, not the CLI's words.
 */
import type { Lang } from '../issues/message-kit.js';
import type { CommandSpec, OptionsConfig } from './command.js';
import { globalOptionHelp } from './global-flags.js';
import { say } from './messages/index.js';

const HAN = /\p{Script=Han}/u;

/** A line of an example: a command to type. */
const isExample = (line: string) => /^\s+(?:zfxxgk|curl|ZFXXGK_\w+=|-H |"http)/.test(line);

/**
 * One line or paragraph of help in `lang`, or undefined when it has no words in that language.
 * @example helpLine('覆盖已有文件 / overwrite an existing file', 'en') // 'overwrite an existing file'
 */
export function helpLine(line: string, lang: Lang): string | undefined {
  if (lang === 'zh' || !HAN.test(line)) return line;
  const cut = line.lastIndexOf(' / ');
  if (isExample(line)) {
    // `zfxxgk … # 中文 / English` or `zfxxgk … （中文 / English）`: the command with the English comment.
    const comment = /\s+(?:#|（)/.exec(line);
    if (!comment || cut < comment.index) return line;
    return `${line.slice(0, comment.index)}   # ${line.slice(cut + 3).replace(/）$/, '')}`;
  }
  if (cut < 0) return undefined;
  // `标题 / title:` keeps the indentation of the line; a name before the Chinese (`--assume` choices) stays.
  const start = line.search(HAN);
  const lead = line.slice(0, start);
  return `${lead}${line.slice(cut + 3).trimStart()}`;
}

/**
 * A help text in `lang` (see the convention above).
 * @example helpText('检查报告。\nChecks the report.', 'en') // 'Checks the report.'
 */
export function helpText(text: string, lang: Lang): string {
  if (lang === 'zh') return text;
  const lines = text.split('\n').flatMap((line) => {
    const shown = helpLine(line, lang);
    return shown === undefined ? [] : [shown];
  });
  // Blank lines that stood between Chinese paragraphs no longer separate anything twice.
  const kept = lines.filter((line, i) => line.trim() !== '' || (i > 0 && lines[i - 1]!.trim() !== ''));
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return kept.join('\n');
}

/** The help lines of the options every command takes. */
export const globalHelp = (lang: Lang) => globalOptionHelp(lang).map(([flag, text]) => `  ${flag.padEnd(22)} ${text}`);

/**
 * `zfxxgk <command> --help`: its usage, what it does, its options and the exit codes.
 * @example commandHelp(await COMMANDS[0]!.load(), 'en')
 */
export function commandHelp(command: CommandSpec<OptionsConfig>, lang: Lang): string {
  const options = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ` ${say(lang, 'valuePlaceholder')}` : ''}`;
    return `  ${flag.padEnd(22)} ${helpLine(command.optionHelp[name] ?? '', lang) ?? ''}`;
  });
  return [
    say(lang, 'usageLine', { usage: lang === 'en' ? (command.usageEn ?? command.usage) : command.usage }),
    '',
    helpText(command.help, lang),
    '',
    say(lang, 'optionsHeading'),
    ...options,
    ...globalHelp(lang),
    `  ${'--help'.padEnd(22)} ${say(lang, 'helpOption')}`,
    '',
    say(lang, 'exitCodes'),
  ].join('\n');
}
