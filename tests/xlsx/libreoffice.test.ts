/**
 * The workbook as another spreadsheet program sees it: LibreOffice Calc (headless) opens the
 * template filled by a script, and the rendered workbook with its saved totals made stale,
 * recalculates every formula and writes each sheet as CSV; every total it computes must be the
 * one validate() derives, and every number must sit where the layout says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutTotals } from '../../src/cli/derived-cells.js';
import { CURRENT_EDITION } from '../../src/format/editions.js';
import { validate } from '../../src/index.js';
import { readPath } from '../../src/util/path.js';
import { workbookPlan } from '../../src/xlsx/layout.js';
import { createXlsxRenderer, xlsxTemplate } from '../../src/xlsx/renderer.js';
import { officeConvert } from '../helpers/libreoffice.js';
import { pdfInfo, pdfText } from '../helpers/pdf-tools.js';
import { huaianReport, seedReport } from '../helpers/reports.js';
import { fillTemplate, openBook, saveBook } from './fill.js';

/** Every sheet as CSV (UTF-8, comma, double quotes; `-1`: each sheet to a file of its own). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Splits CSV text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** The field at an A1 address. */
function at(rows: string[][], address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return rows[Number(m[2]) - 1]?.[column - 1] ?? '';
}

/** 淮安 2024 with a fee in 万元 with decimals. */
function huaian(): Record<string, any> {
  const report = huaianReport();
  report.activeDisclosure.fees = 12.35;
  return report;
}

const sheets: Record<string, Record<string, string[][]>> = {};
let printed = '';
const reports: Record<string, Record<string, any>> = {};

beforeAll(async () => {
  const template = await xlsxTemplate();
  reports.filled = huaian();
  const filled = await fillTemplate(template, reports.filled);
  // The rendered example, then one detail changed by a script: the totals it saved are now stale.
  // Its totals are dropped from the expectation: validate() derives them from the changed details.
  reports.stale = withoutTotals(CURRENT_EDITION, seedReport()) as Record<string, any>;
  reports.stale.requests.newReceived.naturalPerson += 5;
  reports.stale.requests.results.granted.naturalPerson += 5;
  const book = await openBook((await createXlsxRenderer().render(seedReport())).body);
  book.getWorksheet('表三')!.getCell('D5').value = reports.stale.requests.newReceived.naturalPerson;
  book.getWorksheet('表三')!.getCell('D7').value = reports.stale.requests.results.granted.naturalPerson;
  const stale = await saveBook(book);
  const { dir } = await officeConvert(
    { filled, stale },
    { ext: 'xlsx', convertTo: CSV_ALL_SHEETS, recalculate: true, timeoutMs: 100_000 },
  );
  printed = join(
    (await officeConvert({ filled }, { ext: 'xlsx', convertTo: 'pdf', timeoutMs: 100_000 })).dir,
    'filled.pdf',
  );
  for (const stem of ['filled', 'stale']) {
    sheets[stem] = {};
    for (const sheet of workbookPlan(CURRENT_EDITION).sheets) {
      sheets[stem][sheet.name] = parseCsv(readFileSync(join(dir, `${stem}-${sheet.name}.csv`), 'utf8'));
    }
  }
}, 150_000);

describe('the workbook in LibreOffice Calc', () => {
  for (const stem of ['filled', 'stale'] as const) {
    it(`computes every total as validate() derives it (${stem})`, () => {
      const result = validate(reports[stem]);
      expect(result.ok).toBe(true);
      let totals = 0;
      for (const sheet of workbookPlan(CURRENT_EDITION).sheets) {
        for (const place of sheet.values) {
          const shown = at(sheets[stem]![sheet.name]!, place.address);
          expect([place.info.pathKey, Number(shown)]).toEqual([
            place.info.pathKey,
            readPath(result.report, place.info.path),
          ]);
          if (place.formula) totals++;
        }
      }
      expect(totals).toBe(34); // 表三's 31 totals and 表四's 3
    });
  }

  it('shows 表三 in the official layout, its grand total in J28', () => {
    const rows = sheets.filled!['表三']!;
    expect(rows[0]![0]).toBe('三、收到和处理政府信息公开申请情况');
    expect(at(rows, 'A2')).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect([at(rows, 'D2'), at(rows, 'D3'), at(rows, 'E3'), at(rows, 'J3'), at(rows, 'I4')]).toEqual([
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '其他',
    ]);
    expect([at(rows, 'A7'), at(rows, 'B9'), at(rows, 'C9'), at(rows, 'B28'), at(rows, 'A29')]).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
    const total = validate(reports.filled!).report as any;
    expect(Number(at(rows, 'J28'))).toBe(total.requests.results.total.total);
    expect(Number(at(sheets.filled!['表二']!, 'B15'))).toBe(12.35);
  });

  it('prints each sheet on one page, 表三 whole from its note to 四、结转下年度继续办理', () => {
    expect(pdfInfo(printed)['Pages']).toBe('4');
    const page3 = pdfText(printed, 3, 3);
    for (const text of ['三、收到和处理政府信息公开申请情况', '申请人情况', '（七）总计', '四、结转下年度继续办理'])
      expect(page3).toContain(text);
    expect(pdfText(printed, 4, 4)).toContain('行政复议');
  });
});
