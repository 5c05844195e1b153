/** Processes below a pid (Linux /proc), to find the Chromium a CLI run started. */
import type { Browser } from 'puppeteer-core';
import { readdirSync, readFileSync } from 'node:fs';

function table(): { pid: number; ppid: number; cmd: string }[] {
  const out: { pid: number; ppid: number; cmd: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid, cmd });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Every live process below `root`. */
export function descendants(root: number): { pid: number; cmd: string }[] {
  const all = table();
  const found: { pid: number; cmd: string }[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    for (const c of all.filter((x) => x.ppid === p)) {
      found.push(c);
      stack.push(c.pid);
    }
  }
  return found;
}

/** The Chromium browser process (not a renderer or helper) below `root`, if any. */
export function chromiumBrowserUnder(root: number): number | undefined {
  return descendants(root).find((p) => /chrom/.test(p.cmd) && !p.cmd.includes('--type='))?.pid;
}

/**
 * The process id and profile folder of the Chromium behind a puppeteer browser, asked over the
 * DevTools protocol (the pool spawns Chromium itself, so puppeteer's `browser.process()` is null).
 */
export async function chromiumOf(browser: Browser): Promise<{ pid: number; userDataDir: string }> {
  const session = await browser.target().createCDPSession();
  try {
    const { arguments: args } = await session.send('Browser.getBrowserCommandLine');
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    const userDataDir = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    const pid = processInfo.find((p) => p.type === 'browser')?.id;
    if (!userDataDir || pid === undefined) throw new Error('no --user-data-dir or browser process');
    return { pid, userDataDir };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
