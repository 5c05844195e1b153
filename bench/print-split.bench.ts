/**
 * The lead "several reports in one print job, then split" of issue 14, measured and checked: the
 * CPU per report of one job per report against one job of four, and what a split of the four-report
 * PDF with qpdf (installed from Debian for this bench) keeps of a report as a reader sees it: its
 * title, its page numbers, its bookmarks. Printed, not asserted: this is why `batch` prints one
 * report per job (the tests hold every report's PDF to the one it gets alone).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileTemplates, drawHtml, loadTemplates } from '../src/html/index.js';
import { createBrowserPool } from '../src/pdf/index.js';
import { resolveFonts } from '../src/pdf/fonts.js';
import { fontsConfPath } from '../src/pdf/fonts-prepare.js';
import { prepareView } from '../src/render/prepare.js';
import { pdfOutline } from '../tests/helpers/pdf-outline.js';
import { generateReport } from './generate.js';
import { treeCpuMs } from './process-cpu.js';

const N = 4;
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-split-'));
const fonts = resolveFonts();
const templates = compileTemplates(loadTemplates());
const pages = Array.from({ length: N }, (_, i) =>
  drawHtml(templates, prepareView(generateReport(i, `测试${i}县人民政府`)).view, { css: fonts.css }),
);
const bodyOf = (html: string) => html.slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'));
const joined = pages[0]!.replace(
  /<body([^>]*)>[\s\S]*<\/body>/,
  (_m, attrs: string) => `<body${attrs}>${pages.map(bodyOf).join('<div style="break-before: page"></div>')}</body>`,
);

const pool = createBrowserPool({ size: 1, env: { FONTCONFIG_FILE: fontsConfPath(fonts.fontDir) } });
const print = (html: string) =>
  pool.withPage(async (page) => {
    await page.setContent(html);
    return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  });
await print(pages[0]!);
const separate: number[] = [];
const together: number[] = [];
let combined: Uint8Array = new Uint8Array();
for (let rep = 0; rep < 3; rep++) {
  let cpu = treeCpuMs();
  for (const html of pages) await print(html);
  separate.push((treeCpuMs() - cpu) / N);
  cpu = treeCpuMs();
  combined = await print(joined);
  together.push((treeCpuMs() - cpu) / N);
}
await pool.close();
const ratios = separate.map((s, i) => together[i]! / s).sort((a, b) => a - b);
console.log(
  `CPU per report, ${N} reports in one job ÷ one job each: ${ratios.map((r) => r.toFixed(2)).join(' / ')} (min / median / max of 3)`,
);

try {
  const whole = join(dir, 'whole.pdf');
  writeFileSync(whole, combined);
  const perReport = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [whole], { encoding: 'utf8' }))![1]) / N;
  const second = join(dir, 'second.pdf');
  execFileSync('qpdf', [whole, '--pages', '.', `${perReport + 1}-${2 * perReport}`, '--', second]);
  const info = execFileSync('pdfinfo', [second], { encoding: 'utf8' });
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', second, '-'], { encoding: 'utf8' });
  const outline = await pdfOutline(readFileSync(second));
  console.log('the second report cut out of the joint PDF with qpdf:');
  console.log(`  title: ${/Title:\s+(.*)/.exec(info)?.[1]} (its own: 测试1县人民政府2023年…)`);
  console.log(`  page number on its first page: ${/—\s*\d+\s*—/.exec(firstPage)?.[0]} (its own: — 1 —)`);
  console.log(
    `  bookmarks: ${outline.length} top-level, first "${outline[0]?.title}" → page ${outline[0]?.page} (null: a page not in the file)`,
  );
} catch (error) {
  console.log(`qpdf split not checked: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
}
rmSync(dir, { recursive: true, force: true });
