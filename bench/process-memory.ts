/** Memory of a process and all its descendants (Linux /proc), for the benchmarks. */
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

/**
 * Proportional set size (shared pages divided among the processes sharing them), so that the
 * many Chromium processes mapping the same libraries are not counted many times over; RSS
 * when smaps_rollup is not readable.
 */
function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // fall through to RSS
  }
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Total memory (PSS) in MB of `pid` (default: this process) and every process below it. */
export function treeRssMb(pid = process.pid): number {
  const tree = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += pssKb(p);
    stack.push(...(tree.get(p) ?? []));
  }
  return total / 1024;
}
