/**
 * `zfxxgk batch` to PDF as a user runs it (the built CLI, a whole process) at concurrency 1 to 4
 * (pages open at once in the one browser), interleaved over 3 repetitions: reports/s, CPU per
 * report of the whole process tree, and its peak memory (PSS). The default of `--concurrency` is
 * the best of these on a 2-core machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.js';
import { reapedChildrenCpuMs, treeCpuMs } from './process-cpu.js';
import { treeRssMb } from './process-memory.js';

const REPORTS = Number(process.env.BENCH_BATCH_REPORTS ?? 60);
const LEVELS = [1, 2, 3, 4];
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const input = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-in-'));
for (let i = 0; i < REPORTS; i++)
  writeFileSync(
    join(input, `r${String(i).padStart(3, '0')}.json`),
    JSON.stringify(generateReport(i, `测试${i}县人民政府`)),
  );

const rows = new Map<number, { rate: number[]; cpu: number[]; peak: number[] }>();
for (let rep = 0; rep < 3; rep++)
  for (const concurrency of LEVELS) {
    const out = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-out-'));
    const cpu0 = reapedChildrenCpuMs();
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [cli, 'batch', input, '--out', out, '--concurrency', String(concurrency), '--json'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    let peak = 0;
    let cpu = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssMb(child.pid!));
      cpu = Math.max(cpu, treeCpuMs(child.pid!));
    }, 100);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(sampler);
    const seconds = (performance.now() - start) / 1000;
    const rendered = JSON.parse(stdout).data.totals.rendered;
    if (code !== 0 || rendered !== REPORTS) throw new Error(`batch exited with ${code}, ${rendered} rendered`);
    const row = rows.get(concurrency) ?? { rate: [], cpu: [], peak: [] };
    row.rate.push(REPORTS / seconds);
    row.cpu.push(Math.max(cpu, reapedChildrenCpuMs() - cpu0) / REPORTS);
    row.peak.push(peak);
    rows.set(concurrency, row);
    rmSync(out, { recursive: true, force: true });
  }
rmSync(input, { recursive: true, force: true });

const mmm = (xs: number[], digits: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(digits)} / ${s[Math.floor(s.length / 2)]!.toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
};
console.log(`batch, ${REPORTS} reports → PDF, min / median / max of 3 interleaved runs:`);
for (const [concurrency, r] of rows)
  console.log(
    `  concurrency ${concurrency}: ${mmm(r.rate, 2)} reports/s · ${mmm(r.cpu, 0)} ms CPU per report · peak PSS ${mmm(r.peak, 0)} MB`,
  );
