/**
 * What the CLI prints: the `--json` envelope (one stable shape for every command) and readable
 * lists of issues that name tables, rows and columns by their official labels.
 */
import type { Issue, IssueCounts } from '../index.js';
import type { CommandEnv, CommandIO } from './command.js';
import { packageVersion } from './io.js';

/** The `--json` envelope of every command. */
export interface Envelope<T> {
  readonly zfxxgk: string;
  readonly command: string;
  readonly ok: boolean;
  readonly exitCode: number;
  readonly data?: T;
  readonly error?: { readonly code: string; readonly message: string };
}

export function envelope<T>(command: string, exitCode: number, data?: T, error?: { code: string; message: string }): Envelope<T> {
  return {
    zfxxgk: packageVersion(),
    command,
    ok: exitCode === 0,
    exitCode,
    ...(data === undefined ? {} : { data }),
    ...(error ? { error } : {}),
  };
}

export function printJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Colours on a terminal only, and never when NO_COLOR is set (https://no-color.org).
 * @param env the command's environment (`io.env`)
 */
export function painter(stream: { isTTY?: boolean }, env: CommandEnv) {
  const on = stream.isTTY === true && !env['NO_COLOR'];
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), cyan: wrap(36), green: wrap(32), dim: wrap(2), bold: wrap(1) };
}

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** `3 个错误，1 个警告，2 个提示` */
export function countsText(counts: IssueCounts): string {
  return `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示`;
}

/** Issues as indented lines, errors first. */
export function issueLines(issues: readonly Issue[], stream: { isTTY?: boolean }, env: CommandEnv): string[] {
  const paint = painter(stream, env);
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  return issues.map((i) => `  ${colour[i.severity](SEVERITY_ZH[i.severity])}  ${i.message}  ${paint.dim(`[${i.code}]`)}`);
}
