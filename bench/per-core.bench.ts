/**
 * The per-core throughput of `zfxxgk batch` (PDF): the figure docs/deploy.md sizes a cluster from.
 * The built CLI runs in a child process; every 100 ms the CPU time (user + system, /proc/<pid>/stat)
 * of each process of its tree — Node and every Chromium process — is read, and each process counts
 * with the most it reached. Reports per CPU-second is what one core renders when it has nothing
 * else to do: on a shared machine the wall clock also counts the time others took from us, CPU
 * time does not. Both are printed, with the load average and the tree's peak memory (PSS).
 * Usage: npx tsx bench/per-core.bench.ts [reports=100] (after `npm run build`)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.js';
import { treeRssMb } from './process-memory.js';

const count = Number(process.argv[2] ?? 100);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
const input = mkdtempSync(join(tmpdir(), 'zfxxgk-percore-in-'));
for (let i = 0; i < count; i++)
  writeFileSync(
    join(input, `r${String(i).padStart(4, '0')}.json`),
    JSON.stringify(generateReport(i, `测试${i}县人民政府`)),
  );

/** Parent and CPU ticks (utime + stime) of every process now running. */
function processes(): Map<number, { ppid: number; ticks: number }> {
  const all = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return all;
}

/** Adds the ticks of `root` and its descendants into `seen` (the most each process reached). */
function sample(root: number, seen: Map<number, number>): void {
  const all = processes();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const p = all.get(pid);
    if (p) seen.set(pid, Math.max(seen.get(pid) ?? 0, p.ticks));
    for (const [child, c] of all) if (c.ppid === pid) queue.push(child);
  }
}

console.log(
  `${cpus().length} cores; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const concurrency of [1, 2]) {
  const out = mkdtempSync(join(tmpdir(), 'zfxxgk-percore-out-'));
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'batch', input, '--out', out, '--concurrency', String(concurrency), '--json'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const seen = new Map<number, number>();
  let peakMb = 0;
  const sampler = setInterval(() => {
    sample(child.pid!, seen);
    peakMb = Math.max(peakMb, treeRssMb(child.pid!));
  }, 100);
  await new Promise((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = (performance.now() - start) / 1000;
  const cpu = [...seen.values()].reduce((a, b) => a + b, 0) / ticksPerSecond;
  const rendered = JSON.parse(stdout).data.totals.rendered as number;
  console.log(
    `batch, ${count} reports → PDF, concurrency ${concurrency}: ${rendered} rendered; ${wall.toFixed(1)} s wall (${(rendered / wall).toFixed(2)} reports/s); ${cpu.toFixed(1)} CPU-s of the process tree (${seen.size} processes) = ${(cpu / rendered).toFixed(3)} CPU-s a report = ${(rendered / cpu).toFixed(2)} reports per core-second; peak memory (PSS) of the tree ${peakMb.toFixed(0)} MB; load average now ${loadavg()[0]!.toFixed(1)}`,
  );
  rmSync(out, { recursive: true, force: true });
}
rmSync(input, { recursive: true, force: true });
