/**
 * CPU time of a process tree (Linux /proc), for the benchmarks: on a machine shared with others,
 * CPU time says what our work costs where wall time also says how busy the neighbours were.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 everywhere in practice). */
const HZ = 100;

/** Fields 14–17 of /proc/<pid>/stat: utime, stime, cutime, cstime (in ticks). */
function times(pid: number): { own: number; reaped: number; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the ")" field 3 (state) is f[0]; ppid is f[1]; utime is field 14, i.e. f[11].
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/**
 * CPU time in ms used so far by `pid` (default: this process) and every process below it, alive
 * or already reaped by a parent in the tree (a child that ended and was waited for is counted in
 * its parent's `cutime`).
 */
export function treeCpuMs(pid = process.pid): number {
  const all = new Map<number, { own: number; reaped: number; ppid: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const t = times(Number(name));
    if (t) all.set(Number(name), t);
  }
  const kids = new Map<number, number[]>();
  for (const [p, t] of all) kids.set(t.ppid, [...(kids.get(t.ppid) ?? []), p]);
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const t = all.get(p);
    // The root's reaped children are ones it ran before the measurement began or outside it.
    if (t) ticks += t.own + (p === pid ? 0 : t.reaped);
    stack.push(...(kids.get(p) ?? []));
  }
  return (ticks / HZ) * 1000;
}

/** CPU time in ms of this process's children that ended and were waited for (all of their trees). */
export function reapedChildrenCpuMs(): number {
  return ((times(process.pid)?.reaped ?? 0) / HZ) * 1000;
}
