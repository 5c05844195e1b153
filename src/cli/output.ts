/**
 * What the CLI prints: the `--json` envelope (one stable shape for every command) and readable
 * lists of issues that name tables, rows and columns by their official labels.
 */
import type { Issue, IssueCounts } from '../issues/issue.js';
import { EXIT, type CommandEnv, type CommandIO, type ExitCode } from './command.js';
import { packageVersion } from '../node/package-root.js';
import { say, type Lang } from './messages/index.js';

/** The `--json` envelope of every command. */
export interface Envelope<T> {
  readonly zfxxgk: string;
  readonly command: string;
  readonly ok: boolean;
  readonly exitCode: number;
  readonly data?: T;
  readonly error?: { readonly code: string; readonly message: string };
}

export function envelope<T>(
  command: string,
  exitCode: number,
  data?: T,
  error?: { code: string; message: string },
): Envelope<T> {
  return {
    zfxxgk: packageVersion(),
    command,
    ok: exitCode === 0,
    exitCode,
    ...(data === undefined ? {} : { data }),
    ...(error ? { error } : {}),
  };
}

/** What went wrong in a command, as the dispatcher and each command's runner print it. */
export interface Failure {
  readonly code: string;
  readonly message: string;
  readonly exit: ExitCode;
}

/** A failure that is not the user's: a bug of ours, told with its stack so that it can be reported. */
export function internalFailure(error: unknown, lang: Lang): Failure {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: 'INTERNAL', message: say(lang, 'internalError', { detail }), exit: EXIT.usage };
}

/**
 * Prints a failure: the JSON envelope under `--json`, else one line on stderr naming the command.
 * @param command the command's name as typed (printed terminal-safe)
 */
export function reportFailure(io: CommandIO, command: string, json: boolean, failure: Failure, lang: Lang): void {
  const { code, message, exit } = failure;
  if (json) printJson(io, envelope(command, exit, undefined, { code, message }));
  else {
    const text = terminalSafe(message, { keepNewlines: true });
    io.stderr.write(`${say(lang, 'failed', { command: terminalSafe(command), message: text })}\n`);
  }
}

/**
 * Characters that can change what a terminal shows rather than show themselves: C0 and C1
 * controls (ESC starts a sequence that moves the cursor or erases a line, CR goes back to the
 * start of it), DEL, the bidirectional marks, embeddings, overrides and isolates (they reorder
 * what follows), the line and paragraph separators, and lone surrogates.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What JSON.stringify leaves raw of `UNSAFE` (it escapes C0 controls and lone surrogates itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE = new RegExp(UNSAFE.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'), 'g');

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const visible = (c: string): string => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * User text made safe to print on a terminal: every character that could move the cursor, erase,
 * recolour or reorder what is shown (see `UNSAFE`) is written as a visible escape such as `\u001B`
 * or `\u202E`, so a file name or an agency name can never draw a fake `通过`. Used for every piece
 * of user text the CLI prints: file names, agencies, messages that quote a report.
 * @param text the text to print
 * @param options `keepNewlines` for our own multi-line messages (a line feed is left as it is)
 * @returns the text with each such character escaped
 * @example terminalSafe('某县\u001b[2K\r通过') // '某县\\u001B[2K\\r通过'
 */
export function terminalSafe(text: string, options: { readonly keepNewlines?: boolean } = {}): string {
  return text.replace(options.keepNewlines ? UNSAFE_BUT_NEWLINE : UNSAFE, visible);
}

/**
 * A value as indented JSON that is safe on a terminal. JSON.stringify escapes C0 controls but
 * leaves C1 controls, bidi overrides and U+2028 raw; they occur only inside strings and are
 * escaped here too (`\u202E` in JSON is the same string), so a program reads the same value.
 * @example jsonText({ agency: '某县\u202e' }) // '{\n  "agency": "某县\\u202E"\n}'
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, visible);
}

/** Prints a value as JSON (see {@link jsonText}) on standard output. */
export function printJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${jsonText(value)}\n`);
}

/**
 * Whether to colour what goes to `stream`: FORCE_COLOR (other than `0` or `false`) turns colour on
 * even into a pipe and wins over NO_COLOR, as in Node itself; otherwise NO_COLOR
 * (https://no-color.org) turns it off; otherwise a terminal is coloured and a pipe is not.
 * `--color=always|never` reaches here as these two variables.
 * @param env the command's environment (`io.env`)
 */
export function colorOn(stream: { isTTY?: boolean }, env: CommandEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env['NO_COLOR']) return false;
  return stream.isTTY === true;
}

/**
 * Colours as {@link colorOn} decides.
 * @param env the command's environment (`io.env`)
 */
export function painter(stream: { isTTY?: boolean }, env: CommandEnv) {
  const on = colorOn(stream, env);
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), cyan: wrap(36), green: wrap(32), dim: wrap(2), bold: wrap(1) };
}

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/**
 * The counts of a check in words.
 * @example countsText({ error: 3, warning: 1, info: 2 }) // '3 个错误，1 个警告，2 个提示'
 */
export function countsText(counts: IssueCounts, lang: Lang = 'zh'): string {
  return say(lang, 'counts', counts);
}

/**
 * Issues as indented lines, errors first: the severity in `lang` (the messages are made in the
 * language the issues were asked for), the message and the code.
 */
export function issueLines(
  issues: readonly Issue[],
  stream: { isTTY?: boolean },
  env: CommandEnv,
  lang: Lang = 'zh',
): string[] {
  const paint = painter(stream, env);
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  return issues.map(
    (i) =>
      `  ${colour[i.severity](say(lang, SEVERITY_KEY[i.severity]))}  ${terminalSafe(i.message)}  ${paint.dim(`[${i.code}]`)}`,
  );
}
