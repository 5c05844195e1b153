/**
 * Running one loaded command: its help, its options, its run, and every failure turned into an
 * exit code and a message. This module is bundled into each command's own file of the built bin
 * (dist/commands/*.js), never into the dispatcher: the errors a command throws are then checked
 * against the classes of the same bundle, and the dispatcher stays small enough to start fast.
 */
import { EXIT, type CommandIO, type CommandSpec, type ExitCode, type OptionsConfig } from './command.js';
import { colorEnv, type GlobalFlags } from './global-flags.js';
import { commandHelp } from './help.js';
import type { Lang } from './messages/index.js';
import { internalFailure, reportFailure, type Failure } from './output.js';
import { parseCommandArgs } from './parse.js';

/** The message and exit code of what a command threw; loaded only when something failed. */
async function failureOf(error: unknown, lang: Lang): Promise<Failure> {
  const { userErrorOf } = await import('./user-errors.js');
  // A mistake of the user's (a bad template, no Chromium, a render over time, a missing optional
  // package) says how to fix it.
  const usage = userErrorOf(error);
  if (usage) return { code: usage.code, message: usage.messageIn(lang), exit: usage.exitCode };
  return internalFailure(error, lang);
}

/**
 * Runs `command` on its own arguments (`args`, the global options already taken out) and returns
 * the exit code; a failure is printed (as the JSON envelope under `--json`), never thrown.
 */
export async function runCommand(
  command: CommandSpec<OptionsConfig>,
  args: readonly string[],
  io: CommandIO,
  flags: GlobalFlags,
): Promise<ExitCode> {
  try {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`${commandHelp(command, flags.lang)}\n`);
      return EXIT.ok;
    }
    const parsed = parseCommandArgs(command, args);
    return await command.run(parsed as never, {
      ...io,
      env: colorEnv(io.env, flags.color),
      quiet: flags.quiet,
      lang: flags.lang,
    });
  } catch (error) {
    const failure = await failureOf(error, flags.lang);
    reportFailure(io, command.name, args.includes('--json'), failure, flags.lang);
    return failure.exit;
  }
}
