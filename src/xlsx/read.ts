/**
 * Reads a workbook made from `layout.ts` back, cell by cell at the addresses the plan gives: what
 * each value cell holds (a number, text, a formula with its cached result, nothing), the header
 * fields, and the labels that no longer read as the format's. It says what is there and judges
 * nothing: the importer turns it into cells, unread cells and notes.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { GridCellKind } from '../format/grid.js';
import type { EditionSpec } from '../format/spec-types.js';
import { loadOptional } from '../node/optional.js';
import { HEADER_SHEET, workbookPlan, type HeaderPlace, type ValuePlace } from './layout.js';

/** What one cell holds. */
export type CellContent =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string }
  /** A formula, with the result the file last saved for it (absent when it was never calculated). */
  | { readonly kind: 'formula'; readonly formula: string; readonly result?: number | string };

/** A value cell as found. */
export interface WorkbookCell {
  readonly place: ValuePlace;
  readonly sheet: string;
  readonly content: CellContent;
}

/** A header field as found. */
export interface WorkbookHeaderField {
  readonly place: HeaderPlace;
  readonly sheet: string;
  readonly content: CellContent;
}

/** A label whose text is not the format's (whitespace aside). */
export interface WorkbookLabel {
  readonly sheet: string;
  readonly address: string;
  readonly kind: GridCellKind;
  readonly found: string;
  readonly canonical: string;
}

/** What the workbook holds. */
export interface WorkbookRead {
  /** Header fields, when the header sheet is there. */
  readonly header: readonly WorkbookHeaderField[];
  /** Value cells of every table whose sheet is there. */
  readonly cells: readonly WorkbookCell[];
  /** Keys of the tables whose sheet is there. */
  readonly tables: readonly string[];
  readonly labels: readonly WorkbookLabel[];
}

/**
 * Reads the workbook of an edition's tables. Give it bytes already checked against the import's
 * limits: this opens the zip without bounds of its own.
 * @param bytes the .xlsx file
 * @param spec the edition whose plan says where each cell is
 * @throws MissingPackageError when `exceljs` is not installed; Error when the bytes are not a workbook
 */
export async function readWorkbook(bytes: Uint8Array, spec: EditionSpec): Promise<WorkbookRead> {
  const excel = (await loadOptional('exceljs', () => import('exceljs'))).default;
  const book: Workbook = new excel.Workbook();
  await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const plan = workbookPlan(spec);
  const headerSheet = book.getWorksheet(HEADER_SHEET);
  const header = headerSheet
    ? plan.header.map((place) => ({
        place,
        sheet: HEADER_SHEET,
        content: contentOf(headerSheet.getCell(place.address).value),
      }))
    : [];
  const cells: WorkbookCell[] = [];
  const labels: WorkbookLabel[] = [];
  const tables: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const ws = book.getWorksheet(sheetPlan.name);
    if (!ws) continue;
    tables.push(sheetPlan.table.key);
    for (const place of sheetPlan.values) {
      cells.push({ place, sheet: sheetPlan.name, content: contentOf(ws.getCell(place.address).value) });
    }
    labels.push(...changedLabels(ws, sheetPlan.name, sheetPlan.cells));
  }
  return { header, cells, tables, labels };
}

function changedLabels(
  ws: Worksheet,
  sheet: string,
  placed: ReturnType<typeof workbookPlan>['sheets'][number]['cells'],
): WorkbookLabel[] {
  const out: WorkbookLabel[] = [];
  for (const p of placed) {
    if (p.cell.kind === 'value') continue;
    const content = contentOf(ws.getCell(p.address).value);
    const found = content.kind === 'text' ? content.text : content.kind === 'number' ? String(content.value) : '';
    if (squeeze(found) !== squeeze(p.cell.text)) {
      out.push({ sheet, address: p.address, kind: p.cell.kind, found, canonical: p.cell.text });
    }
  }
  return out;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** What an ExcelJS cell value is, in our terms. */
export function contentOf(value: CellValue): CellContent {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'blank' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value).toUpperCase() };
  if (value instanceof Date) return { kind: 'text', text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula =
      'formula' in value && value.formula
        ? value.formula
        : String((value as { sharedFormula?: string }).sharedFormula ?? '');
    const result = resultOf((value as { result?: unknown }).result);
    return { kind: 'formula', formula, ...(result !== undefined ? { result } : {}) };
  }
  if ('richText' in value) {
    const text = value.richText.map((r) => r.text).join('');
    return text.trim() === '' ? { kind: 'blank' } : { kind: 'text', text };
  }
  if ('error' in value) return { kind: 'text', text: String(value.error) };
  if ('text' in value) return { kind: 'text', text: String(value.text) };
  return { kind: 'text', text: String(value) };
}

function resultOf(result: unknown): number | string | undefined {
  if (result === undefined || result === null) return undefined;
  if (typeof result === 'number') return result;
  if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
  return String(result);
}
