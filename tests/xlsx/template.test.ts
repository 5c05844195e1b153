/**
 * The blank workbook as a clerk opens it: the official merged-cell layout (checked against the
 * official table by hand, not against our own plan), labels locked, value cells open and checked,
 * totals as formulas, nothing but the official Chinese.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsxTemplate } from '../../src/xlsx/renderer.js';
import { openBook } from './fill.js';

let book: ExcelJS.Workbook;
beforeAll(async () => {
  book = await openBook(await xlsxTemplate());
}, 30_000);

const sheet = (name: string) => book.getWorksheet(name)!;
/** The merged ranges of a sheet (ExcelJS keeps them in its model). */
const merges = (name: string) => [...(sheet(name).model as { merges: string[] }).merges].sort();

describe('xlsxTemplate', () => {
  it('has a sheet for the agency and year, then one per table', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['基本信息', '表二', '表三', '表四']);
    expect([sheet('基本信息').getCell('A1').value, sheet('基本信息').getCell('A2').value]).toEqual([
      '报告机关',
      '报告年度',
    ]);
  });

  it('draws 表三 with the official merged cells', () => {
    expect(merges('表三')).toEqual(
      [
        'A1:J1', // the section heading
        'A2:C4', // the corner note
        'D2:J2', // 申请人情况
        'D3:D4', // 自然人
        'E3:I3', // 法人或其他组织
        'J3:J4', // 总计
        'A5:C5',
        'A6:C6',
        'A7:A28', // 三、本年度办理结果
        'B7:C7',
        'B8:C8',
        'B9:B16', // （三）不予公开, 8 items
        'B17:B19', // （四）无法提供, 3
        'B20:B24', // （五）不予处理, 5
        'B25:B27', // （六）其他处理, 3
        'B28:C28', // （七）总计
        'A29:C29',
      ].sort(),
    );
    expect(sheet('表三').getCell('C26').value).toBe(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
  });

  it('draws 表四 with its two levels of column groups', () => {
    expect(merges('表四')).toEqual(
      ['A1:O1', 'A2:E2', 'F2:O2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:J3', 'K3:O3'].sort(),
    );
  });

  it('makes every total a formula of the cells it sums', () => {
    const formula = (name: string, address: string) =>
      (sheet(name).getCell(address).value as { formula: string }).formula;
    expect(formula('表三', 'J5')).toBe('SUM(D5:I5)');
    expect(formula('表三', 'D28')).toBe('SUM(D7:D27)');
    expect(formula('表三', 'J28')).toBe('SUM(D28:I28)');
    expect(formula('表四', 'E5')).toBe('SUM(A5:D5)');
    expect(formula('表四', 'O5')).toBe('SUM(K5:N5)');
  });

  it('protects every sheet without a password, labels and totals locked, value cells open', () => {
    for (const ws of book.worksheets) {
      expect((ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({
        sheet: true,
      });
      expect((ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).not.toHaveProperty(
        'hashValue',
      );
    }
    const locked = (name: string, address: string) => sheet(name).getCell(address).protection?.locked !== false;
    expect(['A5', 'D3', 'J5', 'J28', 'A2'].map((a) => locked('表三', a))).toEqual([true, true, true, true, true]);
    expect(['D5', 'I29', 'D27'].map((a) => locked('表三', a))).toEqual([false, false, false]);
    expect(['A4', 'B4', 'D5', 'B15'].map((a) => locked('表二', a))).toEqual([true, false, false, false]);
    expect(locked('基本信息', 'B1')).toBe(false);
  });

  it('accepts whole numbers ≥ 0 in count cells and a decimal ≥ 0 as the fee', () => {
    const rule = (name: string, address: string) => sheet(name).getCell(address).dataValidation;
    expect(rule('表三', 'D5')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rule('表四', 'A5')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rule('表二', 'B8')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rule('表二', 'B15')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rule('基本信息', 'B2')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [2021] });
  });

  it('shows the official Chinese only', () => {
    const texts: string[] = [];
    for (const ws of book.worksheets) {
      texts.push(ws.name);
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
          if (cell.dataValidation?.error) texts.push(cell.dataValidation.error, cell.dataValidation.errorTitle ?? '');
        }),
      );
    }
    expect(texts.length).toBeGreaterThan(80);
    expect(texts.filter((t) => /[A-Za-z]/.test(t))).toEqual([]);
  });
});
