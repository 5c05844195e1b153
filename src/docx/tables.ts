/**
 * The three tables as WordprocessingML, drawn from the grid the format description gives
 * (`tableGrid()`): a column span is `w:gridSpan`, a row span a `w:vMerge` restart followed by a
 * continue cell in each row it covers. Widths keep the grid's ratios across the 156 mm text block;
 * header rows repeat after a page break and no row splits across pages. Every row but the last
 * keeps with the next, so a table that fits a page starts on a new one rather than splitting
 * (Word, WPS and LibreOffice all read it so).
 */
import type { GridCell, TableGrid } from '../format/grid.js';
import type { TableView } from '../render/view-model.js';
import type { DocxFonts } from './fonts.js';
import { BLOCK_TITLE_FILL, SIZE, TEXT_WIDTH } from './layout.js';
import { paragraph, run } from './paragraphs.js';
import { STYLE, rFonts, size } from './styles.js';
import { el } from './xml.js';

/** Cell margins left and right, 1 mm as in the template; minimum row height 6 mm. */
const CELL_MARGIN = 57;
const ROW_HEIGHT = 340;
const BORDER = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' } as const;

/**
 * Grid column widths in twips: the grid's ratios spread over `total`, the rounding remainder given
 * one twip at a time to the columns that lost most to rounding, so they add up exactly.
 * @example columnTwips([1, 1, 1, 1], 8845) // [2212, 2211, 2211, 2211]
 */
export function columnTwips(widths: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const exact = widths.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const byLoss = exact.map((x, i) => ({ i, loss: x - Math.floor(x) })).sort((a, b) => b.loss - a.loss || a.i - b.i);
  for (const { i } of byLoss) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

function alignment(cell: GridCell, grid: TableGrid): 'left' | 'center' {
  if (cell.kind === 'blockTitle' || cell.kind === 'corner') return 'left';
  // Row labels: centred in a table without header rows (表二) and for groups, left otherwise.
  if (cell.kind === 'rowHeader') return grid.head.length === 0 || cell.scope === 'rowgroup' ? 'center' : 'left';
  return 'center';
}

interface CellPlace {
  readonly width: number;
  readonly colspan: number;
  readonly merge?: 'restart' | 'continue';
  /** The row is not the table's last: its paragraphs keep with the next. */
  readonly keep: boolean;
}

const KEEP_NEXT = el('w:keepNext');

function cellProperties(place: CellPlace, fill?: string): string {
  return el(
    'w:tcPr',
    {},
    el('w:tcW', { 'w:w': place.width, 'w:type': 'dxa' }),
    place.colspan > 1 ? el('w:gridSpan', { 'w:val': place.colspan }) : '',
    place.merge ? el('w:vMerge', { 'w:val': place.merge }) : '',
    fill ? el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill }) : '',
    el('w:vAlign', { 'w:val': 'center' }),
  );
}

function cellXml(cell: GridCell, place: CellPlace, grid: TableGrid, fonts: DocxFonts, points: number): string {
  const rPr = (cell.kind === 'corner' ? rFonts(fonts.kai) : '') + (points !== SIZE.table ? size(points) : '');
  const align = alignment(cell, grid);
  const jc = align === 'center' ? '' : el('w:jc', { 'w:val': align });
  const fill = cell.kind === 'blockTitle' ? BLOCK_TITLE_FILL : undefined;
  return el(
    'w:tc',
    {},
    cellProperties(place, fill),
    paragraph(STYLE.table, cell.text === '' ? '' : run(cell.text, rPr), (place.keep ? KEEP_NEXT : '') + jc),
  );
}

/** The cell that continues a row span from above: merged, empty. */
function continueXml(place: CellPlace): string {
  return el('w:tc', {}, cellProperties(place), paragraph(STYLE.table, '', place.keep ? KEEP_NEXT : ''));
}

function rowXml(cells: readonly string[], header: boolean): string {
  const trPr = el(
    'w:trPr',
    {},
    el('w:cantSplit'),
    el('w:trHeight', { 'w:val': ROW_HEIGHT, 'w:hRule': 'atLeast' }),
    header ? el('w:tblHeader') : '',
    el('w:jc', { 'w:val': 'center' }),
  );
  return el('w:tr', {}, trPr, ...cells);
}

/**
 * One table: its properties, its grid of columns, and every row of the grid with merged cells
 * written out as Word expects them.
 * @example tableXml(view.sections[1].table, DEFAULT_FONTS)
 */
export function tableXml(table: TableView, fonts: DocxFonts): string {
  const grid = table.grid;
  const twips = columnTwips(grid.widths);
  const points = grid.columns > 4 ? SIZE.wideTable : SIZE.table;
  const spanWidth = (from: number, span: number) => twips.slice(from, from + span).reduce((a, b) => a + b, 0);
  // Row spans still open, by the grid column they start in: the last row they cover, their width.
  const open = new Map<number, { last: number; colspan: number }>();
  const rows = [...grid.head.map((r) => ({ r, header: true })), ...grid.body.map((r) => ({ r, header: false }))];
  const xmlRows = rows.map(({ r, header }, index) => {
    const cells = [...r];
    const out: string[] = [];
    const keep = index < rows.length - 1;
    let column = 0;
    while (column < grid.columns) {
      const span = open.get(column);
      if (span && span.last >= index) {
        out.push(
          continueXml({ width: spanWidth(column, span.colspan), colspan: span.colspan, merge: 'continue', keep }),
        );
        column += span.colspan;
        continue;
      }
      const cell = cells.shift();
      // A short row (never made by the format) is padded so the table stays rectangular.
      const colspan = cell ? Math.min(cell.colspan, grid.columns - column) : grid.columns - column;
      const place: CellPlace = {
        width: spanWidth(column, colspan),
        colspan,
        keep,
        ...(cell && cell.rowspan > 1 ? { merge: 'restart' as const } : {}),
      };
      if (cell && cell.rowspan > 1) open.set(column, { last: index + cell.rowspan - 1, colspan });
      out.push(cell ? cellXml(cell, place, grid, fonts, points) : continueXml(place));
      column += colspan;
    }
    return rowXml(out, header);
  });
  const borders = el(
    'w:tblBorders',
    {},
    ...['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => el(`w:${side}`, BORDER)),
  );
  const margins = el(
    'w:tblCellMar',
    {},
    el('w:left', { 'w:w': CELL_MARGIN, 'w:type': 'dxa' }),
    el('w:right', { 'w:w': CELL_MARGIN, 'w:type': 'dxa' }),
  );
  const tblPr = el(
    'w:tblPr',
    {},
    el('w:tblW', { 'w:w': TEXT_WIDTH, 'w:type': 'dxa' }),
    el('w:jc', { 'w:val': 'center' }),
    borders,
    el('w:tblLayout', { 'w:type': 'fixed' }),
    margins,
    el('w:tblCaption', { 'w:val': table.caption }),
  );
  const tblGrid = el('w:tblGrid', {}, ...twips.map((w) => el('w:gridCol', { 'w:w': w })));
  return el('w:tbl', {}, tblPr, tblGrid, ...xmlRows);
}
