/**
 * The command contract of the CLI: one command per file, each a `defineCommand({...})` (define-command.ts) with its
 * options, help text and a `run` that returns an exit code. Commands never call `process.exit`;
 * the bin edge does (STYLE.md point 8).
 */
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../issues/message-kit.js';
import { sayText, type CliText } from './messages/index.js';

/**
 * Exit codes: 0 ok, 1 a report has errors, 2 bad usage or unreadable input, 3 could not render
 * (no Chromium, a render over its time limit), 130 interrupted (Ctrl-C).
 */
export const EXIT = { ok: 0, reportErrors: 1, usage: 2, cannotRender: 3, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The environment variables a command reads (`NO_COLOR`). */
export type CommandEnv = Readonly<Record<string, string | undefined>>;

/**
 * Everything a command touches of its process: where it reads and writes, its working folder,
 * its environment and Ctrl-C. The bin passes the real ones; tests pass their own and run the CLI
 * in process.
 */
export interface CommandIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: CommandEnv;
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
  /** `--quiet`: say nothing but what went wrong (set by the dispatcher). */
  readonly quiet?: boolean;
  /** `--lang` (or `ZFXXGK_LANG`): the language of every message, Chinese by default (set by the dispatcher). */
  readonly lang?: Lang;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs<O extends OptionsConfig> {
  readonly values: {
    [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
  };
  readonly positionals: string[];
}

export interface CommandSpec<O extends OptionsConfig> {
  readonly name: string;
  /** Usage line without the program name: `validate <files…> [--previous last.json]`. */
  readonly usage: string;
  /** The usage line under `--lang en`, when `usage` names its arguments in Chinese. */
  readonly usageEn?: string;
  /**
   * Longer help: what it does, what it prints, an example. Written bilingual: each Chinese line
   * followed by its English, a one-line text as `中文 / English` (see src/cli/help.ts).
   */
  readonly help: string;
  readonly options: O;
  /** Option descriptions for --help, each `中文 / English`. */
  readonly optionHelp: { readonly [K in keyof O]: string };
  readonly run: (args: ParsedArgs<O>, io: CommandIO) => Promise<ExitCode>;
}

/** A command with its runner (see define-command.ts): what the dispatcher calls. */
export interface RunnableCommand<O extends OptionsConfig> extends CommandSpec<O> {
  /** Parses `args`, runs, and prints any failure; returns the exit code, never throws. */
  readonly execute: (args: readonly string[], io: CommandIO, flags: GlobalFlagValues) => Promise<ExitCode>;
}

/** What the global options asked for (`--quiet`, `--lang`, `--color`). */
export interface GlobalFlagValues {
  readonly quiet: boolean;
  readonly lang: Lang;
  /** `auto` leaves the decision to the terminal and to NO_COLOR / FORCE_COLOR. */
  readonly color: 'always' | 'never' | 'auto';
}

/**
 * A problem the user can fix, with a message: how the command was called or a file (exit 2), or
 * what rendering needs (exit 3, `EXIT.cannotRender`). The message is best given as a
 * {@link CliText} (`cliText(key, params)`): it is then worded in the language the user chose
 * wherever the error is printed; `message` holds its Chinese words for code that reads it.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The message as a value, when it was given as one. */
  readonly text: CliText | undefined;
  constructor(
    message: string | CliText,
    readonly code: string = 'USAGE',
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(typeof message === 'string' ? message : sayText('zh', message));
    this.text = typeof message === 'string' ? undefined : message;
  }

  /**
   * The message in `lang`.
   * @example new UsageError(cliText('stdinTwice')).messageIn('en') // 'standard input (-) can be read once: give - once only'
   */
  messageIn(lang: Lang): string {
    return this.text ? sayText(lang, this.text) : this.message;
  }
}
