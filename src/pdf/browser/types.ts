/** The browser pool's contract: its options, the render function it runs, and what it reports. */
import type { Page } from 'puppeteer-core';
import type { BrowserCrashError } from './errors.js';

/** How to build a pool. Every field is optional. */
export interface BrowserPoolOptions {
  /** Renders run at once, and pages kept open (default 2: the best on a 2-core machine). */
  readonly size?: number;
  /** The Chromium binary (default: `requireChromium()` at first launch). */
  readonly executablePath?: string;
  /** Flags added to `CHROMIUM_ARGS`. */
  readonly args?: readonly string[];
  /**
   * Time limit of one render attempt in ms, unless the call gives its own (default 30 000). It is
   * the only limit: puppeteer's own default timeouts are off on the pool's pages.
   */
  readonly timeoutMs?: number;
  /** Time Chromium may take to start, in ms (default 30 000). */
  readonly launchTimeoutMs?: number;
  /** Where temporary profiles are made (default the OS temp folder). */
  readonly tmpDir?: string;
  /** Environment variables added for Chromium (the PDF renderer sets `FONTCONFIG_FILE`). */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Runs once on every page the pool opens, before its first use, and again on every replacement
   * page: the place for request interception and its handler, viewport, media type.
   */
  readonly setupPage?: (page: Page) => Promise<void>;
  /** Told each time a render is retried after a crash (for logs and metrics). */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** What a render function gets besides its page. */
export interface RenderContext {
  /** 1, or 2 when the first attempt died with Chromium. */
  readonly attempt: number;
  /** Aborted when this attempt is abandoned (timeout, the caller's abort, a crash, the pool closing). */
  readonly signal: AbortSignal;
}

/**
 * A render: does its work on the page it is lent and resolves with its result. It must not keep
 * the page after it settles. It may run twice (see {@link RunResult.attempts}), so it should not
 * have effects outside the page that cannot be repeated.
 */
export type RenderFn<T> = (page: Page, context: RenderContext) => Promise<T>;

/** Per-call options. */
export interface RunOptions {
  /**
   * Time limit of each attempt in ms (default the pool's `timeoutMs`), however long. The wait for a
   * free page is not counted.
   */
  readonly timeoutMs?: number;
  /** Gives up: while waiting for a page, or while rendering. The call rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

/** What `run` resolves with. */
export interface RunResult<T> {
  readonly value: T;
  /** 1 normally; 2 when Chromium died under the first attempt and the render was retried. */
  readonly attempts: number;
}

/** Told to `onRetry` when a render is retried. */
export interface RetryEvent {
  /** The attempt about to run (always 2). */
  readonly attempt: number;
  /** What killed the first attempt; `cause.scope` says whether the browser is being relaunched. */
  readonly cause: BrowserCrashError;
}

/** Counters since the pool was made, and its state now. */
export interface BrowserPoolStats {
  readonly size: number;
  /** Chromium launches, the first one included. */
  readonly launches: number;
  /** Launches that replaced a browser that had died. */
  readonly restarts: number;
  /** Calls that resolved. */
  readonly renders: number;
  /** Calls that rejected (timeouts, aborts, render errors, crashes that the retry did not cure). */
  readonly failures: number;
  /** Renders retried after a crash. */
  readonly retries: number;
  /** Attempts that hit their time limit. */
  readonly timeouts: number;
  /** Renders running now. */
  readonly inUse: number;
  /** Calls waiting for a page now. */
  readonly waiting: number;
  /** Pages open in the current browser. */
  readonly pagesOpen: number;
  /** The most renders that ran at once. */
  readonly peakInUse: number;
}

/**
 * One Chromium shared by many renders, each on a page of its own. Make one with
 * `createBrowserPool`; close it when done.
 *
 * What a render may rely on when it gets its page:
 * - the page is open in a live browser and no other render uses it until this one settles;
 * - `setupPage` has run on it exactly once;
 * - its document is empty (a new page, or the last document emptied in place; no navigation);
 *   a render still calls `page.setContent` (or `goto`) itself.
 *
 * What is NOT reset between uses, and stays as the last render left it: request interception and
 * listeners added to the page, viewport, emulated media, extra headers, JavaScript enabled.
 * Puppeteer's default timeouts are set to none at the start of every use (the attempt's limit
 * governs). Cookies and storage are shared by all pages of a browser. Set such things in
 * `setupPage`, or set them on every use. A page may be replaced by a new one at any time (after a
 * timeout, an abort, a crash or a failed reset).
 */
export interface BrowserPool {
  /**
   * Runs `fn` on a free page, retrying once on a fresh page (and browser, if that died) when
   * Chromium dies under it.
   * @returns the value and how many attempts it took
   * @throws RenderTimeoutError, BrowserCrashError (when the retry died too), BrowserLaunchError,
   * ChromiumNotFoundError, BrowserPoolClosedError, the signal's reason, or `fn`'s own error unchanged
   */
  run<T>(fn: RenderFn<T>, options?: RunOptions): Promise<RunResult<T>>;
  /** `run` that resolves with the value alone. */
  withPage<T>(fn: RenderFn<T>, options?: RunOptions): Promise<T>;
  /**
   * Starts Chromium and opens its pages now instead of at the first render, so that it boots while the caller does
   * other work (reading and checking input, loading modules). Nothing is thrown here: a render
   * that waits on a failing warm-up gets its failure, a later one launches again. Does nothing when a
   * browser is already running or starting, or the pool is closed.
   */
  warm(): void;
  /** Counters and current state. */
  stats(): BrowserPoolStats;
  /** Chromium launches so far (same as `stats().launches`). */
  readonly launchCount: number;
  /** Relaunches after a crash so far (same as `stats().restarts`). */
  readonly restarts: number;
  /** True once `close` was called. */
  readonly closed: boolean;
  /**
   * Rejects waiting calls and abandons running ones with BrowserPoolClosedError, closes the
   * browser (SIGKILLing its process group if it does not exit within 2 s) and removes every
   * temporary profile. Idempotent: later calls return the same promise.
   */
  close(): Promise<void>;
}
