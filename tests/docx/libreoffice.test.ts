/**
 * The DOCX as LibreOffice lays it out — the office suite the tests can see. The built CLI writes
 * the example report and a long one as .docx and .pdf (our Chromium PDF, the reference layout);
 * one soffice run converts both .docx files to PDF, and the printed lines are measured. The table
 * 三 page is kept as a golden image (`npm run golden` rewrites it after a deliberate change).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/title.js';
import { zfxxgk } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { docxToPdf } from '../helpers/libreoffice.js';
import { pagePng, pdfInfo } from '../helpers/pdf-tools.js';
import { projectPath, seedReport } from '../helpers/reports.js';
import { printedLines, type PrintedLine } from './pdf-lines.js';

/** The example with its narrative repeated: 一 three times over, 五 four times. */
function longReport(): Record<string, unknown> {
  const report = seedReport();
  report.overview = [...report.overview, ...report.overview, ...report.overview];
  report.problems = [...report.problems, ...report.problems, ...report.problems, ...report.problems];
  return report;
}

interface Rendered {
  /** Our PDF (Chromium), the reference layout. */
  readonly pdf: string;
  /** LibreOffice's PDF of our .docx. */
  readonly office: string;
  readonly lines: PrintedLine[];
}

const rendered: Record<'seed' | 'long', Rendered> = {} as never;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-docx-lo-'));
  const docs: Record<string, Uint8Array> = {};
  const pdfs: Record<string, string> = {};
  for (const [name, report] of [
    ['seed', seedReport()],
    ['long', longReport()],
  ] as const) {
    const input = join(dir, `${name}.json`);
    writeFileSync(input, JSON.stringify(report));
    const run = await zfxxgk(['render', input, '-o', join(dir, `${name}.pdf`), '-o', join(dir, `${name}.docx`)]);
    expect(run.code, run.stderr).toBe(0);
    pdfs[name] = join(dir, `${name}.pdf`);
    docs[name] = readFileSync(join(dir, `${name}.docx`));
  }
  const office = await docxToPdf(docs, { timeoutMs: 100_000 });
  for (const name of ['seed', 'long'] as const) {
    rendered[name] = { pdf: pdfs[name]!, office: office[name]!, lines: printedLines(office[name]!) };
  }
}, 150_000);

const pages = (path: string) => Number(pdfInfo(path)['Pages']);

/** Lines of 3号 text: a box 1.2–1.45 em of 16 pt tall (title 2号 and page numbers 4号 are not). */
const bodyLines = (lines: readonly PrintedLine[]) =>
  lines.filter((l) => l.bottom - l.top > 19 && l.bottom - l.top < 23.5);

/** Full body lines: those that reach the right edge of the text block on their page. */
function fullLines(lines: readonly PrintedLine[]): PrintedLine[] {
  const body = bodyLines(lines);
  const edge = new Map<number, number>();
  for (const l of body) edge.set(l.page, Math.max(edge.get(l.page) ?? 0, l.right));
  return body.filter((l) => l.right > edge.get(l.page)! - 4);
}

describe.each(['seed', 'long'] as const)('the %s report’s DOCX in LibreOffice', (name) => {
  it('sets 28 characters on a full body line, as GB/T 9704 asks', () => {
    const widths = fullLines(rendered[name].lines).map((l) => textWidth(l.text));
    expect(widths.length).toBeGreaterThan(40);
    const at28 = widths.filter((w) => w === 28).length;
    // Lines with digits or Latin letters count them ½ and so come out a little short.
    expect(at28 / widths.length, JSON.stringify(widths)).toBeGreaterThan(0.6);
    expect(Math.max(...widths)).toBeLessThanOrEqual(28);
  });

  it('takes as many pages as our PDF, give or take one', () => {
    const office = pages(rendered[name].office);
    const pdf = pages(rendered[name].pdf);
    expect(Math.abs(office - pdf), `LibreOffice ${office} pages, PDF ${pdf}`).toBeLessThanOrEqual(1);
  });

  it('closes with the agency and below it the date, each on one line, the date 2 字 right of the name’s start', () => {
    const lines = rendered[name].lines;
    const last = Math.max(...lines.map((l) => l.page));
    const onLast = lines.filter((l) => l.page === last);
    const agency = onLast.find((l) => l.text === '工布江达县人民政府');
    const date = onLast.find((l) => l.text === '2024年1月27日');
    expect(agency, onLast.map((l) => l.text).join('\n')).toBeDefined();
    expect(date, onLast.map((l) => l.text).join('\n')).toBeDefined();
    expect(date!.top).toBeGreaterThan(agency!.bottom);
    // 2 字 of condensed 3号 text is 31.5 pt; the date's "2" has a little side bearing.
    expect(date!.left - agency!.left).toBeGreaterThan(26);
    expect(date!.left - agency!.left).toBeLessThan(37);
  });

  it('keeps table 三 whole on one page, as the PDF does', () => {
    const lines = rendered[name].lines;
    const page = (text: string) => lines.find((l) => l.text.includes(text))?.page;
    const start = page('一、本年新收政府信息公开申请数量');
    expect(start).toBeDefined();
    expect(page('四、结转下年度继续办理')).toBe(start);
  });
});

describe('golden images', () => {
  it('the table 三 page of the example in LibreOffice matches its golden image', () => {
    const { office, lines } = rendered.seed;
    const page = lines.find((l) => l.text.includes('一、本年新收政府信息公开申请数量'))!.page;
    expectGolden(projectPath('tests/docx/golden/libreoffice-table-3.png'), pagePng(office, page));
  });
});
