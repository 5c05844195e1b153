/** One launched Chromium and the pages the pool has opened in it. */
import type { Browser, Page } from 'puppeteer-core';
import { setTimeout as delay } from 'node:timers/promises';
import type { LaunchedChromium } from './launch.js';
import { shutdownChromium } from './shutdown.js';
import type { BrowserPoolOptions } from './types.js';

const RESET_TIMEOUT_MS = 2_000;

/** Empties the document in place: cheaper than navigating, and no earlier report is left in it. */
async function blankDocument(page: Page): Promise<void> {
  const reset = page.evaluate(() => {
    document.open();
    document.close();
  });
  const late = delay(RESET_TIMEOUT_MS, 'late' as const, { ref: false });
  if ((await Promise.race([reset, late])) === 'late') throw new Error('page reset timed out');
}

/**
 * A browser generation of the pool. It keeps idle pages for reuse, opens new ones on demand
 * (running `setupPage` on each), and shuts its Chromium down by itself if the connection drops.
 * Internal to the pool.
 */
export class BrowserSession {
  /** Pages given back, each behind the reset of its document (undefined when the reset failed). */
  readonly #idle: Promise<Page | undefined>[] = [];
  readonly #open = new Set<Page>();
  readonly #crashed = new WeakSet<Page>();
  #closing: Promise<void> | undefined;

  /**
   * @param chromium the running browser this session owns
   * @param setupPage run once on every page it opens
   */
  constructor(
    readonly chromium: LaunchedChromium,
    private readonly setupPage?: BrowserPoolOptions['setupPage'],
  ) {
    chromium.browser.once('disconnected', () => void this.close());
  }

  /** The puppeteer browser. */
  get browser(): Browser {
    return this.chromium.browser;
  }

  /** True once the browser is gone or closing: the pool must launch a new one. */
  get dead(): boolean {
    return this.#closing !== undefined || !this.browser.connected;
  }

  /** Pages open now, busy or idle. */
  get pagesOpen(): number {
    return this.#open.size;
  }

  /** Whether the page's renderer crashed (its `error` event fired). */
  hasCrashed(page: Page): boolean {
    return this.#crashed.has(page);
  }

  /** Hands out an idle page (once its reset is done), or opens and sets up a new one. */
  async takePage(): Promise<Page> {
    for (let next = this.#idle.shift(); next; next = this.#idle.shift()) {
      const page = await next;
      if (!page) continue;
      if (!this.dead && !page.isClosed() && !this.#crashed.has(page)) return page;
      this.discardPage(page);
    }
    return this.#newPage();
  }

  /** Opens a page and sets it up; a page whose set-up fails is closed. */
  async #newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    this.#open.add(page);
    page.on('error', () => this.#crashed.add(page));
    try {
      await this.setupPage?.(page);
    } catch (error) {
      this.discardPage(page);
      throw error;
    }
    return page;
  }

  /**
   * Opens `count` pages ahead of the renders that will take them (the pool's warm-up), when the
   * browser has none yet. Each is queued as idle at once, while it opens: a render that comes
   * meanwhile waits for it rather than opening one more. A page that fails to open is skipped by
   * `takePage`.
   */
  openAhead(count: number): void {
    if (this.dead || this.#open.size > 0 || this.#idle.length > 0) return;
    for (let i = 0; i < count; i++) this.#idle.push(this.#newPage().catch(() => undefined));
  }

  /**
   * Takes a page back after a use and blanks its document in the background (or closes the page
   * if that fails). The caller does not wait: the reset is off the render's critical path, and
   * the next `takePage` waits for it instead, so no earlier report is ever left in a page handed out.
   */
  givePage(page: Page): void {
    if (this.dead || page.isClosed() || this.#crashed.has(page)) return this.discardPage(page);
    this.#idle.push(
      blankDocument(page).then(
        () => page,
        () => {
          this.discardPage(page);
          return undefined;
        },
      ),
    );
  }

  /** Forgets a page and closes it in the background; the next `takePage` opens a replacement. */
  discardPage(page: Page): void {
    this.#open.delete(page);
    if (!page.isClosed() && this.browser.connected) void page.close().catch(() => undefined);
  }

  /** Shuts the browser down (killing it if it hangs) and removes its profile; idempotent. */
  close(): Promise<void> {
    this.#closing ??= shutdownChromium(this.chromium);
    return this.#closing;
  }
}
