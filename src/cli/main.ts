/**
 * The CLI's dispatcher: takes the global options, finds the command (suggesting the nearest for a
 * typo), loads it and hands it its arguments. Returns the exit code; only `bin.ts` exits. Each
 * command is loaded only when run, with its own runner (run-command.ts: options, help, failures),
 * so `--help` and every command load only what they use.
 */
import { EXIT, UsageError, type CommandIO, type ExitCode } from './command.js';
import { langOf, takeGlobalFlags } from './global-flags.js';
import { globalHelp, helpLine } from './help.js';
import { cliText, say, type Lang } from './messages/index.js';
import { internalFailure, reportFailure, terminalSafe } from './output.js';
import { COMMANDS } from './registry.js';
import { closestWord } from './suggest.js';
import { packageVersion } from '../node/package-root.js';

/**
 * `zfxxgk --help`: the commands and the options of every command.
 * @example mainHelp('en').split('\n')[2] // 'usage: zfxxgk <command> [options]'
 */
export function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    say(lang, 'title', { version: packageVersion() }),
    '',
    say(lang, 'usageLine', { usage: say(lang, 'commandPlaceholder') }),
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${helpLine(c.summary, lang) ?? ''}`),
    '',
    say(lang, 'globalOptionsHeading'),
    ...globalHelp(lang),
    '',
    say(lang, 'everyCommand'),
    say(lang, 'exitCodes'),
  ].join('\n');
}

function unknownCommand(name: string): UsageError {
  const near = closestWord(
    name,
    COMMANDS.map((c) => c.name),
  );
  const shown = terminalSafe(name);
  return new UsageError(
    near
      ? cliText('unknownCommandNear', { name: shown, near })
      : cliText('unknownCommand', { name: shown, names: COMMANDS.map((c) => c.name) }),
    'UNKNOWN_COMMAND',
  );
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Everything
 * it takes from its process — streams, working folder, environment, Ctrl-C — comes through `io`,
 * so tests run it in process.
 * @example
 * const code = await runCli(['validate', 'report.json'], { stdout, stderr, stdin, cwd, env, signal });
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  let name = argv[0] ?? '';
  let lang = langOf(argv, io.env);
  try {
    const { flags, rest: args } = takeGlobalFlags(argv, io.env);
    lang = flags.lang;
    const [first, ...rest] = args;
    name = first ?? '';
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(`${mainHelp(lang)}\n`);
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) throw unknownCommand(first);
    return await (await entry.load()).execute(rest, io, flags);
  } catch (error) {
    // Only the dispatcher's own failures land here (a bad global option, an unknown command, a
    // command that could not be loaded): a command's runner prints its own.
    const failure =
      error instanceof UsageError
        ? { code: error.code, message: error.messageIn(lang), exit: error.exitCode }
        : internalFailure(error, lang);
    reportFailure(io, name, argv.includes('--json'), failure, lang);
    return failure.exit;
  }
}
