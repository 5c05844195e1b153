/**
 * Import throughput: text (the seed as extracted from Word), HTML (our page and a government-style
 * page) and PDF (the published 淮安 report and our own PDF of the seed), in documents and pages per
 * second, one import at a time. Pages of text and HTML are counted as the pages the same report
 * prints on (our PDF of it).
 */
import { readFileSync } from 'node:fs';
import { createHtmlRenderer } from '../src/html/index.js';
import { importReport, type ImportOptions } from '../src/import/index.js';
import { createPdfRenderer } from '../src/pdf/index.js';
import { govPage } from '../tests/import/helpers/gov-page.js';

const root = new URL('../', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const seed = JSON.parse(readFileSync(new URL('examples/gongbujiangda-2023.json', root), 'utf8'));
const huaian = JSON.parse(readFileSync(new URL('tests/fixtures/huaian-city-2024.tables.json', root), 'utf8'));

const pdfRenderer = createPdfRenderer({ pool: { size: 1 } });
const seedPdf = await pdfRenderer.render(seed);
const huaianPdfOurs = await pdfRenderer.render(huaian);
await pdfRenderer.close();

const html = createHtmlRenderer();
const inputs: { name: string; input: Uint8Array | string; options: ImportOptions; pages: number; runs: number }[] = [
  {
    name: 'text  seed (Word text)',
    input: read('tests/fixtures/gongbujiangda-2023.txt'),
    options: { kind: 'text' },
    pages: seedPdf.extras.pages,
    runs: 200,
  },
  {
    name: 'html  seed (our page)',
    input: (await html.render(seed)).body,
    options: { kind: 'html' },
    pages: seedPdf.extras.pages,
    runs: 200,
  },
  {
    name: 'html  huaian (gov-style page)',
    input: govPage(huaian),
    options: { kind: 'html' },
    pages: huaianPdfOurs.extras.pages,
    runs: 200,
  },
  {
    name: 'pdf   huaian (published, WPS)',
    input: read('tests/fixtures/huaian-city-2024.pdf'),
    options: { kind: 'pdf' },
    pages: 6,
    runs: 20,
  },
  {
    name: 'pdf   seed (our PDF)',
    input: seedPdf.body,
    options: { kind: 'pdf' },
    pages: seedPdf.extras.pages,
    runs: 20,
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const { name, input, options, pages, runs } of inputs) {
  const first = performance.now();
  const check = await importReport(input, options);
  const cold = performance.now() - first;
  if (!check.complete || check.unread.length > 0)
    throw new Error(`${name}: import incomplete (${check.unread.length} unread)`);
  for (let i = 0; i < 3; i++) await importReport(input, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await importReport(input, options);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(
    `${name.padEnd(30)} ${pages} pages  median ${ms.toFixed(1).padStart(6)} ms of ${runs}  ` +
      `${(1000 / ms).toFixed(1).padStart(6)} docs/s  ${((1000 / ms) * pages).toFixed(0).padStart(5)} pages/s  (first run ${cold.toFixed(0)} ms)`,
  );
}
