/**
 * Rendering the seed report: HTML time; PDF cold (browser start included) and warm (browser
 * reused), tagged and untagged; throughput for 50 reports at concurrency 1, 2 and 4; PDF size;
 * memory of the whole process tree over 200 renders; and, as the baseline in the same run, the same
 * HTML printed by a bare Puppeteer script with the system fonts (setContent + pdf, nothing else).
 */
import { readFileSync } from 'node:fs';
import { launch } from 'puppeteer-core';
import { createHtmlRenderer, compileTemplates, drawHtml, loadTemplates } from '../src/html/index.js';
import { createPdfRenderer, requireChromium } from '../src/pdf/index.js';
import { prepareView } from '../src/render/prepare.js';
import { generateReport } from './generate.js';
import { treeRssMb } from './process-memory.js';

const seed = JSON.parse(readFileSync(new URL('../examples/gongbujiangda-2023.json', import.meta.url), 'utf8'));
const SAMPLE_PDF_BYTES_PER_PAGE = 412_842 / 6; // tests/fixtures/huaian-city-2024.pdf (WPS)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

// — HTML —
const html = createHtmlRenderer();
for (let i = 0; i < 20; i++) await html.render(seed);
const htmlTimes: number[] = [];
for (let i = 0; i < 200; i++) htmlTimes.push((await time(() => html.render(seed)))[0]);
console.log(`HTML render (seed, validate + templates): median ${median(htmlTimes).toFixed(2)} ms over 200`);

// — PDF cold —
const cold: number[] = [];
for (let i = 0; i < 3; i++) {
  const renderer = createPdfRenderer({ pool: { size: 1 } });
  cold.push((await time(() => renderer.render(seed)))[0]);
  await renderer.close();
}
console.log(`PDF cold (browser start included): median ${ms(median(cold))} of 3`);

// — PDF warm, tagged and untagged; size —
const renderer = createPdfRenderer({ pool: { size: 4 } });
await renderer.render(seed);
const warm = async (tagged: boolean) => {
  const times: number[] = [];
  let last;
  for (let i = 0; i < 20; i++) {
    const [t, r] = await time(() => renderer.render(seed, { tagged }));
    times.push(t);
    last = r;
  }
  return { t: median(times), r: last! };
};
const tagged = await warm(true);
const untagged = await warm(false);
console.log(
  `PDF warm, tagged:   median ${ms(tagged.t)} of 20 — ${tagged.r.extras.pages} pages, ${(tagged.r.body.length / 1024).toFixed(0)} KB (${(tagged.r.body.length / tagged.r.extras.pages / 1024).toFixed(1)} KB/page)`,
);
console.log(
  `PDF warm, untagged: median ${ms(untagged.t)} of 20 — ${untagged.r.extras.pages} pages, ${(untagged.r.body.length / 1024).toFixed(0)} KB (${(untagged.r.body.length / untagged.r.extras.pages / 1024).toFixed(1)} KB/page)`,
);
console.log(
  `  the published WPS sample: ${(SAMPLE_PDF_BYTES_PER_PAGE / 1024).toFixed(1)} KB/page — ours is ${((tagged.r.body.length / tagged.r.extras.pages / SAMPLE_PDF_BYTES_PER_PAGE) * 100).toFixed(0)} % of it per page (aim ≤ 100 %)`,
);
await renderer.close();

// — Throughput: 50 different reports at concurrency 1, 2, 4 (pool size = concurrency) —
const fifty = Array.from({ length: 50 }, (_, i) => generateReport(i));
for (const concurrency of [1, 2, 4]) {
  const r = createPdfRenderer({ pool: { size: concurrency } });
  await r.render(seed);
  let next = 0;
  const [t] = await time(() =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < fifty.length) await r.render(fifty[next++]);
      }),
    ),
  );
  console.log(
    `throughput, 50 reports at concurrency ${concurrency}: ${(50 / (t / 1000)).toFixed(1)} reports/s (${ms(t)})`,
  );
  await r.close();
}

// — Memory over 500 reports, 3 at once as batch does on 2 cores (node + Chromium, every process) —
{
  const r = createPdfRenderer({ pool: { size: 3 } });
  for (let i = 0; i < 10; i++) await r.render(generateReport(i));
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (next < 500) {
        const i = next++;
        await r.render(generateReport(i));
        if ((i + 1) % 100 === 0) samples.push(treeRssMb());
      }
    }),
  );
  const drift = (samples.at(-1)! / samples[0]! - 1) * 100;
  const spread = (Math.max(...samples) / Math.min(...samples) - 1) * 100;
  console.log(
    `memory over 500 reports (process tree PSS every 100): ${samples.map((m) => m.toFixed(0)).join(' → ')} MB; last vs first ${drift >= 0 ? '+' : ''}${drift.toFixed(1)} %, max vs min +${spread.toFixed(1)} % (aim ±20 %)`,
  );
  await r.close();
}

// — Baseline: a bare Puppeteer script, system fonts (no prepared fonts), same HTML —
{
  const { view } = prepareView(seed);
  const page_html = drawHtml(compileTemplates(loadTemplates()), view);
  const browser = await launch({
    executablePath: requireChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  const times: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < 12; i++) {
    const [t, bytes] = await time(async () => {
      await page.setContent(page_html);
      return page.pdf({ format: 'A4', printBackground: true });
    });
    if (i >= 2) times.push(t);
    pdf = bytes;
  }
  await browser.close();
  const base = median(times);
  console.log(
    `baseline (bare puppeteer, system fonts): median ${ms(base)} of 10 warm, ${(pdf.length / 1024).toFixed(0)} KB`,
  );
  console.log(`  zfxxgk warm tagged render is ${(base / tagged.t).toFixed(1)}× faster than the baseline (aim ≥ 4×)`);
}
