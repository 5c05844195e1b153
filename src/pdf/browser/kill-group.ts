/** Kills every process of a Chromium at once: it is spawned as the leader of its own process group. */

/**
 * SIGKILLs the process group led by `pid` (Chromium's zygote, renderers, GPU and utility processes).
 * @param pid the browser process, which leads the group; nothing happens when undefined or gone
 * @example killGroup(chromium.pid)
 */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}
