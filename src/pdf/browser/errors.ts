/**
 * The ways the browser pool fails, one class each. Every class carries a stable `code` a program
 * can switch on and the facts behind it as fields; the message is Chinese first, English after.
 */

/** The command that installs the Chromium zfxxgk prints with best (Debian's headless shell; see `CHROMIUM_PATHS`). */
export const CHROMIUM_INSTALL = 'apt-get install chromium-headless-shell';

/** Stable codes of the browser pool's errors. */
export type BrowserErrorCode =
  | 'CHROMIUM_NOT_FOUND'
  | 'BROWSER_LAUNCH_FAILED'
  | 'BROWSER_CRASHED'
  | 'RENDER_TIMEOUT'
  | 'BROWSER_POOL_CLOSED';

/** Where a Chromium path came from: one of the two variables, or the list of usual places. */
export type ChromiumSource = 'ZFXXGK_CHROMIUM' | 'PUPPETEER_EXECUTABLE_PATH' | 'default';

/** A path that was tried while looking for Chromium. */
export interface ChromiumCandidate {
  readonly path: string;
  readonly source: ChromiumSource;
}

/**
 * No usable Chromium executable was found.
 * @example
 * try { requireChromium() } catch (e) { if (e instanceof ChromiumNotFoundError) console.error(e.tried) }
 */
export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
  readonly code = 'CHROMIUM_NOT_FOUND' satisfies BrowserErrorCode;
  /**
   * @param tried every path looked at, in order
   * @param explicit set when a variable named a path that is not an executable file; the search
   * stops there rather than quietly using another browser
   */
  constructor(
    readonly tried: readonly ChromiumCandidate[],
    readonly explicit?: ChromiumCandidate,
  ) {
    const where = tried.map((c) => c.path).join(', ');
    super(
      explicit
        ? `${explicit.source} 指向的文件不存在或不可执行：${explicit.path}。请修正该变量，或安装：${CHROMIUM_INSTALL} / ` +
            `${explicit.source} points to ${explicit.path}, which is not an executable file: fix it, or install Chromium with ${CHROMIUM_INSTALL}`
        : `找不到 Chromium。请安装：${CHROMIUM_INSTALL}，或设置 ZFXXGK_CHROMIUM 指向其可执行文件 / ` +
            `Chromium not found: install it with ${CHROMIUM_INSTALL}, or set ZFXXGK_CHROMIUM. 已查找 / Tried: ${where}`,
    );
  }
}

/**
 * Chromium was found but did not start (or did not answer within the launch timeout).
 * The cause holds puppeteer's error with Chromium's own output.
 */
export class BrowserLaunchError extends Error {
  override readonly name = 'BrowserLaunchError';
  readonly code = 'BROWSER_LAUNCH_FAILED' satisfies BrowserErrorCode;
  /** @param executablePath the binary that failed to start */
  constructor(
    readonly executablePath: string,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message.split('\n')[0] : String(options.cause);
    super(`Chromium 启动失败（${executablePath}）/ Chromium failed to start (${executablePath}): ${reason}`, options);
  }
}

/**
 * Chromium died under a render: the whole browser (`scope: 'browser'`: process killed,
 * connection lost) or only the page's renderer (`scope: 'page'`: target crashed or closed).
 * The pool retries such a render once; this error reaches the caller only when the retry fails too.
 */
export class BrowserCrashError extends Error {
  override readonly name = 'BrowserCrashError';
  readonly code = 'BROWSER_CRASHED' satisfies BrowserErrorCode;
  /**
   * @param scope what died
   * @param attempt which attempt of the render it hit (1 or 2)
   */
  constructor(
    readonly scope: 'browser' | 'page',
    readonly attempt: number,
    options?: { cause?: unknown },
  ) {
    super(
      scope === 'browser'
        ? `Chromium 进程意外退出 / Chromium exited unexpectedly (attempt ${attempt})`
        : `页面渲染进程崩溃 / The page's renderer crashed (attempt ${attempt})`,
      options,
    );
  }
}

/**
 * A render did not finish within its time limit. Its page was closed; the pool goes on working.
 * @example
 * await pool.withPage(render, { timeoutMs: 5_000 }).catch((e) => e instanceof RenderTimeoutError)
 */
export class RenderTimeoutError extends Error {
  override readonly name = 'RenderTimeoutError';
  readonly code = 'RENDER_TIMEOUT' satisfies BrowserErrorCode;
  /**
   * @param timeoutMs the limit that was exceeded
   * @param attempt which attempt timed out (1, or 2 after a crash)
   */
  constructor(
    readonly timeoutMs: number,
    readonly attempt: number,
  ) {
    super(`渲染超时：${timeoutMs} 毫秒内未完成 / Render timed out after ${timeoutMs} ms`);
  }
}

/** The pool was closed: before the call, while it waited for a page, or while it ran. */
export class BrowserPoolClosedError extends Error {
  override readonly name = 'BrowserPoolClosedError';
  readonly code = 'BROWSER_POOL_CLOSED' satisfies BrowserErrorCode;
  constructor() {
    super('浏览器池已关闭 / The browser pool is closed');
  }
}
