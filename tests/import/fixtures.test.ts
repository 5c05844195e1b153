/**
 * The pattern fixtures (tests/fixtures/patterns, made by make.ts there): one department's report as
 * HTML, as a .docx and as a PDF, each carrying the patterns of real published tables — no 规章 row,
 * a merged 0, a single-row （六）其他处理 with a figure other than 0, and in the PDF numbers whose
 * digits the text layer gives one by one. Each imports complete, the way the page settles it plus
 * the one choice the user makes, and validates with no error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../src/import/index.js';
import { validate } from '../../src/index.js';
import { projectPath } from '../helpers/reports.js';

const fixture = (name: string) => new Uint8Array(readFileSync(projectPath(`tests/fixtures/patterns/${name}`)));
const expected = JSON.parse(readFileSync(projectPath('tests/fixtures/patterns/patterns.json'), 'utf8'));
const TABLES = ['activeDisclosure', 'requests', 'reviewLitigation'];
const tablesOf = (report: Record<string, unknown>) => Object.fromEntries(TABLES.map((k) => [k, report[k]]));
const rules = (result: ImportResult) =>
  new Set(result.cells.map((c) => c.inferred?.rule ?? c.assumed?.assumption).filter(Boolean));

describe.each(['html', 'docx', 'pdf'])('importReport on the pattern fixture as %s', (format) => {
  it('imports complete with SINGLE_ROW_TO_OTHER, every table cell as published, and validates with no error', async () => {
    const result = await importReport(fixture(`patterns.${format}`), {
      fileName: `patterns.${format}`,
      assume: ['SINGLE_ROW_TO_OTHER'],
    });
    expect(result.unread).toEqual([]);
    expect(result.complete).toBe(true);
    expect(tablesOf(result.report)).toEqual(tablesOf(expected));
    if (format === 'html') expect(result.report).toEqual(expected);
    expect(validate(result.report).issues.filter((i) => i.severity === 'error')).toEqual([]);
    // A PDF has no merged cells to see: the covered row is a blank there, read as 0 and flagged.
    const settled =
      format === 'pdf'
        ? ['NO_REGULATIONS_ROW', 'SINGLE_ROW_ZERO']
        : ['NO_REGULATIONS_ROW', 'MERGED_ZERO', 'SINGLE_ROW_ZERO'];
    expect([...rules(result)].sort()).toEqual([...settled, 'SINGLE_ROW_TO_OTHER'].sort());
  });

  it('leaves the single row’s figures unread without the choice', async () => {
    const result = await importReport(fixture(`patterns.${format}`), { fileName: `patterns.${format}` });
    expect(result.complete).toBe(false);
    expect(result.unread.map((u) => [u.path.slice(3).join('.'), u.code])).toEqual(
      ['overdueCorrection', 'overdueFee', 'other'].flatMap((item) =>
        ['naturalPerson', 'total'].map((col) => [`${item}.${col}`, 'SINGLE_ROW']),
      ),
    );
  });
});

describe('importReport on the pattern fixture as PDF', () => {
  it('joins the digits the text layer gives one by one', async () => {
    const result = await importReport(fixture('patterns.pdf'), { fileName: 'patterns.pdf' });
    const cell = (path: string) => result.cells.find((c) => c.path.join('.') === path);
    expect(cell('activeDisclosure.licensing')).toMatchObject({ value: 821, raw: '821' });
    expect(cell('activeDisclosure.normativeDocuments.inForce')).toMatchObject({ value: 12, raw: '12' });
  });
});
