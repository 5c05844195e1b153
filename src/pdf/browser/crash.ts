/** Tells a dead browser or page apart from an ordinary error thrown by a render. */
import type { Browser } from 'puppeteer-core';
import { BrowserCrashError } from './errors.js';

/** Puppeteer's names for "the other end went away" (TargetCloseError is not exported). */
const GONE_NAMES = new Set(['TargetCloseError', 'ConnectionClosedError']);
const GONE_MESSAGE =
  /Target closed|Session closed|Connection closed|Browser has disconnected|Page crashed|browser has been closed/i;

/**
 * Decides whether `error`, thrown while rendering, means Chromium died under the render.
 * - the browser is disconnected → a browser crash, whatever the error says;
 * - the page crashed (seen through its `error` event), or puppeteer reports its target or session
 *   closed → a page crash;
 * - anything else, including a `ProtocolError` Chromium answered while alive (such as bad
 *   `page.pdf` options) → not a crash: the render's own error, to be passed on unchanged.
 * @param error what the render threw
 * @param browser the browser the render ran in
 * @param pageCrashed whether the page emitted its crash event
 * @param attempt which attempt this was, recorded on the crash error
 * @returns a {@link BrowserCrashError} (with the original as `cause`), or `undefined`
 * @example classifyCrash(new Error('bad input'), browser, false, 1) // undefined
 */
export function classifyCrash(
  error: unknown,
  browser: Browser,
  pageCrashed: boolean,
  attempt: number,
): BrowserCrashError | undefined {
  if (error instanceof BrowserCrashError) return error;
  if (!browser.connected) return new BrowserCrashError('browser', attempt, { cause: error });
  if (pageCrashed) return new BrowserCrashError('page', attempt, { cause: error });
  if (error instanceof Error && (GONE_NAMES.has(error.name) || GONE_MESSAGE.test(error.message))) {
    return new BrowserCrashError('page', attempt, { cause: error });
  }
  return undefined;
}
