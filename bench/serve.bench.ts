/**
 * The report service under load, on loopback (autocannon), against `batch` in the same run:
 * - validate requests/s at 50 connections;
 * - PDF renders/s at saturation (as many connections as render slots, twice over) beside `batch`
 *   reports/s at the same concurrency (goal: the service ≥ 90 % of batch);
 * - p99 latency at 2× saturation (more connections than slots and queue): the excess is answered
 *   429, never left to time out;
 * - PSS of the service's whole process tree (Node and every Chromium process) over many renders
 *   (2,000 by default; ZFXXGK_BENCH_RENDERS=200 for a quick run): flat within ±20 %.
 * The service runs as a user would run it: the built bin in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { generateReport } from './generate.js';
import { treeRssMb } from './process-memory.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const CONCURRENCY = 2;
const QUEUE = 16;
const RENDERS = Number(process.env.ZFXXGK_BENCH_RENDERS ?? 2000);
const BATCH_REPORTS = Number(process.env.ZFXXGK_BENCH_BATCH ?? 60);

interface Cannon {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  statusCodeStats: Record<string, { count: number }>;
  timeouts: number;
  errors: number;
  duration: number;
}
const cannon = (options: Record<string, unknown>): Promise<Cannon> => autocannon(options);
const count = (r: Cannon, status: number) => r.statusCodeStats[String(status)]?.count ?? 0;

/** `batch` over n generated reports → PDF: its wall time in seconds. */
async function batchSeconds(n: number): Promise<number> {
  const input = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-in-'));
  const out = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-out-'));
  for (let i = 0; i < n; i++)
    writeFileSync(join(input, `r${i}.json`), JSON.stringify(generateReport(i, `测试${i}县人民政府`)));
  const start = performance.now();
  const child = spawn(process.execPath, [cli, 'batch', input, '--out', out, '--concurrency', String(CONCURRENCY)], {
    stdio: 'ignore',
  });
  await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - start) / 1000;
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

/**
 * `batch` reports/s: over all of a run (its start, font check and browser launch included), and at
 * the margin — the extra reports of a longer run over its extra time — which is what a long-running
 * service is to be compared with.
 */
async function batchThroughput(n: number): Promise<{ whole: number; marginal: number }> {
  const short = Math.max(1, Math.round(n / 3));
  const shortSeconds = await batchSeconds(short);
  const longSeconds = await batchSeconds(n);
  return { whole: n / longSeconds, marginal: (n - short) / (longSeconds - shortSeconds) };
}

/** Starts `zfxxgk serve` on a free port; resolves with the child and its address. */
async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--port', '0', '--concurrency', String(CONCURRENCY), '--queue', String(QUEUE)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  const url = await new Promise<string>((resolve) =>
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    }),
  );
  return { child, url };
}

const report = JSON.stringify(generateReport(1, '测试县人民政府'));
const post = (url: string) => ({
  url: `${url}/v1/render?format=pdf`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: report,
});

const batchRate = await batchThroughput(BATCH_REPORTS);
const { child, url } = await startServe();
try {
  // Warm up: the browser starts on the first PDF.
  await fetch(`${url}/v1/render?format=pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: report,
  });

  const validate = await cannon({ ...post(url), url: `${url}/v1/validate`, connections: 50, duration: 10 });
  console.log(
    `validate, 50 connections: ${validate.requests.average.toFixed(0)} req/s, p99 ${validate.latency.p99} ms (${count(validate, 200)} × 200, ${validate.errors} errors)`,
  );

  const saturated = await cannon({ ...post(url), connections: CONCURRENCY * 2, duration: 30, timeout: 60 });
  const serviceRate = count(saturated, 200) / saturated.duration;
  console.log(
    `PDF at saturation (${CONCURRENCY * 2} connections, ${CONCURRENCY} slots): ${serviceRate.toFixed(2)} renders/s, p99 ${saturated.latency.p99} ms; batch --concurrency ${CONCURRENCY} in the same run: ${batchRate.whole.toFixed(2)} reports/s over ${BATCH_REPORTS} reports, ${batchRate.marginal.toFixed(2)}/s at the margin → service/batch ${((serviceRate / batchRate.whole) * 100).toFixed(0)} % (${((serviceRate / batchRate.marginal) * 100).toFixed(0)} % at the margin)`,
  );

  const over = (CONCURRENCY + QUEUE) * 2;
  const flooded = await cannon({ ...post(url), connections: over, duration: 30, timeout: 60 });
  console.log(
    `PDF at 2× saturation (${over} connections): p99 ${flooded.latency.p99} ms, max ${flooded.latency.max} ms; ${count(flooded, 200)} × 200, ${count(flooded, 429)} × 429, ${count(flooded, 503)} × 503, ${flooded.timeouts} timeouts, ${flooded.errors} errors`,
  );

  // Memory over many renders, sampled every tenth of the way.
  const samples: number[] = [];
  let done = 0;
  const every = Math.max(1, Math.floor(RENDERS / 10));
  const worker = async () => {
    while (done < RENDERS) {
      done += 1;
      const n = done;
      const res = await fetch(`${url}/v1/render?format=pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(generateReport(n, `测试${n}县人民政府`)),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`render ${n}: HTTP ${res.status}`);
      if (n % every === 0) samples.push(treeRssMb(child.pid!));
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  const first = samples[0]!;
  const last = samples.at(-1)!;
  console.log(
    `PSS of the service's process tree over ${RENDERS} renders (${(RENDERS / seconds).toFixed(2)}/s): ${samples.map((s) => s.toFixed(0)).join(' → ')} MB; last vs first sample ${(((last - first) / first) * 100).toFixed(1)} %, max ${Math.max(...samples).toFixed(0)} MB`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((done) => child.on('exit', done));
}
