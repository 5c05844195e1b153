/** Stops a Chromium started by `launchChromium` and leaves nothing behind. */
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import type { LaunchedChromium } from './launch.js';
import { killGroup } from './kill-group.js';
import { releaseProfile } from './profiles.js';

function hasExited(proc: ChildProcess): boolean {
  return proc.exitCode !== null || proc.signalCode !== null;
}

function exitOf(proc: ChildProcess | null): Promise<void> {
  if (!proc || hasExited(proc)) return Promise.resolve();
  return new Promise((resolve) => proc.once('exit', () => resolve()));
}

/**
 * Stops Chromium: asks it to close, SIGKILLs its whole process group if it has not exited within
 * `graceMs`, then removes its temporary profile. Safe to call on a browser that already crashed,
 * and more than once.
 * @param chromium what `launchChromium` returned
 * @param graceMs how long a polite close may take before the kill (default 2 000)
 * @returns when the processes are gone and the profile folder is removed
 * @example await shutdownChromium(chromium);
 */
export async function shutdownChromium(chromium: LaunchedChromium, graceMs = 2_000): Promise<void> {
  const proc = chromium.process;
  const exited = exitOf(proc);
  if (chromium.browser.connected) {
    await Promise.race([chromium.browser.close().catch(() => undefined), delay(graceMs, undefined, { ref: false })]);
  }
  if (proc && !hasExited(proc)) killGroup(chromium.pid);
  await Promise.race([exited, delay(graceMs, undefined, { ref: false })]);
  // Children outlive a killed parent for a moment; make sure none holds the profile.
  killGroup(chromium.pid);
  await rm(chromium.userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  releaseProfile(chromium.userDataDir);
}
