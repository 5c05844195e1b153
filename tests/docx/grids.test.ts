import { describe, expect, it } from 'vitest';
import { createDocxRenderer } from '../../src/docx/index.js';
import { seedReport } from '../helpers/reports.js';
import {
  SEED_TABLE_2,
  SEED_TABLE_3_NONZERO,
  SEED_TABLE_4,
  TABLE_3_HEAD,
  TABLE_3_LABELS,
  specShape,
  table3Parts,
} from '../helpers/spec-grids.js';
import { docxFiles, docxTables, find, first } from './ooxml.js';

const shape = specShape;

const docx = createDocxRenderer();
const files = docxFiles((await docx.render(seedReport())).body);
const tables = docxTables(files['word/document.xml']!);
const [t2, t3, t4] = tables;
const gridCols = (t: (typeof tables)[number]) =>
  find(first(t.tbl, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
const rowsOf = (t: (typeof tables)[number]) => find(t.tbl, 'w:tr');

describe('the DOCX tables reproduce the official merged-cell layout', () => {
  it('writes exactly three tables', () => {
    expect(tables).toHaveLength(3);
  });

  it('table 二 matches SPEC B §4 row by row', () => {
    expect(shape(t2!.rows)).toEqual(SEED_TABLE_2);
  });

  it('table 三 matches SPEC B §5.2–5.3: 3 header rows, 25 body rows', () => {
    const { head, labels, values } = table3Parts(shape(t3!.rows));
    expect(head).toEqual(TABLE_3_HEAD);
    expect(labels).toEqual(TABLE_3_LABELS);
    // Every body row carries seven values, printed as given.
    values.forEach((row, i) => expect(row).toEqual(SEED_TABLE_3_NONZERO[i] ?? Array(7).fill('0')));
  });

  it('table 四 matches SPEC B §6: 15 value columns in one data row', () => {
    expect(shape(t4!.rows)).toEqual(SEED_TABLE_4);
  });

  it('keeps every row rectangular: each row covers all grid columns, merged cells included', () => {
    for (const t of tables) {
      const columns = gridCols(t).length;
      for (const tr of rowsOf(t)) {
        const covered = find(tr, 'w:tc').reduce(
          (sum, tc) => sum + Number(first(tc, 'w:gridSpan')?.attrs['w:val'] ?? 1),
          0,
        );
        expect(covered).toBe(columns);
      }
    }
  });

  it('shades exactly table 二’s four block-title rows #C6D9F1', () => {
    const shaded = (t: (typeof tables)[number]) =>
      t.rows
        .flat()
        .filter((c) => first(c.tc, 'w:shd')?.attrs['w:fill'] === 'C6D9F1')
        .map((c) => c.text);
    expect(shaded(t2!)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(shaded(t3!)).toEqual([]);
    expect(shaded(t4!)).toEqual([]);
  });

  it('fits every table to the 156 mm text width, table 三 in the ratio 754 : 921 : 3271 : 685 × 7', () => {
    for (const t of tables) {
      expect(gridCols(t).reduce((a, b) => a + b, 0)).toBe(8845);
      expect(first(t.tbl, 'w:tblW')!.attrs).toEqual({ 'w:w': '8845', 'w:type': 'dxa' });
      expect(first(t.tbl, 'w:tblLayout')!.attrs['w:type']).toBe('fixed');
    }
    const ratio = [754, 921, 3271, ...Array(7).fill(685)];
    const unit = 8845 / ratio.reduce((a, b) => a + b, 0);
    gridCols(t3!).forEach((w, i) => expect(Math.abs(w - ratio[i]! * unit)).toBeLessThan(8));
    for (const t of [t2!, t4!]) expect(Math.max(...gridCols(t)) - Math.min(...gridCols(t))).toBeLessThanOrEqual(1);
    expect(gridCols(t4!)).toHaveLength(15);
  });

  it('gives each cell the width of the grid columns it spans', () => {
    for (const t of tables) {
      const cols = gridCols(t);
      for (const tr of rowsOf(t)) {
        let column = 0;
        for (const tc of find(tr, 'w:tc')) {
          const span = Number(first(tc, 'w:gridSpan')?.attrs['w:val'] ?? 1);
          expect(Number(first(tc, 'w:tcW')!.attrs['w:w'])).toBe(
            cols.slice(column, column + span).reduce((a, b) => a + b, 0),
          );
          column += span;
        }
      }
    }
  });

  it('repeats the header rows of tables 三 and 四 and never splits a row across pages', () => {
    const headerRows = (t: (typeof tables)[number]) => rowsOf(t).map((tr) => first(tr, 'w:tblHeader') !== undefined);
    expect(headerRows(t3!)).toEqual([true, true, true, ...Array(25).fill(false)]);
    expect(headerRows(t4!)).toEqual([true, true, true, false]);
    expect(headerRows(t2!).every((h) => !h)).toBe(true);
    for (const t of tables) expect(rowsOf(t).every((tr) => first(tr, 'w:cantSplit') !== undefined)).toBe(true);
  });

  it('keeps every row but the last with the next, so a table that fits a page is not split', () => {
    for (const t of tables) {
      const kept = rowsOf(t).map((tr) => find(tr, 'w:p').map((p) => first(p, 'w:keepNext') !== undefined));
      // Every paragraph of a row (merged continuation cells too) agrees; only the last row lets go.
      expect(kept.map((row) => [...new Set(row)])).toEqual([...Array(kept.length - 1).fill([true]), [false]]);
    }
  });

  it('sets table text in 宋体, 10 pt in table 二 and 9 pt in the wide tables, the corner note in 楷体', () => {
    const styles = files['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="TableText".*?w:eastAsia="宋体".*?<w:sz w:val="20"\/>/);
    const sizes = (t: (typeof tables)[number]) =>
      new Set(
        t.rows
          .flat()
          .filter((c) => c.text !== '')
          .map((c) => first(c.tc, 'w:sz')?.attrs['w:val'] ?? 'style'),
      );
    expect(sizes(t2!)).toEqual(new Set(['style']));
    expect(sizes(t3!)).toEqual(new Set(['18']));
    expect(sizes(t4!)).toEqual(new Set(['18']));
    expect(first(t3!.rows[0]![0]!.tc, 'w:rFonts')!.attrs['w:eastAsia']).toBe('楷体_GB2312');
  });

  it('prints numbers exactly as given: no separators, no rounding', async () => {
    const report = seedReport();
    report.activeDisclosure.fees = 24252.311082;
    report.activeDisclosure.licensing = 447228;
    const rows = shape(docxTables(docxFiles((await docx.render(report)).body)['word/document.xml']!)[0]!.rows);
    expect(rows[6]).toEqual(['行政许可', ['447228', 1, 3]]);
    expect(rows[13]).toEqual(['行政事业性收费', ['24252.311082', 1, 3]]);
  });

  it('prints a fee below 1e-6 in plain decimals, never with an exponent', async () => {
    const report = seedReport();
    report.activeDisclosure.fees = 1e-7;
    const rows = shape(docxTables(docxFiles((await docx.render(report)).body)['word/document.xml']!)[0]!.rows);
    expect(rows[13]).toEqual(['行政事业性收费', ['0.0000001', 1, 3]]);
  });
});
