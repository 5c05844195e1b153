import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumBrowserUnder, chromiumOf } from '../helpers/processes.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BrowserCrashError,
  BrowserPoolClosedError,
  ChromiumNotFoundError,
  RenderTimeoutError,
  createBrowserPool,
  findChromium,
  requireChromium,
  type BrowserPool,
  type RenderFn,
  type RetryEvent,
} from '../../src/pdf/browser/index.js';
import { DRIVER_ARGS } from '../../src/pdf/browser/launch.js';

/** A promise with its resolve function outside, to hold a render at a known point. */
function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The render the tests use: a tiny page printed to PDF. */
const tinyPdf: RenderFn<Uint8Array> = async (page) => {
  await page.setContent('<p>x</p>');
  return page.pdf();
};

/**
 * How long a test waits for the pool to settle (a warm-up, a page closing, a profile removed). vitest's default of one
 * second is shorter than Chromium takes to start on a loaded CI machine, where the warm-up test once timed out.
 */
const SETTLE = { timeout: 20_000, interval: 20 };

const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** The temporary profile folder of the browser a page lives in. */
const profileOf = async (page: Page): Promise<string> => (await chromiumOf(page.browser())).userDataDir;

/** Process ids whose command line mentions `text`. */
function processesMentioning(text: string): string[] {
  const result = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.stdout.split('\n').filter(Boolean);
}

function disconnection(browser: Browser): Promise<void> {
  return new Promise((resolve) => browser.once('disconnected', () => resolve()));
}

describe('findChromium', () => {
  // Any executable file stands in for Chromium: the Node binary running this test.
  const fake = process.execPath;

  it('uses ZFXXGK_CHROMIUM before PUPPETEER_EXECUTABLE_PATH and the usual places', () => {
    expect(findChromium({ ZFXXGK_CHROMIUM: fake, PUPPETEER_EXECUTABLE_PATH: '/usr/bin/true' })).toBe(fake);
  });

  it('uses PUPPETEER_EXECUTABLE_PATH when ZFXXGK_CHROMIUM is not set', () => {
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: fake }, [])).toBe(fake);
  });

  it('falls back to the first usual place that holds an executable', () => {
    expect(findChromium({}, ['/nonexistent/chromium', fake])).toBe(fake);
  });

  it('finds nothing when no variable is set and no usual place exists', () => {
    expect(findChromium({}, ['/nonexistent/chromium'])).toBeUndefined();
  });

  it('does not quietly use another browser when ZFXXGK_CHROMIUM names a missing file', () => {
    expect(findChromium({ ZFXXGK_CHROMIUM: '/nonexistent/chrome' }, [fake])).toBeUndefined();
    expect(() => requireChromium({ ZFXXGK_CHROMIUM: '/nonexistent/chrome' }, [fake])).toThrow(
      /ZFXXGK_CHROMIUM .*\/nonexistent\/chrome/,
    );
  });

  it('throws ChromiumNotFoundError telling how to install Chromium, Chinese first', () => {
    let caught: unknown;
    try {
      requireChromium({}, ['/nonexistent/a', '/nonexistent/b']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChromiumNotFoundError);
    expect(caught).toMatchObject({
      code: 'CHROMIUM_NOT_FOUND',
      tried: [
        { path: '/nonexistent/a', source: 'default' },
        { path: '/nonexistent/b', source: 'default' },
      ],
    });
    const message = (caught as Error).message;
    expect(message).toMatch(/^找不到 Chromium。请安装：apt-get install chromium/);
    expect(message).toContain(
      'Chromium not found: install it with apt-get install chromium-headless-shell, or set ZFXXGK_CHROMIUM',
    );
  });
});

describe('createBrowserPool', () => {
  it('launches nothing until the first render', async () => {
    const idle = createBrowserPool();
    expect(idle.stats()).toMatchObject({ launches: 0, pagesOpen: 0 });
    await idle.close();
    expect(idle.launchCount).toBe(0);
  });

  it('reports a Chromium that does not start as BrowserLaunchError, and tries again on the next render', async () => {
    const broken = createBrowserPool({ executablePath: '/bin/false' });
    for (let i = 0; i < 2; i++) {
      await expect(broken.withPage(tinyPdf)).rejects.toMatchObject({
        code: 'BROWSER_LAUNCH_FAILED',
        executablePath: '/bin/false',
      });
    }
    expect(broken.stats()).toMatchObject({ launches: 0, failures: 2 });
    await broken.close();
  });

  it('starts Chromium and opens its pages on warm(), before any render, and the renders use them', async () => {
    const pool = createBrowserPool({ size: 2 });
    try {
      pool.warm();
      // Spawned at once, before warm() returns: a Chromium process is there already.
      expect(chromiumBrowserUnder(process.pid)).toBeDefined();
      pool.warm();
      await vi.waitFor(() => expect(pool.stats()).toMatchObject({ launches: 1, pagesOpen: 2 }), SETTLE);
      const results = await Promise.all([pool.run(tinyPdf), pool.run(tinyPdf), pool.run(tinyPdf)]);
      expect(results.every((r) => isPdf(r.value))).toBe(true);
      expect(pool.stats()).toMatchObject({ launches: 1, restarts: 0, pagesOpen: 2 });
    } finally {
      await pool.close();
    }
  });

  it('tells a failed warm-up at the next render, which launches again', async () => {
    const broken = createBrowserPool({ executablePath: '/bin/false' });
    broken.warm();
    await expect(broken.withPage(tinyPdf)).rejects.toMatchObject({
      code: 'BROWSER_LAUNCH_FAILED',
      executablePath: '/bin/false',
      message: expect.stringMatching(/exited with code 1/),
    });
    await broken.close();
    broken.warm();
    expect(broken.launchCount).toBe(0);
  });

  it('refuses a pool size that is not a positive integer', () => {
    expect(() => createBrowserPool({ size: 0 })).toThrow(RangeError);
  });
});

describe('a browser pool of two pages', () => {
  let pool: BrowserPool;
  const retries: RetryEvent[] = [];

  beforeAll(() => {
    pool = createBrowserPool({ size: 2, onRetry: (event) => retries.push(event) });
  });
  afterAll(() => pool?.close());

  it('renders a PDF in one attempt on a lazily launched browser', async () => {
    const result = await pool.run(tinyPdf);
    expect(isPdf(result.value)).toBe(true);
    expect(result.attempts).toBe(1);
    expect(pool.launchCount).toBe(1);
  });

  it('runs two renders on two pages at once and makes a third wait for a free page', async () => {
    const started = [deferred<Page>(), deferred<Page>(), deferred<Page>()];
    const gates = [deferred(), deferred(), deferred()];
    let calls = 0;
    const renders = [0, 1, 2].map((i) =>
      pool.withPage(async (page, context) => {
        calls += 1;
        started[i]!.resolve(page);
        await gates[i]!.promise;
        return tinyPdf(page, context);
      }),
    );

    const [first, second] = await Promise.all([started[0]!.promise, started[1]!.promise]);
    expect(first).not.toBe(second);
    expect(calls).toBe(2);
    expect(pool.stats()).toMatchObject({ inUse: 2, waiting: 1, pagesOpen: 2 });

    gates[0]!.resolve();
    const third = await started[2]!.promise;
    expect(third).toBe(first); // the page the first render gave back, not a new one
    gates[1]!.resolve();
    gates[2]!.resolve();
    const pdfs = await Promise.all(renders);
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pool.stats()).toMatchObject({ inUse: 0, waiting: 0, pagesOpen: 2, peakInUse: 2 });
  });

  it('hands each render an empty document, whatever the last one left', async () => {
    await pool.withPage((page) => page.setContent('<p id="left">last report</p>'));
    await pool.withPage((page) => page.setContent('<p id="left">last report</p>'));
    const leftovers = await pool.withPage((page) => page.evaluate(() => document.querySelectorAll('#left').length));
    expect(leftovers).toBe(0);
  });

  it('stops a render at its time limit with RenderTimeoutError, closes its page and keeps working', async () => {
    let hungPage: Page | undefined;
    let hungSignal: AbortSignal | undefined;
    const hang: RenderFn<never> = (page, context) => {
      hungPage = page;
      hungSignal = context.signal;
      return new Promise<never>(() => undefined);
    };

    const failure = await pool.withPage(hang, { timeoutMs: 300 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RenderTimeoutError);
    expect(failure).toMatchObject({ code: 'RENDER_TIMEOUT', timeoutMs: 300, attempt: 1 });
    expect(hungSignal?.reason).toBe(failure);
    await vi.waitFor(() => expect(hungPage?.isClosed()).toBe(true), SETTLE);

    expect(isPdf(await pool.withPage(tinyPdf))).toBe(true);
    expect(pool.stats()).toMatchObject({ timeouts: 1, retries: 0 });
  });

  it('passes an ordinary error from the render on unchanged, without a retry', async () => {
    const boom = new Error('模板缺少字段');
    let calls = 0;
    await expect(
      pool.run(async () => {
        calls += 1;
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
    expect(pool.stats().retries).toBe(0);
  });

  it('does not take an error Chromium answers while alive (bad PDF options) for a crash', async () => {
    let calls = 0;
    const failure = await pool
      .run(async (page) => {
        calls += 1;
        await page.setContent('<p>x</p>');
        return page.pdf({ pageRanges: '99-100' });
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      name: 'ProtocolError',
      message: expect.stringContaining('Page range exceeds page count'),
    });
    expect(failure).not.toBeInstanceOf(BrowserCrashError);
    expect(calls).toBe(1);
  });

  it('gives up waiting for a page when the caller aborts, without running the render', async () => {
    const gates = [deferred(), deferred()];
    const busy = gates.map((gate) => pool.withPage(() => gate.promise));
    const controller = new AbortController();
    let ran = false;
    const waiting = pool.withPage(
      async () => {
        ran = true;
      },
      { signal: controller.signal },
    );
    expect(pool.stats().waiting).toBe(1);
    controller.abort(new Error('user cancelled'));
    await expect(waiting).rejects.toThrow('user cancelled');
    expect(pool.stats().waiting).toBe(0);
    for (const gate of gates) gate.resolve();
    await Promise.all(busy);
    expect(ran).toBe(false);
  });

  it('abandons a running render when the caller aborts, rejecting with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    let abandoned: Page | undefined;
    const render = pool.withPage(
      (page, context) => {
        abandoned = page;
        controller.abort(reason);
        return new Promise<never>((_, reject) =>
          context.signal.addEventListener('abort', () => reject(new Error('late'))),
        );
      },
      { signal: controller.signal },
    );
    await expect(render).rejects.toBe(reason);
    await vi.waitFor(() => expect(abandoned?.isClosed()).toBe(true), SETTLE);
    expect(isPdf(await pool.withPage(tinyPdf))).toBe(true);
  });

  it('retries a render once on a relaunched browser when Chromium is killed under it', async () => {
    const restartsBefore = pool.restarts;
    const profiles: string[] = [];
    const result = await pool.run(async (page, context) => {
      const chromium = await chromiumOf(page.browser());
      profiles.push(chromium.userDataDir);
      if (context.attempt === 1) process.kill(chromium.pid, 'SIGKILL');
      return tinyPdf(page, context);
    });

    expect(result.attempts).toBe(2);
    expect(isPdf(result.value)).toBe(true);
    expect(pool.restarts).toBe(restartsBefore + 1);
    expect(profiles[1]).not.toBe(profiles[0]);
    expect(retries.at(-1)).toMatchObject({
      attempt: 2,
      cause: { code: 'BROWSER_CRASHED', scope: 'browser', attempt: 1 },
    });
    // The dead browser's processes and profile are cleaned up.
    await vi.waitFor(() => expect(existsSync(profiles[0]!)).toBe(false), SETTLE);
    expect(processesMentioning(profiles[0]!)).toEqual([]);
  });

  it('relaunches on the next render when Chromium died between renders, with no retry needed', async () => {
    const browser = await pool.withPage(async (page) => page.browser());
    const gone = disconnection(browser);
    process.kill((await chromiumOf(browser)).pid, 'SIGKILL');
    await gone;

    const restartsBefore = pool.restarts;
    const retriesBefore = pool.stats().retries;
    const result = await pool.run(tinyPdf);
    expect(result.attempts).toBe(1);
    expect(pool.restarts).toBe(restartsBefore + 1);
    expect(pool.stats().retries).toBe(retriesBefore);
  });

  it('retries on a fresh page, without relaunching, when only the page crashes', async () => {
    const restartsBefore = pool.restarts;
    const pages: Page[] = [];
    const result = await pool.run(async (page, context) => {
      pages.push(page);
      if (context.attempt === 1) await page.goto('chrome://crash').catch(() => undefined);
      return tinyPdf(page, context);
    });
    expect(result.attempts).toBe(2);
    expect(pages[1]).not.toBe(pages[0]);
    expect(pool.restarts).toBe(restartsBefore);
    expect(retries.at(-1)).toMatchObject({ attempt: 2, cause: { scope: 'page' } });
  });
});

describe('closing a browser pool', () => {
  it('leaves no Chromium process and no profile behind, and refuses later renders', async () => {
    const pool = createBrowserPool({ size: 1 });
    const profile = await pool.withPage(async (page) => profileOf(page));
    expect(processesMentioning(profile).length).toBeGreaterThan(0);

    const started = deferred();
    const gate = deferred();
    const running = pool.withPage(() => (started.resolve(), gate.promise)).catch((error: unknown) => error);
    const waiting = pool.withPage(tinyPdf).catch((error: unknown) => error);
    await started.promise;
    const closing = pool.close();
    expect(pool.close()).toBe(closing);
    await closing;

    expect(await running).toBeInstanceOf(BrowserPoolClosedError);
    expect(await waiting).toBeInstanceOf(BrowserPoolClosedError);
    await expect(pool.withPage(tinyPdf)).rejects.toBeInstanceOf(BrowserPoolClosedError);
    expect(processesMentioning(profile)).toEqual([]);
    expect(existsSync(profile)).toBe(false);
    gate.resolve();
  });
});

describe('the flags Chromium is started with', () => {
  it('are those puppeteer-core’s own launch would pass, so that spawning Chromium ourselves changes nothing', async () => {
    const { defaultArgs } = await import('puppeteer-core');
    const theirs = defaultArgs({ headless: true, userDataDir: '/profile' }).filter(
      (a) => a !== '--user-data-dir=/profile' && a !== 'about:blank',
    );
    expect([...DRIVER_ARGS].sort()).toEqual([...theirs].sort());
  });
});
