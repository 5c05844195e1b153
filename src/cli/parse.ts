/**
 * A command's own options, parsed with node:util's parseArgs, whose errors are English only and
 * name no alternative: here each says what is wrong in the language chosen (Chinese with the English
 * beside it by default), and a mistyped option gets the nearest real one.
 */
import { parseArgs } from 'node:util';
import { UsageError, type CommandSpec, type OptionsConfig, type ParsedArgs } from './command.js';
import { cliText, type CliText } from './messages/index.js';
import { terminalSafe } from './output.js';
import { closestWord } from './suggest.js';

/** The options `--help` and the global ones, which every command knows besides its own. */
const ALWAYS_KNOWN = ['help', 'quiet', 'color', 'lang'];

/** `'--prevous'` out of parseArgs's message. */
const optionIn = (message: string): string => /'([^'\s=<]+)/.exec(message)?.[1] ?? '';

/** The message for a parseArgs error, as a value worded in the language chosen. */
function messageOf(error: NodeJS.ErrnoException, command: CommandSpec<OptionsConfig>): CliText {
  const option = terminalSafe(optionIn(error.message));
  const at = { option, command: command.name };
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = [...Object.keys(command.options), ...ALWAYS_KNOWN];
      const near = closestWord(option.replace(/^-+/, ''), known);
      return near ? cliText('unknownOptionNear', { ...at, near }) : cliText('unknownOption', at);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /missing/.test(error.message) ? cliText('optionNeedsValue', at) : cliText('optionTakesNoValue', at);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return cliText('unexpectedArgument', at);
    default:
      return cliText('badArguments', { detail: terminalSafe(error.message), command: command.name });
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
    throw new UsageError(messageOf(error as NodeJS.ErrnoException, command));
  }
}
