/**
 * A batch renders several reports at once on pages that are reused, each page reset while the
 * next report is being read. For a reader each report's PDF must be the one it gets alone: same
 * text, pages, page numbers, bookmarks, metadata and tag structure.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfRenderer, type PdfRenderer } from '../../src/pdf/index.js';
import { zfxxgk } from '../helpers/cli.js';
import { pdfOutline } from '../helpers/pdf-outline.js';
import { taggedPages } from '../helpers/pdf-structure.js';
import { pdfFile, pdfInfo, pdfText } from '../helpers/pdf-tools.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

/** Three real reports of different lengths and titles. */
function reports(): Record<string, Record<string, any>> {
  const renamed = seedReport();
  renamed.agency = '林芝市人民政府';
  return { seed: seedReport(), huaian: huaianReport(), renamed };
}

const METADATA = ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer', 'Tagged', 'Pages', 'Page size'];
const metadata = (info: Record<string, string>) => Object.fromEntries(METADATA.map((k) => [k, info[k]]));

const batchPdf: Record<string, Uint8Array> = {};
const alonePdf: Record<string, Uint8Array> = {};
let renderer: PdfRenderer | undefined;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-batch-eq-'));
  for (const [stem, report] of Object.entries(reports()))
    writeFileSync(join(dir, `${stem}.json`), JSON.stringify(report));
  // Two rounds of three pages: every page is reused, and reset, while the batch goes on.
  for (const [stem, report] of Object.entries(reports()))
    writeFileSync(join(dir, `${stem}-again.json`), JSON.stringify(report));
  const run = await zfxxgk(['batch', dir, '--out', join(dir, 'out'), '--concurrency', '3', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  for (const stem of Object.keys(reports())) {
    batchPdf[stem] = readFileSync(join(dir, 'out', `${stem}.pdf`));
    batchPdf[`${stem}-again`] = readFileSync(join(dir, 'out', `${stem}-again.pdf`));
  }
  // Alone: a fresh browser for each report, nothing rendered before it.
  for (const [stem, report] of Object.entries(reports())) {
    renderer = createPdfRenderer({ pool: { size: 1 } });
    alonePdf[stem] = (await renderer.render(report)).body;
    await renderer.close();
  }
}, 180_000);

afterAll(async () => {
  await renderer?.close();
});

describe.each(['seed', 'huaian', 'renamed', 'seed-again', 'huaian-again', 'renamed-again'])(
  'the PDF batch writes for %s',
  (name) => {
    const stem = name.replace(/-again$/, '');
    const paths = () => ({ batch: pdfFile(batchPdf[name]!), alone: pdfFile(alonePdf[stem]!) });

    it('has the metadata, the page count and the text of the report rendered alone', () => {
      const { batch, alone } = paths();
      expect(metadata(pdfInfo(batch))).toEqual(metadata(pdfInfo(alone)));
      expect(pdfInfo(batch)['Tagged']).toBe('yes');
      expect(pdfText(batch)).toBe(pdfText(alone));
    });

    it('numbers its pages from — 1 —', () => {
      const { batch } = paths();
      const pages = Number(pdfInfo(batch)['Pages']);
      expect(pages).toBeGreaterThan(1);
      // pdftotext may drop the spaces inside the number's dashes.
      for (let p = 1; p <= pages; p++) expect(pdfText(batch, p, p)).toMatch(new RegExp(`—\\s*${p}\\s*—`));
    });

    it('has the bookmarks and the tag structure of the report rendered alone', async () => {
      const outline = await pdfOutline(batchPdf[name]!);
      expect(outline.length).toBeGreaterThan(0);
      expect(outline).toEqual(await pdfOutline(alonePdf[stem]!));
      const strip = (pages: Awaited<ReturnType<typeof taggedPages>>) =>
        pages.map((page) => page.map(({ text, roles }) => ({ text, roles })));
      expect(strip(await taggedPages(batchPdf[name]!))).toEqual(strip(await taggedPages(alonePdf[stem]!)));
    }, 60_000);
  },
);
