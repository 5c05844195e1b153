/**
 * The SDK's errors that are the user's to fix — a template that does not compile, a font file that
 * cannot be used, no Chromium, a Chromium that will not start, a render over its time limit — as
 * UsageErrors that say what to do (exit 2 for a template, exit 3 for what rendering needs), never as an internal error with a stack trace.
 */
import { TemplateConfigError } from '../html/templates.js';
import { BrowserLaunchError, ChromiumNotFoundError, RenderTimeoutError } from '../pdf/browser/errors.js';
import { FontFileError } from '../pdf/fonts.js';
import { EXIT, UsageError } from './command.js';
import { terminalSafe } from './output.js';

/** Longest `--timeout` accepted, in seconds: an hour. */
const MAX_TIMEOUT_SECONDS = 3600;

/**
 * `--timeout <seconds>`: the time limit of one PDF render, in ms.
 * @param value the option as given, or undefined for the renderer's default (30 s)
 * @example timeoutMs('120') // 120000
 */
export function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(`--timeout 应为 1 到 ${MAX_TIMEOUT_SECONDS} 之间的秒数，实为 ${terminalSafe(value)}`);
  }
  return Math.round(seconds * 1000);
}

/**
 * What to say when rendering `file` ran out of time.
 * @example renderTimeoutText('a.json', 30_000)
 */
export function renderTimeoutText(file: string, ms: number): string {
  const seconds = Number((ms / 1000).toFixed(2));
  return (
    `${terminalSafe(file)} 的 PDF 在 ${seconds} 秒内未生成完，已停止；报告很长或机器很忙时，用 --timeout 调高时限（如 --timeout ${Math.max(120, seconds * 4)}） / ` +
    `rendering timed out after ${seconds} s; raise the limit with --timeout <seconds>`
  );
}

/** True for the errors after which no render of this run can work (no browser): a batch stops. */
export function isSetupError(error: unknown): boolean {
  return error instanceof ChromiumNotFoundError || error instanceof BrowserLaunchError;
}

/**
 * The UsageError for an SDK error the user can fix, or undefined for anything else (an internal
 * error, printed with its stack).
 * @param error what was thrown
 * @param file the report being rendered, named in a timeout's message
 */
export function userErrorOf(error: unknown, file?: string): UsageError | undefined {
  if (error instanceof UsageError) return error;
  if (error instanceof TemplateConfigError) {
    return new UsageError(
      `${error.message}\n模板目录（--templates）是受信任的配置，请修正上面的文件 / fix the template named above`,
      error.code,
    );
  }
  // What rendering needs and did not get ends with exit 3, told apart from a report's errors (1).
  if (error instanceof FontFileError) return new UsageError(error.message, 'FONT_FILE', EXIT.cannotRender);
  if (error instanceof ChromiumNotFoundError) return new UsageError(error.message, error.code, EXIT.cannotRender);
  if (error instanceof BrowserLaunchError) {
    return new UsageError(
      `${error.message}\n请确认 ZFXXGK_CHROMIUM（若已设置）指向可用的 Chromium，或重新安装：apt-get install chromium / check ZFXXGK_CHROMIUM, or reinstall Chromium`,
      error.code,
      EXIT.cannotRender,
    );
  }
  if (error instanceof RenderTimeoutError)
    return new UsageError(renderTimeoutText(file ?? '报告', error.timeoutMs), error.code, EXIT.cannotRender);
  return undefined;
}
