/**
 * Where the CPU of one warm print job goes (issue 14), by Chromium process type: the browser, the
 * page's renderer, the GPU process, the print compositor and Node. The full `chromium` forks a
 * print compositor from the zygote for every job (counted when the zygote reaps it), about a quarter
 * of a job; `chromium-headless-shell`, which zfxxgk uses when installed, prints without one.
 * Beside the renderer as shipped, two what-ifs that are measured, not shipped:
 * - `small faces`: the prepared faces cut down to the characters of these reports (a font folder
 *   made here): how much of a job is copying whole faces, which Chromium does for every job;
 * - `single process`: `--single-process`, so the print compositor is a thread, not a new process
 *   (it costs crash isolation: a crashed page takes the browser with it).
 * Variants run interleaved; the machine is shared, so the CPU of each process tree is printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileTemplates, drawHtml, loadTemplates } from '../src/html/index.js';
import { PREPARED_FACES } from '../src/pdf/fonts-faces.js';
import { subsetFace } from '../src/pdf/fonts-subset.js';
import { createPdfRenderer, resolveFonts, type PdfRendererOptions } from '../src/pdf/index.js';
import { prepareView } from '../src/render/prepare.js';
import { generateReport } from './generate.js';

const REPORTS = 20;
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const reports = Array.from({ length: REPORTS }, (_, i) => generateReport(i, `测试${i}县人民政府`));

/** CPU ms so far of every process below this one, by Chromium `--type` (own time and reaped children). */
function cpuByType(): Map<string, number> {
  const procs = new Map<number, { ppid: number; cmd: string; own: number; reaped: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      procs.set(Number(name), { ppid: Number(f[1]), cmd, own: +f[11]! + +f[12]!, reaped: +f[13]! + +f[14]! });
    } catch {
      // ended meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p !== undefined && p > 1; p = procs.get(p)?.ppid)
      if (p === process.pid) return true;
    return false;
  };
  const out = new Map<string, number>();
  const add = (key: string, ticks: number) => out.set(key, (out.get(key) ?? 0) + ticks * 10);
  for (const [pid, p] of procs) {
    if (!below(pid)) continue;
    const type = /--type=([\w-]+)/.exec(p.cmd)?.[1] ?? (p.cmd.includes('chromium') ? 'browser' : 'other');
    add(type, p.own);
    // What a zygote reaps is the processes it forked and that ended: the per-job print compositors.
    add(type === 'zygote' ? 'print compositor (reaped by the zygote)' : `${type} (reaped)`, p.reaped);
  }
  const own = process.cpuUsage();
  out.set('node', (own.user + own.system) / 1000);
  return out;
}

/** The prepared faces cut to the characters of these reports, in a folder fontconfig can read. */
async function smallFaces(): Promise<string> {
  const source = resolveFonts();
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-small-faces-'));
  const templates = compileTemplates(loadTemplates());
  const codePoints = new Set<number>();
  for (const r of reports)
    for (const ch of drawHtml(templates, prepareView(r).view)) codePoints.add(ch.codePointAt(0)!);
  for (let cp = 0x20; cp < 0x7f; cp++) codePoints.add(cp);
  for (const face of PREPARED_FACES) {
    const bytes = new Uint8Array(readFileSync(join(source.fontDir, `${face.key}.ttf`)));
    writeFileSync(join(dir, `${face.key}.ttf`), await subsetFace(bytes, 0, { codePoints }));
  }
  writeFileSync(join(dir, 'coverage.txt'), readFileSync(join(source.fontDir, 'coverage.txt')));
  writeFileSync(
    join(dir, 'fonts.conf'),
    readFileSync(join(source.fontDir, 'fonts.conf'), 'utf8').replace(
      `<dir>${source.fontDir}</dir>`,
      `<dir>${dir}</dir>`,
    ),
  );
  return dir;
}

const small = await smallFaces();
const variants: Record<string, PdfRendererOptions> = {
  'as shipped': { pool: { size: 1 } },
  'small faces (what-if)': { pool: { size: 1 }, fonts: { fontDir: small, prepare: false } },
  'single process (what-if)': { pool: { size: 1, args: ['--single-process'] } },
};
const results: Record<string, Map<string, number>[]> = {};
for (let rep = 1; rep <= REPETITIONS; rep++) {
  for (const [name, options] of Object.entries(variants)) {
    const renderer = createPdfRenderer(options);
    try {
      await renderer.render(reports[0]);
      const before = cpuByType();
      for (const r of reports) await renderer.render(r);
      const after = cpuByType();
      const perReport = new Map<string, number>();
      for (const [k, v] of after) perReport.set(k, (v - (before.get(k) ?? 0)) / REPORTS);
      (results[name] ??= []).push(perReport);
    } finally {
      await renderer.close();
    }
  }
}
rmSync(small, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `CPU ms per warm report by process, median of ${REPETITIONS} interleaved repetitions of ${REPORTS} reports:`,
);
for (const [name, reps] of Object.entries(results)) {
  const keys = [...new Set(reps.flatMap((m) => [...m.keys()]))];
  const parts = keys
    .map((k) => [k, median(reps.map((m) => m.get(k) ?? 0))] as const)
    .filter(([, v]) => v >= 0.5)
    .sort((a, b) => b[1] - a[1]);
  const total = median(reps.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  console.log(`  ${name}: ${total.toFixed(0)} ms — ${parts.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ')}`);
}
