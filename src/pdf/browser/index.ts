/**
 * The browser behind PDF rendering: finds the system Chromium, launches it with flags that work
 * offline and as root, and shares it between many renders through a pool.
 */
export { createBrowserPool } from './pool.js';
export type {
  BrowserPool,
  BrowserPoolOptions,
  BrowserPoolStats,
  RenderContext,
  RenderFn,
  RetryEvent,
  RunOptions,
  RunResult,
} from './types.js';
export { CHROMIUM_PATHS, findChromium, requireChromium } from './find-chromium.js';
export type { ChromiumEnv } from './find-chromium.js';
export { CHROMIUM_ARGS, launchChromium } from './launch.js';
export type { LaunchChromiumOptions, LaunchedChromium } from './launch.js';
export { shutdownChromium } from './shutdown.js';
export {
  BrowserCrashError,
  BrowserLaunchError,
  BrowserPoolClosedError,
  ChromiumNotFoundError,
  RenderTimeoutError,
} from './errors.js';
export type { BrowserErrorCode, ChromiumCandidate, ChromiumSource } from './errors.js';
