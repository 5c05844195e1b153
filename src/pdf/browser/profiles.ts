/**
 * Keeps track of the temporary Chromium profiles alive in this process, so that a process that
 * exits without closing its pool (a `process.exit` at the CLI edge) still removes them.
 */
import { rmSync } from 'node:fs';

const live = new Set<string>();

function removeAll(): void {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Exiting anyway: nothing better to do.
    }
  }
  live.clear();
}

/**
 * Registers a profile folder to be removed if the process exits before `releaseProfile`.
 * @param dir the `--user-data-dir` just created
 * @example trackProfile(userDataDir)
 */
export function trackProfile(dir: string): void {
  if (live.size === 0) process.on('exit', removeAll);
  live.add(dir);
}

/**
 * Forgets a profile folder (it has been removed, or is about to be).
 * @param dir a folder given to `trackProfile`
 * @example releaseProfile(userDataDir)
 */
export function releaseProfile(dir: string): void {
  if (!live.delete(dir)) return;
  if (live.size === 0) process.off('exit', removeAll);
}
