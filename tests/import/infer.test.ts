/**
 * Cells the page settles without printing them one by one: a merged 0, a single-row （六） of 0, an
 * absent 规章 row of an agency that cannot make 规章, the one missing cell of an equation. Each is
 * filled with the rule and the cells it used; nothing read is ever changed.
 */
import { describe, expect, it } from 'vitest';
import { createHtmlRenderer } from '../../src/html/index.js';
import { importReport } from '../../src/import/index.js';
import { seedReport } from '../helpers/reports.js';

const html = createHtmlRenderer();
const page = async (report = seedReport()) => (await html.render(report)).body;
const byPath = <T extends { path: readonly string[] }>(list: readonly T[]) =>
  new Map(list.map((c) => [c.path.join('.'), c]));
const LEGAL = ['commercial', 'research', 'socialWelfare', 'legalService', 'other'];
const COLUMNS = ['naturalPerson', ...LEGAL, 'total'];
const ITEMS = ['overdueCorrection', 'overdueFee', 'other'];

/** The three rows of （六）其他处理 printed as one row of the given figures (the 2019 style). */
const singleRowOther = (body: string, figures: readonly string[]) =>
  body.replace(
    /<tr><th[^>]*rowspan="3">（六）其他处理<\/th>[^]*?<\/tr>\n<tr>[^]*?<\/tr>\n<tr>[^]*?<\/tr>/,
    `<tr><th class="zfxxgk-rowHeader" scope="row" colspan="2">（六）其他处理</th>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>`,
  );

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
