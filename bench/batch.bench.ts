/**
 * `zfxxgk batch` on 200 generated reports (PDF) at concurrency 1, 2 and 4, run as a user would
 * (the built CLI in a child process): reports/s and the peak resident memory of the whole process
 * tree (Node and every Chromium process), sampled every 100 ms.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.js';
import { treeRssMb } from './process-memory.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const input = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-in-'));
for (let i = 0; i < 200; i++)
  writeFileSync(
    join(input, `r${String(i).padStart(3, '0')}.json`),
    JSON.stringify(generateReport(i, `测试${i}县人民政府`)),
  );

for (const concurrency of [1, 2, 4]) {
  const out = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-out-'));
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'batch', input, '--out', out, '--concurrency', String(concurrency), '--json'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  const data = JSON.parse(stdout).data;
  console.log(
    `batch, 200 reports → PDF, concurrency ${concurrency}: ${(200 / seconds).toFixed(1)} reports/s (${seconds.toFixed(1)} s wall, exit ${code}, ${data.totals.rendered} rendered), peak memory (PSS) of the process tree ${peak.toFixed(0)} MB`,
  );
  rmSync(out, { recursive: true, force: true });
}
rmSync(input, { recursive: true, force: true });
