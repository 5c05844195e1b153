import { describe, expect, it } from 'vitest';
import { createDocxRenderer } from '../../src/docx/index.js';
import { seedReport } from '../helpers/reports.js';
import { docxFiles, docxTables, find, first, type DocxCell } from './ooxml.js';

/** A cell as SPEC B §4–§6 writes it: `text`, or `[text, rowspan, colspan]`. */
type Spec = string | [string, number, number];
const shape = (rows: DocxCell[][]) => rows.map((r) => r.map((c): Spec => (c.rs === 1 && c.cs === 1 ? c.text : [c.text, c.rs, c.cs])));

const docx = createDocxRenderer();
const files = docxFiles(await docx.render(seedReport()));
const tables = docxTables(files['word/document.xml']!);
const [t2, t3, t4] = tables;
const gridCols = (t: (typeof tables)[number]) => find(first(t.tbl, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
const rowsOf = (t: (typeof tables)[number]) => find(t.tbl, 'w:tr');

describe('the DOCX tables reproduce the official merged-cell layout', () => {
  it('writes exactly three tables', () => {
    expect(tables).toHaveLength(3);
  });

  it('table 二 matches SPEC B §4 row by row', () => {
    expect(shape(t2!.rows)).toEqual([
      [['第二十条第（一）项', 1, 4]],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '1', '1', '12'],
      [['第二十条第（五）项', 1, 4]],
      ['信息内容', ['本年处理决定数量', 1, 3]],
      ['行政许可', ['821', 1, 3]],
      [['第二十条第（六）项', 1, 4]],
      ['信息内容', ['本年处理决定数量', 1, 3]],
      ['行政处罚', ['9', 1, 3]],
      ['行政强制', ['0', 1, 3]],
      [['第二十条第（八）项', 1, 4]],
      ['信息内容', ['本年收费金额（单位：万元）', 1, 3]],
      ['行政事业性收费', ['0', 1, 3]],
    ]);
  });

  it('table 三 matches SPEC B §5.2–5.3: 3 header rows, 25 body rows', () => {
    const rows = shape(t3!.rows);
    expect(rows.slice(0, 3)).toEqual([
      [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3], ['申请人情况', 1, 7]],
      [['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ]);
    const labels = rows.slice(3).map((r) => r.filter((c) => typeof c !== 'string' || !/^\d+$/.test(c)));
    const v = (n: number) => Array(7).fill('0').map((z, i) => (n && (i === 0 || i === 6) ? String(n) : z));
    expect(labels).toEqual([
      [['一、本年新收政府信息公开申请数量', 1, 3]],
      [['二、上年结转政府信息公开申请数量', 1, 3]],
      [['三、本年度办理结果', 22, 1], ['（一）予以公开', 1, 2]],
      [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2]],
      [['（三）不予公开', 8, 1], '1.属于国家秘密'],
      ['2.其他法律行政法规禁止公开'],
      ['3.危及“三安全一稳定”'],
      ['4.保护第三方合法权益'],
      ['5.属于三类内部事务信息'],
      ['6.属于四类过程性信息'],
      ['7.属于行政执法案卷'],
      ['8.属于行政查询事项'],
      [['（四）无法提供', 3, 1], '1.本机关不掌握相关政府信息'],
      ['2.没有现成信息需要另行制作'],
      ['3.补正后申请内容仍不明确'],
      [['（五）不予处理', 5, 1], '1.信访举报投诉类申请'],
      ['2.重复申请'],
      ['3.要求提供公开出版物'],
      ['4.无正当理由大量反复申请'],
      ['5.要求行政机关确认或重新出具已获取信息'],
      [['（六）其他处理', 3, 1], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['3.其他'],
      [['（七）总计', 1, 2]],
      [['四、结转下年度继续办理', 1, 3]],
    ]);
    // Every body row carries seven values, printed as given.
    const values = rows.slice(3).map((r) => r.filter((c) => typeof c === 'string' && /^\d+$/.test(c)));
    expect(values.every((r) => r.length === 7)).toBe(true);
    expect(values[0]).toEqual(v(3));
    expect(values[22]).toEqual(v(3));
    expect(values[23]).toEqual(v(3));
  });

  it('table 四 matches SPEC B §6: 15 value columns in one data row', () => {
    const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(shape(t4!.rows)).toEqual([
      [['行政复议', 1, 5], ['行政诉讼', 1, 10]],
      [...outcomes.map((o): Spec => [o, 2, 1]), ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]],
      [...outcomes, ...outcomes],
      Array(15).fill('0'),
    ]);
  });

  it('keeps every row rectangular: each row covers all grid columns, merged cells included', () => {
    for (const t of tables) {
      const columns = gridCols(t).length;
      for (const tr of rowsOf(t)) {
        const covered = find(tr, 'w:tc').reduce((sum, tc) => sum + Number(first(tc, 'w:gridSpan')?.attrs['w:val'] ?? 1), 0);
        expect(covered).toBe(columns);
      }
    }
  });

  it('shades exactly table 二’s four block-title rows #C6D9F1', () => {
    const shaded = (t: (typeof tables)[number]) => t.rows.flat().filter((c) => first(c.tc, 'w:shd')?.attrs['w:fill'] === 'C6D9F1').map((c) => c.text);
    expect(shaded(t2!)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
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
          expect(Number(first(tc, 'w:tcW')!.attrs['w:w'])).toBe(cols.slice(column, column + span).reduce((a, b) => a + b, 0));
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

  it('sets table text in 宋体, 10 pt in table 二 and 9 pt in the wide tables, the corner note in 楷体', () => {
    const styles = files['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="TableText".*?w:eastAsia="宋体".*?<w:sz w:val="20"\/>/);
    const sizes = (t: (typeof tables)[number]) => new Set(t.rows.flat().filter((c) => c.text !== '').map((c) => first(c.tc, 'w:sz')?.attrs['w:val'] ?? 'style'));
    expect(sizes(t2!)).toEqual(new Set(['style']));
    expect(sizes(t3!)).toEqual(new Set(['18']));
    expect(sizes(t4!)).toEqual(new Set(['18']));
    expect(first(t3!.rows[0]![0]!.tc, 'w:rFonts')!.attrs['w:eastAsia']).toBe('楷体_GB2312');
  });

  it('prints numbers exactly as given: no separators, no rounding', async () => {
    const report = seedReport();
    report.activeDisclosure.fees = 24252.311082;
    report.activeDisclosure.licensing = 447228;
    const rows = shape(docxTables(docxFiles(await docx.render(report))['word/document.xml']!)[0]!.rows);
    expect(rows[6]).toEqual(['行政许可', ['447228', 1, 3]]);
    expect(rows[13]).toEqual(['行政事业性收费', ['24252.311082', 1, 3]]);
  });
});
