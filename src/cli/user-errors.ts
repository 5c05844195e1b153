/**
 * The SDK's errors that are the user's to fix — a template that does not compile, a font file that
 * cannot be used, no Chromium, a Chromium that will not start, a render over its time limit, a
 * missing optional package — as UsageErrors that say what to do (exit 2 for a template or a
 * package, exit 3 for what rendering needs), never as an internal error with a stack trace. Their
 * words come from the CLI's message table, made from the facts each error carries, so that
 * `--lang en` gives them in English.
 */
import { TemplateConfigError } from '../html/template-error.js';
import { MissingPackageError } from '../node/optional.js';
import { BrowserLaunchError, ChromiumNotFoundError, RenderTimeoutError } from '../pdf/browser/errors.js';
import { FontFileError } from '../pdf/fonts.js';
import { EXIT, UsageError } from './command.js';
import { cliText, say, type Lang } from './messages/index.js';
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
    throw new UsageError(cliText('timeoutValue', { max: MAX_TIMEOUT_SECONDS, given: terminalSafe(value) }));
  }
  return Math.round(seconds * 1000);
}

/**
 * What to say when rendering `file` ran out of time.
 * @example renderTimeoutText('a.json', 30_000, 'en')
 */
export function renderTimeoutText(file: string, ms: number, lang: Lang = 'zh'): string {
  const seconds = Number((ms / 1000).toFixed(2));
  return say(lang, 'renderTimeout', { file: terminalSafe(file), seconds, suggest: Math.max(120, seconds * 4) });
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
  if (error instanceof MissingPackageError)
    return new UsageError(cliText('missingPackage', { names: error.packageNames, install: error.install }), error.code);
  if (error instanceof TemplateConfigError)
    return new UsageError(cliText('templateBroken', { detail: error.message }), error.code);
  // What rendering needs and did not get ends with exit 3, told apart from a report's errors (1).
  if (error instanceof FontFileError) return new UsageError(error.message, 'FONT_FILE', EXIT.cannotRender);
  if (error instanceof ChromiumNotFoundError) {
    const text = error.explicit
      ? cliText('chromiumNotExecutable', { variable: error.explicit.source, path: error.explicit.path })
      : cliText('chromiumNotFound', { tried: error.tried.map((c) => c.path) });
    return new UsageError(text, error.code, EXIT.cannotRender);
  }
  if (error instanceof BrowserLaunchError) {
    const cause = error.cause;
    const reason = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
    return new UsageError(
      cliText('chromiumLaunch', { path: error.executablePath, reason }),
      error.code,
      EXIT.cannotRender,
    );
  }
  if (error instanceof RenderTimeoutError) {
    const seconds = Number((error.timeoutMs / 1000).toFixed(2));
    const shown = file === undefined ? {} : { file: terminalSafe(file) };
    return new UsageError(
      cliText('renderTimeout', { ...shown, seconds, suggest: Math.max(120, seconds * 4) }),
      error.code,
      EXIT.cannotRender,
    );
  }
  return undefined;
}

/**
 * What went wrong, in `lang`: the words of a UsageError (or of an SDK error the user can fix), or
 * the message of any other error.
 * @example messageOf(new UsageError(cliText('stdinTwice')), 'en')
 */
export function messageOf(error: unknown, lang: Lang, file?: string): string {
  const usage = userErrorOf(error, file);
  if (usage) return usage.messageIn(lang);
  return error instanceof Error ? error.message : String(error);
}
