import { describe, expect, it } from 'vitest';
import { createHtmlRenderer } from '../../src/html/index.js';
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
import { tablesOf } from '../helpers/html-tables.js';

const shape = specShape;

const html = (await createHtmlRenderer().render(seedReport())).body;
const [t2, t3, t4] = tablesOf(html);

describe('the HTML tables reproduce the official merged-cell layout', () => {
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

  it('uses real header cells with scope, and a caption per table', () => {
    expect(t3!.rows[0]!.slice(1).every((c) => c.tag === 'th' && c.scope === 'colgroup')).toBe(true);
    expect(t3!.rows[3]![0]).toMatchObject({ tag: 'th', scope: 'row' });
    expect(t3!.rows[5]![0]).toMatchObject({ tag: 'th', scope: 'rowgroup' });
    expect([t2, t3, t4].map((t) => t!.caption)).toEqual([
      '表二 主动公开政府信息情况',
      '表三 收到和处理政府信息公开申请情况',
      '表四 政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('prints numbers exactly as given: no separators, no rounding', async () => {
    const report = seedReport();
    report.activeDisclosure.fees = 24252.311082;
    report.activeDisclosure.licensing = 447228;
    const out = (await createHtmlRenderer().render(report)).body;
    const rows = shape(tablesOf(out)[0]!.rows);
    expect(rows[6]).toEqual(['行政许可', ['447228', 1, 3]]);
    expect(rows[13]).toEqual(['行政事业性收费', ['24252.311082', 1, 3]]);
  });

  it('prints a fee in plain decimals, never with an exponent', async () => {
    const html = createHtmlRenderer();
    for (const [fee, printed] of [
      [1e-7, '0.0000001'],
      [1.25e-8, '0.0000000125'],
      [3e21, '3000000000000000000000'],
      [0.000001, '0.000001'],
    ] as const) {
      const report = seedReport();
      report.activeDisclosure.fees = fee;
      const rows = shape(tablesOf((await html.render(report)).body)[0]!.rows);
      expect(rows[13]).toEqual(['行政事业性收费', [printed, 1, 3]]);
    }
  });
});
