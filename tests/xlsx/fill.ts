/**
 * What an office's script does with the template: opens it with ExcelJS, writes the agency, the
 * year and every detail number into the open value cells (never into a locked one), and saves it
 * without calculating anything (ExcelJS cannot), so every total is left to its formula.
 */
import ExcelJS from 'exceljs';
import { CURRENT_EDITION } from '../../src/format/editions.js';
import { readPath } from '../../src/util/path.js';
import { HEADER_SHEET, workbookPlan } from '../../src/xlsx/layout.js';

/** Opens a workbook's bytes. */
export async function openBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

/** Saves a workbook to bytes. */
export async function saveBook(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Fills the template with a report's agency, year and detail cells.
 * @param edit a last change to make before saving (a clerk's mistake)
 */
export async function fillTemplate(
  template: Uint8Array,
  report: Record<string, unknown>,
  edit?: (book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = await openBook(template);
  const header = book.getWorksheet(HEADER_SHEET)!;
  header.getCell('B1').value = report.agency as string;
  header.getCell('B2').value = report.year as number;
  for (const sheet of workbookPlan(CURRENT_EDITION).sheets) {
    const ws = book.getWorksheet(sheet.name)!;
    for (const place of sheet.values) {
      if (place.formula) continue;
      const cell = ws.getCell(place.address);
      if (cell.protection?.locked !== false) throw new Error(`${sheet.name}!${place.address} is locked`);
      cell.value = readPath(report, place.info.path) as number;
    }
  }
  edit?.(book);
  return saveBook(book);
}
