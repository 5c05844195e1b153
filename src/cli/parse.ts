/**
 * A command's own options, parsed with node:util's parseArgs, whose errors are English only and
 * name no alternative: here each says what is wrong in Chinese with the English beside it, and a
 * mistyped option gets the nearest real one.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CommandSpec, type OptionsConfig, type ParsedArgs } from './command.js';
import { terminalSafe } from './output.js';
import { closestWord } from './suggest.js';

/** The options `--help` and the global ones, which every command knows besides its own. */
const ALWAYS_KNOWN = ['help', 'quiet', 'color', 'lang'];

/** `'--prevous'` out of parseArgs's message. */
const optionIn = (message: string): string => /'([^'\s=<]+)/.exec(message)?.[1] ?? '';

/** The bilingual message for a parseArgs error. */
function messageOf(error: NodeJS.ErrnoException, command: CommandSpec<OptionsConfig>): string {
  const option = terminalSafe(optionIn(error.message));
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = [...Object.keys(command.options), ...ALWAYS_KNOWN];
      const near = closestWord(option.replace(/^-+/, ''), known);
      const hint = near ? `，是否应为 --${near}？ / did you mean --${near}?` : '';
      return `未知选项 ${option}${hint}${near ? '' : ` / unknown option ${option}`}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /missing/.test(error.message)
        ? `选项 ${option} 后面缺少值 / option ${option} needs a value`
        : `选项 ${option} 不带值 / option ${option} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${option} / unexpected argument ${option}`;
    default:
      return terminalSafe(error.message);
  }
}

/**
 * Parses `args` against the command's options.
 * @throws UsageError (exit 2) with a bilingual message and the help to read
 */
export function parseCommandArgs(
  command: CommandSpec<OptionsConfig>,
  args: readonly string[],
): ParsedArgs<OptionsConfig> {
  try {
    return parseArgs({
      args: [...args],
      options: command.options,
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs<OptionsConfig>;
  } catch (error) {
    const message = messageOf(error as NodeJS.ErrnoException, command);
    throw new UsageError(`${message}\n运行 zfxxgk ${command.name} --help 查看用法 / see zfxxgk ${command.name} --help`);
  }
}
