/**
 * Import within bounds: per kind of input (text, HTML, DOCX, PDF), the peak memory of one import
 * (a fresh process each, its peak resident size, less that of importing an empty file) against the
 * input's size at three sizes; then, for the pathological inputs, how much longer an input 10×
 * larger takes (CPU time, median of seven; about 10 is linear, about 100 quadratic).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importReport, type ImportOptions } from '../src/import/index.js';
import { spanBombHtml, zipBombDocx } from '../tests/import/helpers/bombs.js';
import { tinyPdf } from '../tests/import/helpers/tiny-pdf.js';

const root = new URL('../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-bounds-'));
const seedText = readFileSync(new URL('tests/fixtures/gongbujiangda-2023.txt', root), 'utf8');

/** Peak resident memory (MB) of a process importing `input`. */
function peakMb(input: Uint8Array | string, kind: string): number {
  const file = join(dir, `input.${kind}`);
  writeFileSync(file, input);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/import/helpers/import-child.ts', file, kind], {
    cwd: new URL('.', root).pathname,
  });
  return (JSON.parse(out.toString().trim().split('\n').at(-1)!) as { maxRssMb: number }).maxRssMb;
}

const paragraphsDocx = (n: number) => {
  const body = Array.from(
    { length: n },
    (_, i) => `<w:p><w:r><w:t>第${i}段：本机关主动公开政府信息，及时回应社会关切。</w:t></w:r></w:p>`,
  ).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
};
const paragraphsHtml = (n: number) =>
  `<html><body>${'<p>本机关主动公开政府信息<b>若干</b>条，及时回应社会关切。</p>\n'.repeat(n)}</body></html>`;
const linesPdf = (n: number) => tinyPdf(Array.from({ length: n }, (_, i) => `line ${i} of the report text`));

const kinds: { kind: string; make: (k: number) => Uint8Array | string; sizes: number[] }[] = [
  { kind: 'text', make: (k) => seedText.repeat(k), sizes: [1, 10, 100] },
  { kind: 'html', make: paragraphsHtml, sizes: [1_000, 10_000, 100_000] },
  { kind: 'docx', make: paragraphsDocx, sizes: [1_000, 10_000, 100_000] },
  { kind: 'pdf', make: linesPdf, sizes: [100, 1_000, 10_000] },
];

console.log('peak memory of one import (fresh process; MB over importing an empty file, per MB of input)');
for (const { kind, make, sizes } of kinds) {
  const base = peakMb(kind === 'pdf' ? tinyPdf(['x']) : kind === 'docx' ? paragraphsDocx(1) : ' x', kind);
  for (const k of sizes) {
    const input = make(k);
    const mb = (typeof input === 'string' ? Buffer.byteLength(input) : input.length) / 2 ** 20;
    const peak = peakMb(input, kind);
    console.log(
      `  ${kind.padEnd(5)} ${mb.toFixed(2).padStart(7)} MB in  peak ${peak.toFixed(0).padStart(5)} MB  (+${(peak - base).toFixed(0).padStart(4)} MB, ${((peak - base) / mb).toFixed(1).padStart(6)}× input)`,
    );
  }
}

/** CPU time (ms) of `repeat` imports, per import. */
async function cpuMs(input: Uint8Array | string, options: ImportOptions, repeat = 1): Promise<number> {
  const start = process.cpuUsage();
  for (let k = 0; k < repeat; k++) await importReport(input, options);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / repeat;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const unbounded = { lineChars: Infinity, textChars: Infinity, tableCells: Infinity };
const pathological: { name: string; make: (n: number) => Uint8Array | string; n: number; options: ImportOptions }[] = [
  {
    name: 'text  `2023年` repeated on one line (no limits)',
    make: (n) => `一、总体情况\n${'2023年'.repeat(n)}日`,
    n: 20_000,
    options: { kind: 'text', limits: unbounded },
  },
  {
    name: 'text  many words, then numbers (no limits)',
    make: (n) => `${'规章 '.repeat(n)}1 2 3`,
    n: 20_000,
    options: { kind: 'text', limits: unbounded },
  },
  {
    name: 'html  title of `2023年` repeated (no limits)',
    make: (n) => `<h1>${'2023年'.repeat(n)}</h1><p>一、总体情况</p>`,
    n: 20_000,
    options: { kind: 'html', limits: unbounded },
  },
  { name: 'html  span bomb (rows)', make: spanBombHtml, n: 500, options: { kind: 'html' } },
  {
    name: 'html  nested <div> (depth)',
    make: (n) => `${'<div>'.repeat(n)}<p>一、总体情况</p>`,
    n: 5_000,
    options: { kind: 'html' },
  },
  {
    name: 'docx  zip bomb, declared 1 KB (MiB inflated)',
    make: (n) => zipBombDocx(n, 'lie'),
    n: 100,
    options: { kind: 'docx' },
  },
  {
    name: 'pdf   one long line (characters)',
    make: (n) => tinyPdf(['2023 '.repeat(n)]),
    n: 2_000,
    options: { kind: 'pdf' },
  },
];

console.log(
  '\ntime of an input 10× larger, pathological inputs (CPU time; median of 7 side-by-side samples, the small input 10 times per sample; linear ≈ 10×, quadratic ≈ 100×)',
);
for (const { name, make, n, options } of pathological) {
  const small = make(n);
  const large = make(10 * n);
  await cpuMs(small, options, 3);
  await cpuMs(large, options);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < 7; i++) {
    a.push(await cpuMs(small, options, 10));
    b.push(await cpuMs(large, options));
    ratios.push(b.at(-1)! / a.at(-1)!);
  }
  console.log(
    `  ${name.padEnd(48)} ${median(a).toFixed(1).padStart(8)} ms → ${median(b).toFixed(1).padStart(8)} ms  ${median(ratios).toFixed(1).padStart(5)}×`,
  );
}
rmSync(dir, { recursive: true, force: true });
