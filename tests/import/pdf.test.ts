/**
 * Importing PDFs: the published 淮安 report (WPS), PDFs made by our renderer, a government page
 * printed by Chromium (centred labels, blanks, wrapped numbers), and PDFs that are not reports.
 * One PDF renderer (one browser) serves the whole file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../src/import/index.js';
import { defaultFontDir } from '../../src/pdf/fonts.js';
import { createPdfRenderer, type PdfRenderer } from '../../src/pdf/index.js';
import { huaianReport, projectPath, seedReport } from '../helpers/reports.js';
import { govPage } from './helpers/gov-page.js';
import { tinyPdf } from './helpers/tiny-pdf.js';

const TABLE_KEYS = ['activeDisclosure', 'requests', 'reviewLitigation'] as const;
const tablesOf = (report: Record<string, unknown>) => Object.fromEntries(TABLE_KEYS.map((k) => [k, report[k]]));

let renderer: PdfRenderer;
let huaian: ImportResult;

beforeAll(async () => {
  // The set-up (npm test) prepares the fonts; without them these tests must fail, not skip.
  expect(existsSync(`${defaultFontDir()}/fonts.conf`), `prepared fonts missing in ${defaultFontDir()}`).toBe(true);
  renderer = createPdfRenderer();
  huaian = await importReport(new Uint8Array(readFileSync(projectPath('tests/fixtures/huaian-city-2024.pdf'))), {
    fileName: 'huaian-city-2024.pdf',
  });
});

afterAll(async () => {
  await renderer?.close();
});

describe('importReport on the published 淮安 PDF', () => {
  it('reads every table number right, and the agency, year and title', () => {
    const expected = huaianReport();
    expect(tablesOf(huaian.report)).toEqual(tablesOf(expected));
    expect(huaian.report).toMatchObject({
      format: '2021',
      agency: '淮安市人民政府',
      year: 2024,
      title: expected['title'],
    });
    expect(huaian).toMatchObject({ kind: 'pdf', edition: '2021', complete: true, unread: [] });
  });

  it('says on which page and where each of the 200 cells was found', () => {
    expect(huaian.cells).toHaveLength(200);
    expect(
      huaian.cells.every((c) => c.where.page !== undefined && c.where.x !== undefined && c.where.y !== undefined),
    ).toBe(true);
    const cell = (path: string) => huaian.cells.find((c) => c.path.join('.') === path)!;
    expect(cell('activeDisclosure.fees')).toMatchObject({
      value: 96171.6,
      raw: '96171.6',
      where: { page: 4, x: 249.2 },
    });
    expect(cell('requests.newReceived.naturalPerson')).toMatchObject({ value: 3001, where: { page: 4, x: 260.3 } });
    expect(cell('requests.carriedForward.total')).toMatchObject({ value: 103, where: { page: 5 } });
    expect(cell('reviewLitigation.litigationAfterReview.total')).toMatchObject({ value: 20, where: { page: 5 } });
  });

  it('lists the labels printed with 、 instead of .', () => {
    expect(huaian.labels.map((l) => [l.found, l.canonical, l.where.page])).toEqual([
      [
        '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        5,
      ],
      [
        '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        5,
      ],
      ['3、其他', '3.其他', 5],
    ]);
    expect(huaian.notes.map((n) => n.code)).toEqual(['DATE_NOT_FOUND']);
  });

  it('keeps the narrative: paragraphs joined across lines and pages, run-in sub-headings, no page numbers', () => {
    const overview = huaian.report['overview'] as unknown[];
    expect(overview.map((b) => (typeof b === 'string' ? '…' : (b as { heading: string }).heading))).toEqual([
      '…',
      '主动公开情况。',
      '依申请公开情况。',
      '政府信息管理情况。',
      '政府信息公开平台建设情况。',
      '政府信息公开监督保障情况。',
    ]);
    expect(huaian.report['otherMatters']).toEqual([
      '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
    ]);
    expect((huaian.report['problems'] as string[]).join('')).not.toMatch(/-\d-/);
    expect(huaian.report['preamble']).toEqual([
      '本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）规定编制。报告所列统计期限自2024年1月1日至2024年12月31日。如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。',
    ]);
  });
});

describe('importReport on PDFs made by our renderer', () => {
  it('gives back the seed report exactly', async () => {
    const { body: pdf } = await renderer.render(seedReport());
    const result = await importReport(pdf);
    expect(result.report).toEqual(seedReport());
    expect(result).toMatchObject({ kind: 'pdf', complete: true, unread: [], labels: [], notes: [] });
  });

  it('gives back the 淮安 report exactly, and sub-headings of every kind', async () => {
    const report = huaianReport();
    report['overview'] = [
      '总体情况的第一段。',
      { heading: '主动公开', paragraphs: ['第一段，内容。', '第二段，含 ASCII words 与 2024 年。'] },
      { heading: '依申请公开情况', paragraphs: ['依申请公开的内容。'], runIn: true },
    ];
    const { body: pdf } = await renderer.render(report);
    expect((await importReport(pdf)).report).toEqual(report);
  });
});

describe('importReport on a government page printed to PDF', () => {
  const print = async (report: Record<string, unknown>) => {
    const page = govPage(report).replace(
      '</head>',
      '<style>body{font-family:"zfxxgk Serif";font-size:12pt} td{font-size:8pt}</style></head>',
    );
    const { value: pdf } = await renderer.pool.run(async (p) => {
      await p.setContent(page);
      return p.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
    });
    return importReport(new Uint8Array(pdf));
  };

  it('reads centred labels, blank cells by their column, and numbers wrapped in narrow columns', async () => {
    const result = await print(huaianReport());
    expect(tablesOf(result.report)).toEqual(tablesOf(huaianReport()));
    expect(result.report).toMatchObject({
      agency: '淮安市人民政府',
      year: 2024,
      publishedAt: '2025-02-25',
      title: huaianReport()['title'],
    });
    expect(result.unread).toEqual([]);
    const blanks = result.cells.filter((c) => c.blank);
    expect(blanks.length).toBeGreaterThan(50);
    expect(blanks.every((c) => c.value === 0)).toBe(true);
    expect(result.cells.find((c) => c.path.join('.') === 'reviewLitigation.review.total')).toMatchObject({
      value: 351,
      raw: '３５１',
    });
  });

  it('places the blanks of rows, of whole rows and of table 四 by the columns of the header', async () => {
    const result = await print(seedReport());
    expect(tablesOf(result.report)).toEqual(tablesOf(seedReport()));
    expect(result.unread).toEqual([]);
    expect(result.cells.find((c) => c.path.join('.') === 'activeDisclosure.coercion')).toMatchObject({
      value: 0,
      raw: '',
      blank: true,
      where: { page: 3 },
    });
    expect(result.cells.filter((c) => c.path[0] === 'reviewLitigation' && c.blank).length).toBeGreaterThan(3);
  });
});

describe('importReport on PDFs that are not reports', () => {
  it('says a PDF about something else is not a report, and reads no number', async () => {
    const result = await importReport(tinyPdf(['Quarterly sales report', 'Revenue grew 12 percent in 2024']));
    expect(result.notes.map((n) => [n.code, n.severity])).toEqual([['NOT_A_REPORT', 'error']]);
    expect(result).toMatchObject({ complete: false, cells: [] });
    expect(result.unread).toHaveLength(200);
  });

  it('says a PDF without a text layer cannot be read', async () => {
    const result = await importReport(tinyPdf([]));
    expect(result.notes.map((n) => n.code)).toEqual(['NO_TEXT_LAYER']);
  });

  it('says a broken PDF cannot be opened', async () => {
    const result = await importReport(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'));
    expect(result.notes).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE', severity: 'error' })]);
    expect(result.notes[0]!.message).toMatch(/^无法打开文件：不是有效的 PDF 文件/);
  });
});
