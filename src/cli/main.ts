/**
 * The CLI's dispatcher: takes the global options, finds the command (suggesting the nearest for a
 * typo), loads it, parses its options, prints help, and turns every failure into an exit code and
 * a message. Returns the exit code; only `bin.ts` exits. Commands are loaded only when run, so
 * `--help` starts fast.
 */
import { EXIT, UsageError, type CommandIO, type ExitCode } from './command.js';
import { colorEnv, langOf, takeGlobalFlags } from './global-flags.js';
import { commandHelp, mainHelp } from './help.js';
import { cliText, say, type Lang } from './messages/index.js';
import { envelope, printJson, terminalSafe } from './output.js';
import { parseCommandArgs } from './parse.js';
import { COMMANDS } from './registry.js';
import { closestWord } from './suggest.js';
import { packageVersion } from '../node/package-root.js';

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

/** The message and exit code of what a command threw; loaded only when something failed. */
async function failureOf(error: unknown, lang: Lang): Promise<{ code: string; message: string; exit: ExitCode }> {
  const { userErrorOf } = await import('./user-errors.js');
  // A mistake of the user's (a bad template, no Chromium, a render over time, a missing optional
  // package) says how to fix it.
  const usage = userErrorOf(error);
  if (usage) return { code: usage.code, message: usage.messageIn(lang), exit: usage.exitCode };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: 'INTERNAL', message: say(lang, 'internalError', { detail }), exit: EXIT.usage };
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Everything
 * it takes from its process — streams, working folder, environment, Ctrl-C — comes through `io`,
 * so tests run it in process.
 * @example
 * const code = await runCli(['validate', 'report.json'], { stdout, stderr, stdin, cwd, env, signal });
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const wantsJson = argv.includes('--json');
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
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${commandHelp(command, lang)}\n`);
      return EXIT.ok;
    }
    const parsed = parseCommandArgs(command, rest);
    return await command.run(parsed as never, {
      ...io,
      env: colorEnv(io.env, flags.color),
      quiet: flags.quiet,
      lang: flags.lang,
    });
  } catch (error) {
    const { code, message, exit } = await failureOf(error, lang);
    if (wantsJson) printJson(io, envelope(name, exit, undefined, { code, message }));
    else {
      const text = terminalSafe(message, { keepNewlines: true });
      io.stderr.write(`${say(lang, 'failed', { command: terminalSafe(name), message: text })}\n`);
    }
    return exit;
  }
}
