/**
 * Writes the workbook of tables 二, 三 and 四 with ExcelJS, following the plan of `layout.ts`: the
 * official merged-cell layout, labels locked (each sheet protected without a password, so 审阅 →
 * 撤销工作表保护 opens it), value cells open with data validation, totals as formulas. Given a
 * report, its values are written into the value cells and each formula carries the report's total
 * as its cached result, so a reader that does not recalculate still sees it.
 */
import type { Border, Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import { BLOCK_TITLE_FILL, SIZE } from '../docx/layout.js';
import { DEFAULT_FONTS } from '../docx/fonts.js';
import type { EditionSpec, ValueKind } from '../format/spec-types.js';
import { loadOptional } from '../node/optional.js';
import { readPath } from '../util/path.js';
import { HEADER_SHEET, workbookPlan, type SheetPlan } from './layout.js';
import { SHEET_WORDS } from './words.js';

/** What to write besides the blank form. */
export interface WorkbookContent {
  /** A report whose agency, year and table values fill the form. */
  readonly report?: unknown;
  /** Lines for a last sheet listing the report's problems (a draft). */
  readonly problems?: readonly { readonly label: string; readonly message: string }[];
}

/**
 * Width of a sheet's grid, in Excel's character units, shared among its columns by the grid's
 * ratios: about what A4 holds at the table's type size, across (a wide table) or down the page.
 */
const GRID_WIDTH = { landscape: 120, portrait: 84 } as const;
/** A table with more columns than this is printed across the page. */
const PORTRAIT_COLUMNS = 4;
/** Excel character units one CJK character of the table font takes, for estimating row heights. */
const CJK_UNITS = 1.9;
const LINE_POINTS = SIZE.table * 1.45;
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TABLE_FONT = { name: DEFAULT_FONTS.song, size: SIZE.table };

/**
 * Makes the workbook of an edition's tables.
 * @param spec the edition
 * @param content a report to fill it with, and problems to list
 * @returns the .xlsx file
 * @throws MissingPackageError when `exceljs` is not installed
 */
export async function writeWorkbook(spec: EditionSpec, content: WorkbookContent = {}): Promise<Uint8Array> {
  const excel = (await loadOptional('exceljs', () => import('exceljs'))).default;
  const book = new excel.Workbook();
  book.creator = 'zfxxgk';
  const plan = workbookPlan(spec);
  writeHeaderSheet(book, spec, plan.header, content.report);
  for (const sheet of plan.sheets) writeTableSheet(book, sheet, content.report);
  if (content.problems && content.problems.length > 0) writeProblems(book, content.problems);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeHeaderSheet(
  book: Workbook,
  spec: EditionSpec,
  header: ReturnType<typeof workbookPlan>['header'],
  report: unknown,
): void {
  const ws = book.addWorksheet(HEADER_SHEET);
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 48;
  for (const field of header) {
    const label = ws.getCell(field.labelAddress);
    label.value = field.label;
    label.font = { ...TABLE_FONT, bold: true };
    label.border = BORDERS;
    const cell = ws.getCell(field.address);
    const value = readPath(report, [field.key]);
    if (value !== undefined && value !== null) cell.value = typeof value === 'number' ? value : String(value);
    cell.font = TABLE_FONT;
    cell.border = BORDERS;
    cell.protection = { locked: false };
    if (field.value === 'year') {
      cell.dataValidation = {
        type: 'whole',
        ...(spec.years.last === undefined
          ? { operator: 'greaterThanOrEqual', formulae: [spec.years.first] }
          : { operator: 'between', formulae: [spec.years.first, spec.years.last] }),
        showErrorMessage: true,
        errorTitle: SHEET_WORDS.errorTitle,
        error: SHEET_WORDS.year(spec.years.first),
      };
    }
  }
  protect(ws);
}

function writeTableSheet(book: Workbook, plan: SheetPlan, report: unknown): void {
  const ws = book.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9,
      orientation: orientationOf(plan),
      fitToPage: true,
      fitToWidth: 1,
      // One page a table, as in the official template: a table split across pages loses its row groups.
      fitToHeight: 1,
      horizontalCentered: true,
      ...(plan.headRows > 0 ? { printTitlesRow: `${plan.firstRow}:${plan.firstRow + plan.headRows - 1}` } : {}),
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: plan.firstRow - 1 + plan.headRows }],
  });
  const sum = plan.widths.reduce((a, b) => a + b, 0);
  const widths = plan.widths.map((w) => Math.max(6, Math.round((w / sum) * GRID_WIDTH[orientationOf(plan)])));
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  ws.mergeCells(1, 1, 1, widths.length);
  const title = ws.getCell(1, 1);
  title.value = plan.title;
  title.font = { name: DEFAULT_FONTS.hei, size: SIZE.table + 2 };
  title.alignment = { vertical: 'middle', horizontal: 'left' };
  ws.getRow(1).height = 24;

  const lines = new Map<number, number>();
  for (const placed of plan.cells) {
    if (placed.range) ws.mergeCells(placed.range);
    const cell = ws.getCell(placed.address);
    const kind = placed.cell.kind;
    if (kind !== 'value') {
      cell.value = placed.cell.text;
      cell.font = kind === 'corner' ? { ...TABLE_FONT, name: DEFAULT_FONTS.kai } : TABLE_FONT;
      const left =
        kind === 'blockTitle' ||
        kind === 'corner' ||
        (kind === 'rowHeader' && placed.cell.scope === 'row' && plan.headRows > 0);
      cell.alignment = { vertical: 'middle', horizontal: left ? 'left' : 'center', wrapText: true };
      if (kind === 'blockTitle')
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${BLOCK_TITLE_FILL}` } };
      // A row high enough for its label; a label spanning rows shares its lines among them.
      let width = 0;
      for (let c = 0; c < placed.cell.colspan; c++) width += widths[placed.column - 1 + c]!;
      const need = Math.ceil((placed.cell.text.length * CJK_UNITS) / Math.max(1, width - 1)) / placed.cell.rowspan;
      lines.set(placed.row, Math.max(lines.get(placed.row) ?? 1, Math.ceil(need)));
    }
    bordered(ws, placed.row, placed.column, placed.cell.rowspan, placed.cell.colspan);
  }
  for (const [row, n] of lines) ws.getRow(row).height = Math.max(20, n * LINE_POINTS + 6);

  for (const place of plan.values) {
    const cell = ws.getCell(place.address);
    cell.font = TABLE_FONT;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    const value = readPath(report, place.info.path);
    if (place.formula) {
      cell.value = { formula: place.formula, ...(typeof value === 'number' ? { result: value } : {}) } as Cell['value'];
      continue;
    }
    if (typeof value === 'number') cell.value = value;
    else if (value !== undefined && value !== null) cell.value = String(value); // a draft's wrong value, kept as typed
    cell.protection = { locked: false };
    cell.dataValidation = validation(place.kind);
    if (place.kind === 'amount') cell.numFmt = 'General';
  }
  protect(ws);
}

function orientationOf(plan: SheetPlan): 'landscape' | 'portrait' {
  return plan.widths.length > PORTRAIT_COLUMNS ? 'landscape' : 'portrait';
}

/** Draws the borders of every position a (merged) cell covers. */
function bordered(ws: Worksheet, row: number, column: number, rowspan: number, colspan: number): void {
  for (let r = 0; r < rowspan; r++) for (let c = 0; c < colspan; c++) ws.getCell(row + r, column + c).border = BORDERS;
}

/** What a value cell accepts. */
function validation(kind: ValueKind): DataValidation {
  const common = { showErrorMessage: true, errorTitle: SHEET_WORDS.errorTitle, allowBlank: true };
  if (kind === 'amount')
    return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: SHEET_WORDS.amount };
  if (kind === 'signedCount')
    return { ...common, type: 'whole', operator: 'between', formulae: [-1e9, 1e9], error: SHEET_WORDS.signedCount };
  return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: SHEET_WORDS.count };
}

/** Protects a sheet without a password: locked cells (labels, totals) cannot be typed over; widths may change. */
function protect(ws: Worksheet): void {
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function writeProblems(book: Workbook, problems: NonNullable<WorkbookContent['problems']>): void {
  const ws = book.addWorksheet(SHEET_WORDS.problemsSheet);
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 80;
  problems.forEach((p, i) => {
    ws.getCell(i + 1, 1).value = p.label;
    ws.getCell(i + 1, 2).value = p.message;
    ws.getCell(i + 1, 2).alignment = { wrapText: true };
  });
}
