/** One attempt of a render: a page, the render function, and everything that can cut it short. */
import type { Page } from 'puppeteer-core';
import { classifyCrash } from './crash.js';
import { BrowserCrashError, RenderTimeoutError } from './errors.js';
import type { BrowserSession } from './session.js';
import type { RenderFn } from './types.js';

/** How one attempt runs. */
export interface AttemptOptions {
  /** 1 or 2. */
  readonly attempt: number;
  /** Time limit from the moment the attempt asks for its page. */
  readonly timeoutMs: number;
  /** Abort signals that abandon the attempt with their reason (the caller's, the pool's). */
  readonly signals: readonly (AbortSignal | undefined)[];
}

/**
 * Runs `fn` once on a page of `session`. The attempt settles with the first of:
 * - `fn` resolves → the page goes back to the session, the value is returned;
 * - `fn` rejects → a crash (see `classifyCrash`) becomes a BrowserCrashError and the page is
 *   dropped; any other error is passed on unchanged and the page goes back;
 * - the time limit → RenderTimeoutError; a signal aborts → its reason; the page crashes or the
 *   browser disconnects → BrowserCrashError. In these cases the page is closed (`fn` may still
 *   hold it) and `fn`'s later outcome is ignored.
 * @param session the live browser to render in
 * @param fn the render
 * @param options attempt number, time limit, abort signals
 * @returns what `fn` resolved with
 * @example await runAttempt(session, (page) => page.pdf(), { attempt: 1, timeoutMs: 30_000, signals: [] })
 */
export function runAttempt<T>(session: BrowserSession, fn: RenderFn<T>, options: AttemptOptions): Promise<T> {
  const { attempt, timeoutMs, signals } = options;
  const browser = session.browser;
  return new Promise<T>((resolve, reject) => {
    const controller = new AbortController();
    let page: Page | undefined;
    let done = false;

    const onDisconnected = (): void => abandon(new BrowserCrashError('browser', attempt));
    const onPageError = (error: Error): void => abandon(new BrowserCrashError('page', attempt, { cause: error }));
    const aborters = signals.map((signal) => ({ signal, listener: () => abandon(signal?.reason) }));
    const timer = setTimeout(() => abandon(new RenderTimeoutError(timeoutMs, attempt)), timeoutMs);

    function settle(): boolean {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      for (const { signal, listener } of aborters) signal?.removeEventListener('abort', listener);
      browser.off('disconnected', onDisconnected);
      page?.off('error', onPageError);
      return true;
    }
    function abandon(reason: unknown): void {
      if (!settle()) return;
      controller.abort(reason);
      if (page) session.discardPage(page);
      reject(reason);
    }

    for (const { signal, listener } of aborters) {
      if (signal?.aborted) return abandon(signal.reason);
      signal?.addEventListener('abort', listener, { once: true });
    }
    browser.on('disconnected', onDisconnected);

    const use = async (taken: Page): Promise<void> => {
      if (done) return void session.givePage(taken); // abandoned while the page was being opened
      page = taken;
      page.on('error', onPageError);
      // Puppeteer gives setContent, pdf and every wait a 30-second limit of its own, which would
      // cut short a render allowed longer: the attempt's limit above is the only one.
      page.setDefaultTimeout(0);
      page.setDefaultNavigationTimeout(0);
      let value: T;
      try {
        value = await fn(page, { attempt, signal: controller.signal });
      } catch (error) {
        if (done) return; // already abandoned: this error is a consequence
        const crash = classifyCrash(error, browser, session.hasCrashed(page), attempt);
        settle();
        if (crash) {
          controller.abort(crash);
          session.discardPage(page);
          return reject(crash);
        }
        session.givePage(page);
        return reject(error);
      }
      if (!settle()) return;
      // Resolved at once: the page's reset runs while the caller writes this result.
      session.givePage(page);
      resolve(value);
    };
    session
      .takePage()
      .then(use, (error: unknown) => {
        if (!settle()) return;
        reject(classifyCrash(error, browser, false, attempt) ?? error);
      })
      .catch(abandon);
  });
}
