/**
 * The workbook there and back: the template filled by a script imports as the report it was filled
 * from; `render -o x.xlsx` imports as the report rendered; what a clerk gets wrong in Excel (text in
 * a number cell, a formula typed over) becomes unread cells and notes, never a crash; a zip bomb
 * dressed as a workbook is refused before it inflates.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { guessKind, importReport } from '../../src/import/index.js';
import { createXlsxRenderer, xlsxTemplate } from '../../src/xlsx/renderer.js';
import { withoutTotals } from '../../src/cli/derived-cells.js';
import { CURRENT_EDITION } from '../../src/format/editions.js';
import { zfxxgk } from '../helpers/cli.js';
import { huaianReport } from '../helpers/reports.js';
import { fillTemplate, openBook, saveBook } from './fill.js';

const TABLES = ['activeDisclosure', 'requests', 'reviewLitigation'] as const;

/** 淮安 2024 with a fee in 万元 with decimals, so the amount cell is exercised. */
function sourceReport(): Record<string, any> {
  const report = huaianReport();
  report.activeDisclosure.fees = 12.35;
  return report;
}

/** The tables, agency and year of a report with its totals derived (what validate() returns). */
function expectedOf(report: Record<string, any>) {
  const result = validate(report);
  expect(result.ok, JSON.stringify(result.issues.slice(0, 3))).toBe(true);
  const full = result.report as Record<string, unknown>;
  return Object.fromEntries(['format', 'agency', 'year', ...TABLES].map((k) => [k, full[k]]));
}

let template: Uint8Array;
beforeAll(async () => {
  template = await xlsxTemplate();
}, 30_000);

describe('importReport of a filled template', () => {
  it('gives the same JSON as the report the script filled it from, totals included', async () => {
    const report = sourceReport();
    const filled = await fillTemplate(template, report);
    const result = await importReport(filled, { fileName: '年报.xlsx' });
    expect(result.kind).toBe('xlsx');
    expect(result.unread).toEqual([]);
    expect(result.report).toEqual(expectedOf(report));
    // The narrative is not in a workbook: only its absence is an error.
    const errors = validate(result.report).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['SECTIONS_PRESENT', 'SECTIONS_PRESENT', 'SECTIONS_PRESENT']);
  });

  it('gives each cell its sheet and address as provenance', async () => {
    const result = await importReport(await fillTemplate(template, sourceReport()), { fileName: 'a.xlsx' });
    const at = (path: string) => result.cells.find((c) => c.path.join('.') === path);
    expect(at('requests.newReceived.naturalPerson')).toEqual({
      path: ['requests', 'newReceived', 'naturalPerson'],
      label: '表三 一、本年新收政府信息公开申请数量 · 自然人',
      value: sourceReport().requests.newReceived.naturalPerson,
      raw: String(sourceReport().requests.newReceived.naturalPerson),
      where: { sheet: '表三', cell: 'D5' },
    });
    expect(at('requests.results.total.total')).toMatchObject({
      raw: '=SUM(D28:I28)',
      where: { sheet: '表三', cell: 'J28' },
    });
    expect(at('activeDisclosure.fees')).toMatchObject({ value: 12.35, where: { sheet: '表二', cell: 'B15' } });
    expect(at('reviewLitigation.litigationAfterReview.total')).toMatchObject({ where: { sheet: '表四', cell: 'O5' } });
    expect(result.cells).toHaveLength(result.cells.filter((c) => c.where.sheet && c.where.cell).length);
  });

  it('is recognised by its bytes when the file name says nothing', async () => {
    const filled = await fillTemplate(template, sourceReport());
    expect(guessKind(filled)).toBe('xlsx');
    expect((await importReport(filled)).kind).toBe('xlsx');
  });

  it('says the narrative is not in a workbook, and is complete without it', async () => {
    const result = await importReport(await fillTemplate(template, sourceReport()), { fileName: 'a.xlsx' });
    expect(result.complete).toBe(true);
    expect(result.notes.map((n) => n.code)).toEqual(['TABLES_ONLY']);
    expect(result.notes[0]!.params).toEqual({ sections: ['overview', 'problems', 'otherMatters'] });
  });
});

describe('importReport of a workbook a clerk got wrong', () => {
  it('works totals out from the cells, not from results the file saved that are now stale', async () => {
    const report = sourceReport();
    const book = await openBook((await createXlsxRenderer().render(report)).body);
    report.requests.newReceived.naturalPerson += 7;
    report.requests.results.granted.naturalPerson += 7;
    book.getWorksheet('表三')!.getCell('D5').value = report.requests.newReceived.naturalPerson;
    book.getWorksheet('表三')!.getCell('D7').value = report.requests.results.granted.naturalPerson;
    const result = await importReport(await saveBook(book), { fileName: 'a.xlsx' });
    expect(result.report).toEqual(expectedOf(withoutTotals(CURRENT_EDITION, report)));
  });

  it('lists text in a number cell as unread, with its sheet and address', async () => {
    const filled = await fillTemplate(template, sourceReport(), (book) => {
      book.getWorksheet('表三')!.getCell('E5').value = '约5件';
    });
    const result = await importReport(filled, { fileName: 'a.xlsx' });
    expect(result.unread).toEqual([
      {
        path: ['requests', 'newReceived', 'commercial'],
        label: '表三 一、本年新收政府信息公开申请数量 · 商业企业',
        code: 'NOT_A_NUMBER',
        reason: expect.stringContaining('约5件'),
        raw: '约5件',
        where: { sheet: '表三', cell: 'E5' },
      },
    ]);
    expect((result.report as any).requests.newReceived.commercial).toBeUndefined();
  });

  it('leaves a total over an unread cell unread, saying why', async () => {
    const filled = await fillTemplate(template, sourceReport(), (book) => {
      book.getWorksheet('表四')!.getCell('A5').value = '见附件';
    });
    const result = await importReport(filled, { fileName: 'a.xlsx' });
    expect(result.unread.map((u) => [u.code, u.where, u.reason])).toEqual([
      ['NOT_A_NUMBER', { sheet: '表四', cell: 'A5' }, '无法识别的数值“见附件”'],
      [
        'ADDEND_UNREAD',
        { sheet: '表四', cell: 'E5' },
        '合计公式“=SUM(A5:D5)”所加的单元格中有未读的（reviewLitigation.review.upheld），无法算出',
      ],
    ]);
    expect(result.complete).toBe(false);
  });

  it('notes a formula typed over with a number that disagrees, and validate() names the cell', async () => {
    const report = sourceReport();
    const filled = await fillTemplate(template, report, (book) => {
      book.getWorksheet('表三')!.getCell('J5').value = 1; // the 总计 of 本年新收, typed over
    });
    const result = await importReport(filled, { fileName: 'a.xlsx' });
    const expected = expectedOf(report) as any;
    expect(result.notes.find((n) => n.code === 'FORMULA_REPLACED')).toEqual({
      code: 'FORMULA_REPLACED',
      severity: 'warning',
      message: `表三 J5 的合计公式“=SUM(D5:I5)”被改成了数值 1，与所合计各格之和 ${expected.requests.newReceived.total} 不符`,
      path: ['requests', 'newReceived', 'total'],
      where: { sheet: '表三', cell: 'J5' },
      params: {
        sheet: '表三',
        cell: 'J5',
        formula: 'SUM(D5:I5)',
        value: 1,
        expected: expected.requests.newReceived.total,
      },
    });
    const issues = validate(result.report).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'T3_ROW_TOTAL',
      'requests.newReceived.total',
    ]);
  });

  it('says nothing when a total typed over agrees with its cells', async () => {
    const report = sourceReport();
    const total = (expectedOf(report) as any).requests.newReceived.total;
    const filled = await fillTemplate(template, report, (book) => {
      book.getWorksheet('表三')!.getCell('J5').value = total;
    });
    const result = await importReport(filled, { fileName: 'a.xlsx' });
    expect(result.notes.map((n) => n.code)).toEqual(['TABLES_ONLY']);
    expect(result.report).toEqual(expectedOf(report));
  });

  it('reads a blank template as zeros and says it is blank', async () => {
    const result = await importReport(template, { fileName: '年报.xlsx' });
    expect(result.notes.map((n) => n.code).sort()).toEqual(
      ['ALL_BLANK', 'AGENCY_NOT_FOUND', 'BLANK_CELLS', 'TABLES_ONLY', 'YEAR_NOT_FOUND'].sort(),
    );
    expect((result.report as any).requests.results.total.total).toBe(0);
  });

  it('gives an error note, not a crash, for bytes that are no workbook', async () => {
    const result = await importReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { fileName: 'x.xlsx' });
    expect(result.notes.map((n) => [n.code, n.severity])).toEqual([['UNREADABLE_FILE', 'error']]);
    expect(result.notes[0]!.params).toMatchObject({ kind: 'xlsx' });
  });

  it('refuses a zip bomb dressed as a workbook before it inflates', async () => {
    // 16 MB of one repeated byte (twice the default limit) compresses to about 16 kB.
    const sheet = new Uint8Array(16 * 2 ** 20).fill(0x20);
    const bomb = zipSync({
      '[Content_Types].xml': new Uint8Array(10),
      'xl/workbook.xml': new Uint8Array(10),
      'xl/worksheets/sheet1.xml': sheet,
    });
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().arrayBuffers;
    const result = await importReport(bomb, { fileName: 'bomb.xlsx' });
    expect(result.kind).toBe('xlsx');
    expect(result.notes.map((n) => n.code)).toEqual(['LIMIT_ZIP_INFLATED']);
    expect(result.notes[0]!.params).toMatchObject({ limit: 8 * 2 ** 20 });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 2 ** 20);
  });
});

describe('zfxxgk render -o x.xlsx', () => {
  it('writes the report as a workbook that imports as the same report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-xlsx-'));
    const report = sourceReport();
    writeFileSync(join(dir, 'r.json'), JSON.stringify(report));
    const run = await zfxxgk(['render', join(dir, 'r.json'), '-o', join(dir, 'r.xlsx')]);
    expect(run.code, run.stderr).toBe(0);
    const back = await zfxxgk(['import', join(dir, 'r.xlsx'), '-o', join(dir, 'back.json')]);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toEqual(expectedOf(report));
  }, 30_000);
});

describe('zfxxgk batch --format xlsx', () => {
  it('writes a workbook for each report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-xlsx-'));
    writeFileSync(join(dir, 'huaian.json'), JSON.stringify(sourceReport()));
    const run = await zfxxgk(['batch', dir, '--out', join(dir, 'out'), '--format', 'xlsx']);
    expect(run.code, run.stderr).toBe(0);
    const result = await importReport(readFileSync(join(dir, 'out', 'huaian.xlsx')));
    expect(result.report).toEqual(expectedOf(sourceReport()));
  }, 30_000);
});

describe('zfxxgk template --xlsx', () => {
  it('writes the blank template, and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-xlsx-'));
    const run = await zfxxgk(['template', '--xlsx', '-o', '年报.xlsx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已写出 年报.xlsx');
    expect(guessKind(readFileSync(join(dir, '年报.xlsx')))).toBe('xlsx');
    const again = await zfxxgk(['template', '--xlsx', '-o', '年报.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
  });

  it('asks which template when --xlsx is missing', async () => {
    const run = await zfxxgk(['template'], { cwd: mkdtempSync(join(tmpdir(), 'zfxxgk-xlsx-')) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--xlsx');
  });
});
