/**
 * Throughput side by side, in one run, with interleaved repetitions (issue 14). Each repetition runs,
 * in turn: LibreOffice converting 20 reports' DOCX in one process; `zfxxgk batch` on the same 20
 * reports' JSON (the built CLI, a whole process); a bare Puppeteer script printing our HTML with the
 * stock system fonts (warm), twice: on Debian's `chromium`, the browser such a script names, and on
 * the browser zfxxgk picks (`chromium-headless-shell` when installed), so the gain of the choice of
 * browser and the gain of everything else are both seen; our warm render; and, cold, one
 * `zfxxgk render` process against one `soffice` converting one DOCX. Printed: each ratio's min / median / max over the repetitions,
 * in wall time and in CPU time of the whole process tree (the machine is shared: CPU is steadier).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, type Page } from 'puppeteer-core';
import { createDocxRenderer } from '../src/docx/index.js';
import { compileTemplates, drawHtml, loadTemplates } from '../src/html/index.js';
import { createPdfRenderer, requireChromium } from '../src/pdf/index.js';
import { prepareView } from '../src/render/prepare.js';
import { generateReport } from './generate.js';
import { reapedChildrenCpuMs, treeCpuMs } from './process-cpu.js';

const REPORTS = 20;
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-throughput-'));
const reports = Array.from({ length: REPORTS }, (_, i) => generateReport(i, `测试${i}县人民政府`));
mkdirSync(join(dir, 'json'));
mkdirSync(join(dir, 'docx'));
const docx = createDocxRenderer();
for (const [i, report] of reports.entries()) {
  const stem = `r${String(i).padStart(2, '0')}`;
  writeFileSync(join(dir, 'json', `${stem}.json`), JSON.stringify(report));
  writeFileSync(join(dir, 'docx', `${stem}.docx`), (await docx.render(report)).body);
}
const docxFiles = reports.map((_, i) => join(dir, 'docx', `r${String(i).padStart(2, '0')}.docx`));

/** Wall and CPU time of one measured step, in ms. */
interface Cost {
  wall: number;
  cpu: number;
}

/**
 * Runs a command to its end. Its CPU is that of its whole tree: what the tree reaped into ours,
 * or, when more, the last sample of the live tree (a process killed and never waited for is
 * counted in no one's `cutime`).
 */
async function processCost(command: string, args: readonly string[]): Promise<Cost> {
  const cpu0 = reapedChildrenCpuMs();
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, treeCpuMs(child.pid!))), 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wall = performance.now() - start;
  // exit 1 of `batch` would mean reports with errors: generated reports have none.
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${err}`);
  return { wall, cpu: Math.max(reapedChildrenCpuMs() - cpu0, sampled) };
}

/** Runs work in this process (and the browser it drives); CPU of this process's whole tree. */
async function inProcessCost(work: () => Promise<void>): Promise<Cost> {
  const cpu0 = treeCpuMs();
  const start = performance.now();
  await work();
  return { wall: performance.now() - start, cpu: treeCpuMs() - cpu0 };
}

const profile = pathToFileURL(join(dir, 'lo-profile')).href;
const soffice = (files: readonly string[], out: string) =>
  processCost('soffice', [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nolockcheck',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    ...files,
  ]);

// — set-up, not measured: LibreOffice's profile, our fonts, the page cache warm for every program —
await soffice([docxFiles[0]!], join(dir, 'warmup'));
await processCost(process.execPath, [cli, 'render', join(dir, 'json', 'r00.json'), '-o', join(dir, 'warmup.pdf')]);

const templates = compileTemplates(loadTemplates());
const stockHtml = reports.map((r) => drawHtml(templates, prepareView(r).view));
/** A bare script's browser: puppeteer's launch with a few flags for a closed machine, one page. */
async function bareBrowser(executablePath: string) {
  const browser = await launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  for (const h of stockHtml.slice(0, 2)) {
    await page.setContent(h);
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
  }
  return { browser, page };
}
const ourChromium = requireChromium();
const debianChromium = '/usr/lib/chromium/chromium';
console.log(`zfxxgk prints with ${ourChromium}; the bare script with ${debianChromium} and with ${ourChromium}`);
const bareDebian = await bareBrowser(debianChromium);
const bareSame = await bareBrowser(ourChromium);
const renderer = createPdfRenderer({ pool: { size: 1 } });
await renderer.render(reports[0]);

const ratios: Record<string, { wall: number[]; cpu: number[] }> = {};
const note = (name: string, ours: Cost, theirs: Cost) => {
  const r = (ratios[name] ??= { wall: [], cpu: [] });
  r.wall.push(ours.wall / theirs.wall);
  r.cpu.push(ours.cpu / theirs.cpu);
};
const perReport = (c: Cost, n: number): Cost => ({ wall: c.wall / n, cpu: c.cpu / n });

for (let rep = 1; rep <= REPETITIONS; rep++) {
  const out = join(dir, `out${rep}`);
  const lo = perReport(await soffice(docxFiles, join(out, 'lo')), REPORTS);
  const batch = perReport(
    await processCost(process.execPath, [cli, 'batch', join(dir, 'json'), '--out', join(out, 'batch'), '--quiet']),
    REPORTS,
  );
  const bareRun = async ({ page }: { page: Page }) =>
    perReport(
      await inProcessCost(async () => {
        for (const h of stockHtml) {
          await page.setContent(h);
          await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
        }
      }),
      REPORTS,
    );
  const bareCost = await bareRun(bareDebian);
  const bareSameCost = await bareRun(bareSame);
  const warm = perReport(
    await inProcessCost(async () => {
      for (const r of reports) await renderer.render(r);
    }),
    REPORTS,
  );
  const coldLo = await soffice([docxFiles[rep % REPORTS]!], join(out, 'cold-lo'));
  const coldOurs = await processCost(process.execPath, [
    cli,
    'render',
    join(dir, 'json', `r${String(rep % REPORTS).padStart(2, '0')}.json`),
    '-o',
    join(out, 'cold.pdf'),
  ]);
  note('batch PDF per report ÷ LibreOffice per report (one process, 20 DOCX)', batch, lo);
  note('warm render ÷ bare Puppeteer on Debian’s chromium with stock fonts (same HTML)', warm, bareCost);
  note('warm render ÷ bare Puppeteer on the same browser with stock fonts (same HTML)', warm, bareSameCost);
  note('warm render ÷ LibreOffice per report', warm, lo);
  note('cold `zfxxgk render` process ÷ one `soffice` DOCX→PDF', coldOurs, coldLo);
  const f = (c: Cost) => `${c.wall.toFixed(0)} ms wall / ${c.cpu.toFixed(0)} ms CPU`;
  console.log(
    `rep ${rep}: LibreOffice ${f(lo)} · batch ${f(batch)} · bare ${f(bareCost)} · bare, same browser ${f(bareSameCost)} · warm ${f(warm)} · cold soffice ${f(coldLo)} · cold render ${f(coldOurs)} (per report)`,
  );
  rmSync(out, { recursive: true, force: true });
}
await renderer.close();
await bareDebian.browser.close();
await bareSame.browser.close();
rmSync(dir, { recursive: true, force: true });

const mmm = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(2)} / ${s[Math.floor(s.length / 2)]!.toFixed(2)} / ${s.at(-1)!.toFixed(2)}`;
};
console.log(`ratios, min / median / max over ${REPETITIONS} interleaved repetitions (below 1: zfxxgk is faster):`);
for (const [name, r] of Object.entries(ratios)) console.log(`  ${name}: wall ${mmm(r.wall)} · CPU ${mmm(r.cpu)}`);
