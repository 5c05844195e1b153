/**
 * Importing Word files: the official blank template (labels, no numbers), the template filled in
 * the way an agency fills it, and DOCX files made by our own renderer.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPath } from '../../src/util/path.js';
import { createDocxRenderer } from '../../src/docx/index.js';
import { EDITION_2021 } from '../../src/format/edition-2021.js';
import { tableGrid } from '../../src/format/grid.js';
import { importReport } from '../../src/import/index.js';
import { huaianReport, projectPath, seedReport } from '../helpers/reports.js';

const template = new Uint8Array(readFileSync(projectPath('tests/fixtures/national-template-2021.docx')));
const TABLE_KEYS = ['activeDisclosure', 'requests', 'reviewLitigation'] as const;
const tablesOf = (report: Record<string, unknown>) => Object.fromEntries(TABLE_KEYS.map((k) => [k, report[k]]));

/**
 * The template with a number typed into every value cell: the blank cells that start a merged
 * cell, in document order, are the value cells of the official grid in row order.
 */
function filledTemplate(report: Record<string, unknown>): Uint8Array {
  const values = EDITION_2021.tables.flatMap((table) =>
    tableGrid(table)
      .body.flat()
      .filter((c) => c.kind === 'value')
      .map((c) => readPath(report, c.path!)),
  );
  const files = unzipSync(template);
  let i = 0;
  files['word/document.xml'] = strToU8(
    strFromU8(files['word/document.xml']!).replace(/<w:tc>.*?<\/w:tc>/gs, (tc) => {
      const text = [...tc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      if (text.replace(/[\s\u3000]/g, '') !== '' || /<w:vMerge(?: w:val="continue")?\/>/.test(tc)) return tc;
      return tc.replace('</w:p>', `<w:r><w:t>${String(values[i++])}</w:t></w:r></w:p>`);
    }),
  );
  expect(i).toBe(200);
  return zipSync(files);
}

describe('importReport on the official blank template', () => {
  it('finds the six headings and every labelled row, all cells blank, and says it looks like a template', async () => {
    const result = await importReport(template, { fileName: 'national-template-2021.docx' });
    expect(result.kind).toBe('docx');
    expect(result.cells).toHaveLength(200);
    expect(result.cells.every((c) => c.blank && c.value === 0)).toBe(true);
    expect(result.unread).toEqual([]);
    expect(result.labels).toEqual([]);
    expect(result.report['overview']).toEqual(['（文字描述）']);
    expect(result.notes.map((n) => n.code)).toEqual([
      'BLANK_CELLS',
      'ALL_BLANK',
      'PLACEHOLDER_TEXT',
      'PLACEHOLDER_TEXT',
      'PLACEHOLDER_TEXT',
      'TITLE_NOT_FOUND',
      'AGENCY_NOT_FOUND',
      'YEAR_NOT_FOUND',
      'DATE_NOT_FOUND',
    ]);
    expect(result.complete).toBe(false);
  });

  it('reads the numbers an agency typed into it, each into its own cell', async () => {
    const result = await importReport(filledTemplate(huaianReport()));
    expect(tablesOf(result.report)).toEqual(tablesOf(huaianReport()));
    expect(result.cells[0]!.where).toEqual({ table: 1, row: 3, column: 2 });
  });
});

describe('importReport on DOCX made by our renderer', () => {
  const docx = createDocxRenderer();

  it('gives back the seed report exactly', async () => {
    const result = await importReport((await docx.render(seedReport())).body, { kind: 'docx' });
    expect(result.report).toEqual(seedReport());
    expect(result).toMatchObject({ complete: true, unread: [], labels: [], notes: [] });
  });

  it('gives back the 淮安 report exactly', async () => {
    const result = await importReport((await docx.render(huaianReport())).body);
    expect(result.report).toEqual(huaianReport());
  });

  it('keeps a run-in sub-heading that has no full stop, by its character style', async () => {
    const report = seedReport();
    report.overview = [
      { heading: '依申请公开情况', paragraphs: ['依申请公开的内容。'], runIn: true },
      { heading: '主动公开', paragraphs: ['第一段。', '第二段。'] },
    ];
    const result = await importReport((await docx.render(report)).body);
    expect(result.report['overview']).toEqual(report.overview);
  });
});
