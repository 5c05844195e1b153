/** The browser pool: one Chromium, a few pages, renders queued in order, crashes retried once. */
import { runAttempt } from './attempt.js';
import { BrowserCrashError, BrowserPoolClosedError, RenderTimeoutError } from './errors.js';
import { FifoGate } from './fifo-gate.js';
import { requireChromium } from './find-chromium.js';
import { launchChromium } from './launch.js';
import { BrowserSession } from './session.js';
import type { BrowserPool, BrowserPoolOptions, BrowserPoolStats, RenderFn, RunOptions, RunResult } from './types.js';

interface Generation {
  readonly ready: Promise<BrowserSession>;
  session?: BrowserSession;
}

class Pool implements BrowserPool {
  readonly #options: BrowserPoolOptions;
  readonly #gate: FifoGate;
  readonly #closer = new AbortController();
  readonly #sessions = new Set<BrowserSession>();
  #generation: Generation | undefined;
  #closing: Promise<void> | undefined;
  readonly #counts = { launches: 0, restarts: 0, renders: 0, failures: 0, retries: 0, timeouts: 0, peakInUse: 0 };

  constructor(options: BrowserPoolOptions) {
    this.#options = options;
    this.#gate = new FifoGate(options.size ?? 2);
  }

  get launchCount(): number {
    return this.#counts.launches;
  }

  get restarts(): number {
    return this.#counts.restarts;
  }

  get closed(): boolean {
    return this.#closing !== undefined;
  }

  async run<T>(fn: RenderFn<T>, options: RunOptions = {}): Promise<RunResult<T>> {
    try {
      if (this.closed) throw new BrowserPoolClosedError();
      // The call joins the queue before its first await, so calls are served in call order.
      const release = await this.#gate.acquire(options.signal);
      this.#counts.peakInUse = Math.max(this.#counts.peakInUse, this.#gate.inUse);
      try {
        const result = await this.#runWithRetry(fn, options);
        this.#counts.renders += 1;
        return result;
      } finally {
        release();
      }
    } catch (error) {
      this.#counts.failures += 1;
      if (error instanceof RenderTimeoutError) this.#counts.timeouts += 1;
      throw error;
    }
  }

  async withPage<T>(fn: RenderFn<T>, options?: RunOptions): Promise<T> {
    return (await this.run(fn, options)).value;
  }

  warm(): void {
    if (this.closed) return;
    // A failed warm-up leaves no generation behind (see #liveSession): the next render relaunches.
    // Its pages are opened too, while the caller still has other work to do.
    this.#liveSession().then(
      (session) => session.openAhead(this.#gate.permits),
      () => undefined,
    );
  }

  stats(): BrowserPoolStats {
    return {
      size: this.#gate.permits,
      ...this.#counts,
      inUse: this.#gate.inUse,
      waiting: this.#gate.waiting,
      pagesOpen: this.#generation?.session?.pagesOpen ?? 0,
    };
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #runWithRetry<T>(fn: RenderFn<T>, options: RunOptions): Promise<RunResult<T>> {
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? 30_000;
    const signals = [options.signal, this.#closer.signal];
    for (let attempt = 1; ; attempt += 1) {
      try {
        const session = await this.#liveSession();
        const value = await runAttempt(session, fn, { attempt, timeoutMs, signals });
        return { value, attempts: attempt };
      } catch (error) {
        if (!(error instanceof BrowserCrashError) || attempt >= 2 || this.closed) throw error;
        this.#counts.retries += 1;
        try {
          this.#options.onRetry?.({ attempt: attempt + 1, cause: error });
        } catch {
          // An observer's mistake must not fail the render.
        }
      }
    }
  }

  /** The current browser; launches one on first use and after the last one died. */
  #liveSession(): Promise<BrowserSession> {
    if (this.closed) return Promise.reject(new BrowserPoolClosedError());
    const current = this.#generation;
    if (current && !current.session?.dead) return current.ready;
    if (current?.session) this.#counts.restarts += 1;
    const next: Generation = {
      ready: this.#launch().then(
        (session) => {
          next.session = session;
          return session;
        },
        (error: unknown) => {
          if (this.#generation === next) this.#generation = undefined;
          throw error;
        },
      ),
    };
    this.#generation = next;
    return next.ready;
  }

  async #launch(): Promise<BrowserSession> {
    const chromium = await launchChromium({
      executablePath: this.#options.executablePath ?? requireChromium(),
      args: this.#options.args ?? [],
      timeoutMs: this.#options.launchTimeoutMs ?? 30_000,
      ...(this.#options.tmpDir === undefined ? {} : { tmpDir: this.#options.tmpDir }),
      ...(this.#options.env === undefined ? {} : { env: this.#options.env }),
    });
    this.#counts.launches += 1;
    const session = new BrowserSession(chromium, this.#options.setupPage);
    this.#sessions.add(session);
    // A session shuts itself down when its browser disconnects; forget it once that is done.
    chromium.browser.once('disconnected', () => void session.close().then(() => this.#sessions.delete(session)));
    if (this.closed) {
      await session.close();
      throw new BrowserPoolClosedError();
    }
    return session;
  }

  async #shutdown(): Promise<void> {
    const reason = new BrowserPoolClosedError();
    this.#gate.refuseAll(reason);
    this.#closer.abort(reason);
    await this.#generation?.ready.catch(() => undefined);
    await Promise.all([...this.#sessions].map((session) => session.close()));
    this.#sessions.clear();
  }
}

/**
 * Makes a browser pool. Nothing starts until the first render (or `warm()`): Chromium is found and launched then.
 * @param options pool size, Chromium binary and flags, time limits, page setup, retry observer
 * @returns the pool; `close()` it when done
 * @throws RangeError when `size` is not a positive integer
 * @example
 * const pool = createBrowserPool({ size: 2 });
 * try {
 *   const pdf = await pool.withPage(async (page) => {
 *     await page.setContent(html);
 *     return page.pdf({ format: 'A4' });
 *   });
 * } finally {
 *   await pool.close();
 * }
 */
export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  return new Pool(options);
}
