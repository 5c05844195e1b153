/**
 * Cells the page settles without printing them one by one: a merged 0, a single-row （六） of 0, an
 * absent 规章 row of an agency that cannot make 规章, the one missing cell of an equation. Each is
 * filled with the rule and the cells it used; nothing read is ever changed.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.js';
import { validate } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';
import { mergeOther, page, publishedBy, singleRowOther, withoutRegulationsRow } from './helpers/patterns.js';

const byPath = <T extends { path: readonly string[] }>(list: readonly T[]) =>
  new Map(list.map((c) => [c.path.join('.'), c]));
const LEGAL = ['commercial', 'research', 'socialWelfare', 'legalService', 'other'];
const COLUMNS = ['naturalPerson', ...LEGAL, 'total'];
const ITEMS = ['overdueCorrection', 'overdueFee', 'other'];

describe('importReport on a single-row （六）其他处理 in a 2021 table', () => {
  it('gives each item 0 in a column whose figure is 0, and leaves the others unread', async () => {
    const result = await importReport(singleRowOther(await page(), ['3', '0', '0', '0', '0', '', '3']), {
      kind: 'html',
    });
    const cells = byPath(result.cells);
    const unread = byPath(result.unread);
    for (const item of ITEMS) {
      for (const col of COLUMNS) {
        const key = `requests.results.other.${item}.${col}`;
        if (col === 'naturalPerson' || col === 'total') {
          expect(unread.get(key)?.code).toBe('SINGLE_ROW');
          continue;
        }
        expect(cells.get(key)).toMatchObject({
          value: 0,
          inferred: { rule: 'SINGLE_ROW_ZERO', from: [['requests', 'results', 'other', ...col.split('.')]] },
        });
      }
    }
    expect(result.report).toHaveProperty('requests.results.other.overdueFee.research', 0);
  });
});

describe('importReport on a value cell merged over rows', () => {
  it('gives each covered row a merged 0, naming the cell it came from', async () => {
    const result = await importReport(mergeOther(await page(), 1, 1, 2, '0'), { kind: 'html' });
    expect(result.report).toEqual(seedReport());
    expect(result.unread).toEqual([]);
    expect(result.cells.filter((c) => c.inferred)).toEqual([
      expect.objectContaining({
        path: ['requests', 'results', 'other', 'overdueFee', 'naturalPerson'],
        value: 0,
        raw: '0',
        inferred: {
          rule: 'MERGED_ZERO',
          from: [['requests', 'results', 'other', 'overdueCorrection', 'naturalPerson']],
        },
      }),
    ]);
  });

  it('leaves the covered rows of a merged figure other than 0 unread, with the figure', async () => {
    // Two columns merged, so that no equation of the table settles the covered cells either.
    const merged = mergeOther(mergeOther(await page(), 7, 1, 3, '3'), 1, 1, 3, '3');
    const result = await importReport(merged, { kind: 'html' });
    expect(result.unread.map((u) => [u.path.join('.'), u.code, u.params, u.reason])).toEqual(
      ['overdueFee', 'other'].flatMap((item) =>
        ['naturalPerson', 'total'].map((col) => [
          `requests.results.other.${item}.${col}`,
          'MERGED_NOT_ZERO',
          { value: 3, top: `requests.results.other.overdueCorrection.${col}` },
          '数值单元格与上一行合并，合并值 3 不为 0，无法拆分到各行',
        ]),
      ),
    );
    // The cell printed in the first row is read as published.
    expect(result.report).toHaveProperty('requests.results.other.overdueCorrection.naturalPerson', 3);
  });
});

describe('importReport on table 二 without the 规章 row', () => {
  it('gives the row 0 with a note when the agency is a department or a township', async () => {
    for (const [agency, kind] of [
      ['工布江达县教育局', 'department'],
      ['工布江达县错高乡人民政府', 'township'],
    ] as const) {
      const report = publishedBy(agency);
      const result = await importReport(withoutRegulationsRow(await page(report)), { kind: 'html' });
      expect(result.report).toEqual(report);
      expect(result.complete).toBe(true);
      expect(result.cells.filter((c) => c.inferred)).toEqual(
        ['issued', 'repealed', 'inForce'].map((col) =>
          expect.objectContaining({
            path: ['activeDisclosure', 'regulations', col],
            value: 0,
            inferred: { rule: 'NO_REGULATIONS_ROW', from: [] },
          }),
        ),
      );
      expect(result.notes).toContainEqual(
        expect.objectContaining({
          code: 'NO_REGULATIONS_ROW',
          severity: 'info',
          params: { row: 'activeDisclosure.regulations', agency, kind, cells: 3 },
        }),
      );
    }
    const result = await importReport(withoutRegulationsRow(await page(publishedBy('工布江达县教育局'))), {
      kind: 'html',
    });
    expect(result.notes.find((n) => n.code === 'NO_REGULATIONS_ROW')?.message).toBe(
      '表格中没有“规章”一行；工布江达县教育局是政府部门，不能制定规章，该行 3 个单元格按 0 计',
    );
    // A people's government, and a department of the State Council, may make 规章: the missing row stays unread.
    for (const report of [seedReport(), publishedBy('海关总署')]) {
      const result = await importReport(withoutRegulationsRow(await page(report)), { kind: 'html' });
      expect(result.unread.map((u) => [u.path.join('.'), u.code])).toEqual(
        ['issued', 'repealed', 'inForce'].map((col) => [`activeDisclosure.regulations.${col}`, 'ROW_NOT_FOUND']),
      );
      expect(result.complete).toBe(false);
    }
  });
});

/** The （七）总计 row of table 三 with its last cells cut off and its first figure printed as `first`. */
function cutTotalRow(body: string, keep: number, first = '3'): string {
  return body.replace(
    /(（七）总计<\/th>\n)((?:<td class="zfxxgk-value">[^<]*<\/td>\n){7})/,
    (_, head: string, tds: string) => {
      const cells = tds.split('\n').filter(Boolean).slice(0, keep);
      cells[0] = `<td class="zfxxgk-value">${first}</td>`;
      return `${head}${cells.join('\n')}\n`;
    },
  );
}

describe('importReport on an equation with one cell missing', () => {
  it('derives the cell from the others, naming them', async () => {
    const result = await importReport(cutTotalRow(await page(), 6), { kind: 'html' });
    expect(result.report).toEqual(seedReport());
    expect(result.complete).toBe(true);
    const [derived, ...others] = result.cells.filter((c) => c.inferred);
    expect(others).toEqual([]);
    expect(derived).toMatchObject({ path: ['requests', 'results', 'total', 'total'], value: 3, raw: '', where: {} });
    expect(derived!.inferred!.rule).toBe('EQUATION');
    // Every cell it used is one of the cells read, so a reader can redo the sum.
    const read = byPath(result.cells.filter((c) => !c.inferred));
    expect(derived!.inferred!.from.length).toBeGreaterThan(1);
    for (const path of derived!.inferred!.from) expect(read.has(path.join('.'))).toBe(true);
  });

  it('settles two missing cells of one row each from an equation of its own', async () => {
    const result = await importReport(cutTotalRow(await page(), 5), { kind: 'html' });
    expect(result.report).toEqual(seedReport());
    expect(result.cells.filter((c) => c.inferred).map((c) => [c.path.join('.'), c.inferred!.rule])).toEqual([
      ['requests.results.total.other', 'EQUATION'],
      ['requests.results.total.total', 'EQUATION'],
    ]);
  });

  it('never repairs a wrong published figure: it is kept, and validation names it', async () => {
    const result = await importReport(cutTotalRow(await page(), 6, '5'), { kind: 'html' });
    expect(result.report).toHaveProperty('requests.results.total.naturalPerson', 5);
    expect(result.cells.filter((c) => c.inferred).map((c) => c.path.join('.'))).toEqual([
      'requests.results.total.total',
    ]);
    const { issues } = validate(result.report);
    expect(issues.some((i) => i.path.join('.').startsWith('requests.results.total'))).toBe(true);
  });
});
