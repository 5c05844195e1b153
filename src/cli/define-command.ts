/**
 * `defineCommand`: a command's spec with its runner attached. Each command file calls it, so the
 * runner (options, help, failures) is bundled with the command it runs; see run-command.ts.
 */
import type { CommandSpec, ExitCode, OptionsConfig, RunnableCommand } from './command.js';
import { runCommand } from './run-command.js';

/** A command as written in src/cli/commands/, with option types inferred, ready to execute. */
export function defineCommand<O extends OptionsConfig>(spec: CommandSpec<O>): RunnableCommand<O> {
  return {
    ...spec,
    execute: (args, io, flags): Promise<ExitCode> =>
      runCommand(spec as unknown as CommandSpec<OptionsConfig>, args, io, flags),
  };
}
