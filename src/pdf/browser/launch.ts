/**
 * Starts one headless Chromium with a fresh profile, with flags that work on a closed machine.
 * Chromium is spawned first and the driver (puppeteer-core) loaded while it boots: the two take
 * about as long, and doing them at once instead of one after the other is most of what a cold
 * `zfxxgk render` can save (bench/throughput.bench.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser } from 'puppeteer-core';
import { MissingPackageError } from '../../node/optional.js';
import { loadDriver } from './driver.js';
import { BrowserLaunchError } from './errors.js';
import { pipeTransport } from './pipe-transport.js';
import { killGroup } from './kill-group.js';
import { releaseProfile, trackProfile } from './profiles.js';

/**
 * The flags zfxxgk adds. Background networking, component updates and sync are off because on a
 * machine without network their connections are refused and slow Chromium down; `--no-sandbox`
 * because zfxxgk often runs as root in a container.
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

/**
 * The flags puppeteer-core's own `launch({ headless: true })` passes (its `defaultArgs()`, less the
 * profile folder, added per launch, and the first page, left out). zfxxgk spawns Chromium itself, so
 * that it boots while puppeteer-core loads; a test holds this list to puppeteer-core's, so that an
 * upgrade of the driver that changes them is seen. Among them, `--export-tagged-pdf` and
 * `--generate-pdf-document-outline` make the tags and bookmarks of our PDFs.
 */
export const DRIVER_ARGS: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
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
  /** The browser process (puppeteer's `browser.process()` is null: zfxxgk spawned it). */
  readonly process: ChildProcess;
  /** Process id of the browser, which also leads its process group. */
  readonly pid: number | undefined;
  /** The temporary `--user-data-dir`; `shutdownChromium` removes it. */
  readonly userDataDir: string;
  readonly executablePath: string;
}

/** The last lines Chromium wrote to stderr, kept to explain a failed start. */
function stderrTail(child: ChildProcess, lines = 20): () => string {
  let tail: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = [...tail, ...chunk.split('\n').filter(Boolean)].slice(-lines);
  });
  return () => tail.join('\n');
}

/** Rejects when the child exits, or cannot be spawned, with its exit and its last stderr lines. */
function exitBefore(child: ChildProcess, logs: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      reject(new Error(`Chromium exited with ${how} before it answered${logs() ? `\n${logs()}` : ''}`));
    });
  });
}

/** Rejects after `ms`. */
function timeoutAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not answer within ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Launches headless Chromium over a pipe (so it exits by itself if Node dies) with a fresh
 * temporary profile (removed even if the process exits without closing it), in its own process
 * group. It is spawned before puppeteer-core is loaded, then connected to. No signal handlers are
 * installed: library code does not exit the process; the owner calls `shutdownChromium` (or the
 * pool's `close`).
 * @param options the binary, extra flags, launch timeout and temp folder
 * @returns the running browser; stop it with `shutdownChromium`
 * @throws BrowserLaunchError when Chromium does not start; its processes and temp profile are removed
 * @example const chromium = await launchChromium({ executablePath: requireChromium() });
 */
export async function launchChromium(options: LaunchChromiumOptions): Promise<LaunchedChromium> {
  const { executablePath } = options;
  // Made and spawned synchronously, before the first await: a caller that warms the pool and then
  // loads modules (synchronous work) would otherwise hold the spawn back until it is done.
  const userDataDir = mkdtempSync(join(options.tmpDir ?? tmpdir(), 'zfxxgk-chromium-'));
  trackProfile(userDataDir);
  let child: ChildProcess | undefined;
  let exited: Promise<never> | undefined;
  const limit = timeoutAfter(options.timeoutMs ?? 30_000);
  try {
    child = spawn(
      executablePath,
      [
        ...DRIVER_ARGS,
        ...CHROMIUM_ARGS,
        ...(options.args ?? []),
        '--remote-debugging-pipe',
        `--user-data-dir=${userDataDir}`,
        // No first page: the headless shell then opens none, and the pool opens its own (a
        // renderer process fewer to start, about 20 ms of CPU and wall time).
      ],
      {
        // Its own process group, so that shutdown can kill every Chromium process at once.
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
        ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
      },
    );
    const logs = stderrTail(child);
    exited = exitBefore(child, logs);
    exited.catch(() => undefined);
    const spawned = child;
    const connected = (async () => {
      const { connect } = await loadDriver();
      const transport = pipeTransport(spawned.stdio[3] as Writable, spawned.stdio[4] as Readable);
      return connect({ transport });
    })();
    connected.catch(() => undefined);
    const browser = await Promise.race([connected, exited, limit.promise]);
    return { browser, process: spawned, pid: spawned.pid, userDataDir, executablePath };
  } catch (error) {
    // A Chromium that dies closes its pipe too, and the driver may say so first ("connection
    // closed"): its exit code and last words on stderr, if they come at once, tell the user more.
    const cause =
      exited && !(error instanceof MissingPackageError)
        ? await Promise.race([
            exited.then(
              () => error,
              (died: unknown) => died,
            ),
            delay(250, error),
          ])
        : error;
    killGroup(child?.pid);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    releaseProfile(userDataDir);
    // A missing driver is not Chromium's fault: its own error says what to install.
    if (cause instanceof MissingPackageError) throw cause;
    throw new BrowserLaunchError(executablePath, { cause });
  } finally {
    limit.cancel();
  }
}
