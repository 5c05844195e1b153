/**
 * The XLSX renderer: a report → the workbook of its tables (表二, 表三, 表四) in the official layout,
 * filled with the report's values, totals as formulas. It validates first, once (`prepareReport`):
 * a report with errors is refused, or with `draft` written as it is, its problems on a last sheet.
 */
import { CURRENT_EDITION, getEdition } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { defineRenderer, type RenderContext, type Renderer, type RenderResult } from '../render/contract.js';
import { prepareReport } from '../render/prepare.js';
import { readPath } from '../util/path.js';
import { writeWorkbook } from './write.js';

/** Media type of an .xlsx file. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What an XLSX render returns: the workbook as bytes. */
export type XlsxResult = RenderResult<Uint8Array>;

/**
 * Makes a renderer of reports into .xlsx workbooks (bytes). Needs the optional package `exceljs`.
 * @returns a renderer named `xlsx`; `render()` resolves to `{ body, mediaType, issues, draft, extras }`
 * @throws MissingPackageError from `render()` when `exceljs` is not installed
 * @example
 * const xlsx = createXlsxRenderer();
 * await writeFile('report.xlsx', (await xlsx.render(report)).body);
 */
export function createXlsxRenderer(): Renderer<Uint8Array> {
  return defineRenderer<Uint8Array>({
    name: 'xlsx',
    mediaType: XLSX_MEDIA_TYPE,
    async render(input, ctx: RenderContext = {}) {
      ctx.signal?.throwIfAborted();
      const { value, issues, draft } = prepareReport(input, ctx);
      const spec: EditionSpec = getEdition(readPath(value, ['format'])) ?? CURRENT_EDITION;
      const problems = draft ? issues.map((i) => ({ label: i.path.join('.'), message: i.message })) : undefined;
      const body = await writeWorkbook(spec, { report: value, ...(problems ? { problems } : {}) });
      return { body, mediaType: XLSX_MEDIA_TYPE, issues, draft, extras: {} };
    },
  });
}

/**
 * The blank workbook to collect a report's tables in: 表二, 表三 and 表四 in the official layout,
 * labels locked (each sheet protected without a password), value cells open and checked (whole
 * numbers ≥ 0, the fee a decimal ≥ 0), totals as formulas; a first sheet for the agency and year.
 * @param spec the edition (the one in force by default)
 * @returns the .xlsx file
 * @throws MissingPackageError when `exceljs` is not installed
 * @example await writeFile('年报.xlsx', await xlsxTemplate());
 */
export async function xlsxTemplate(spec: EditionSpec = CURRENT_EDITION): Promise<Uint8Array> {
  return writeWorkbook(spec);
}
