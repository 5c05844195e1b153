/** Starts one headless Chromium with a fresh profile, with flags that work on a closed machine. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { loadOptional } from '../../node/optional.js';
import { BrowserLaunchError } from './errors.js';
import { releaseProfile, trackProfile } from './profiles.js';

/**
 * The flags zfxxgk adds to puppeteer's defaults. Background networking, component updates and
 * sync are off because on a machine without network their connections are refused and slow
 * Chromium down; `--no-sandbox` because zfxxgk often runs as root in a container.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** What {@link launchChromium} needs. */
export interface LaunchChromiumOptions {
  /** The Chromium binary (see `requireChromium`). */
  readonly executablePath: string;
  /** Flags added after {@link CHROMIUM_ARGS}. */
  readonly args?: readonly string[];
  /** How long Chromium may take to start, in ms (default 30 000). */
  readonly timeoutMs?: number;
  /** Where the temporary profile folder is made (default the OS temp folder). */
  readonly tmpDir?: string;
  /** Environment variables added to this process's for Chromium (e.g. `FONTCONFIG_FILE`). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A running Chromium: the puppeteer handle, its process and its temporary profile. */
export interface LaunchedChromium {
  readonly browser: Browser;
  /** Process id of the browser, which also leads its process group. */
  readonly pid: number | undefined;
  /** The temporary `--user-data-dir`; `shutdownChromium` removes it. */
  readonly userDataDir: string;
  readonly executablePath: string;
}

/**
 * Launches headless Chromium over a pipe (so it exits by itself if Node dies) with a fresh
 * temporary profile (removed even if the process exits without closing it). Puppeteer's SIGINT/SIGTERM/SIGHUP handlers are off: library code does not
 * exit the process; the owner calls `shutdownChromium` (or the pool's `close`).
 * @param options the binary, extra flags, launch timeout and temp folder
 * @returns the running browser; stop it with `shutdownChromium`
 * @throws BrowserLaunchError when Chromium does not start; its temp profile is removed
 * @example const chromium = await launchChromium({ executablePath: requireChromium() });
 */
export async function launchChromium(options: LaunchChromiumOptions): Promise<LaunchedChromium> {
  const { launch } = await loadOptional('puppeteer-core', () => import('puppeteer-core'));
  const { executablePath } = options;
  const userDataDir = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'zfxxgk-chromium-'));
  trackProfile(userDataDir);
  try {
    const browser = await launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      timeout: options.timeoutMs ?? 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // puppeteer replaces the environment when `env` is given: keep ours and add the caller's.
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    return { browser, pid: browser.process()?.pid, userDataDir, executablePath };
  } catch (cause) {
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    releaseProfile(userDataDir);
    throw new BrowserLaunchError(executablePath, { cause });
  }
}
