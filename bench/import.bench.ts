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

// A folder of 200 mixed files through `zfxxgk import <folder> -o <folder>`, as a clerk imports a
// city's reports: text, HTML, DOCX and PDF, among them pages whose tables leave cells to be settled
// (no 规章 row, a merged 0, a single-row （六）). Throughput, and the share of cells inferred.
{
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createDocxRenderer } = await import('../src/docx/index.js');
  const { zfxxgk } = await import('../tests/helpers/cli.js');
  const seedText = readFileSync(new URL('tests/fixtures/gongbujiangda-2023.txt', root), 'utf8');
  const department = seedText
    .replaceAll('工布江达县人民政府', '工布江达县教育局')
    .replace('\t规章\n\t0\n\t0\n\t0\n', '');
  const docx = await createDocxRenderer().render(seed);
  const kinds: [string, Uint8Array | string][] = [
    ['txt', seedText],
    ['txt', department],
    ['html', (await html.render(seed)).body],
    ['html', govPage(huaian)],
    ['html', read('tests/fixtures/patterns/patterns.html')],
    ['docx', docx.body as Uint8Array],
    ['docx', read('tests/fixtures/patterns/patterns.docx')],
    ['pdf', seedPdf.body],
    ['pdf', read('tests/fixtures/huaian-city-2024.pdf')],
    ['pdf', read('tests/fixtures/patterns/patterns.pdf')],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-import-bench-'));
  mkdirSync(join(dir, 'in'));
  const byKind: Record<string, number> = {};
  for (let i = 0; i < 200; i++) {
    const [ext, body] = kinds[i % kinds.length]!;
    byKind[ext] = (byKind[ext] ?? 0) + 1;
    writeFileSync(join(dir, 'in', `${String(i).padStart(3, '0')}.${ext}`), body);
  }
  for (const assume of [[], ['--assume', 'single-row-to-other']]) {
    const out = `out${assume.length}`;
    const start = performance.now();
    const run = await zfxxgk(['import', 'in', '-o', out, '--json', ...assume], { cwd: dir });
    const seconds = (performance.now() - start) / 1000;
    const data = JSON.parse(run.stdout).data as {
      totals: Record<string, number>;
      files: { cells?: { read: number; inferred: number; assumed: number; unread: number } }[];
    };
    const sum = (k: 'read' | 'inferred' | 'assumed' | 'unread') =>
      data.files.reduce((n, f) => n + (f.cells?.[k] ?? 0), 0);
    const cells = sum('read') + sum('inferred') + sum('assumed') + sum('unread');
    const share = (n: number) => `${((100 * n) / cells).toFixed(2)}%`;
    console.log(
      `folder of 200 (${Object.entries(byKind)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')})${assume.length ? ' --assume single-row-to-other' : ''}: ${seconds.toFixed(1)} s, ` +
        `${(200 / seconds).toFixed(1)} files/s; cells ${cells}: read ${share(sum('read'))}, inferred ${share(sum('inferred'))}, ` +
        `assumed ${share(sum('assumed'))}, unread ${share(sum('unread'))}; ` +
        Object.entries(data.totals)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${s} ${n}`)
          .join(', '),
    );
  }
}
