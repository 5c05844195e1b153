/**
 * The document every reader produces and the interpreters read: paragraphs and tables in reading
 * order, each with where it was found. Text, HTML, DOCX and PDF differ only in how they get here.
 */
import { SkipTally, type ImportLimits } from './limits.js';
import type { NoteDraft } from './notes.js';
import type { Where } from './report.js';

/** A paragraph of running text. */
export interface SourceParagraph {
  readonly kind: 'paragraph';
  /** The text, whitespace at both ends removed. */
  readonly text: string;
  readonly where: Where;
  /** Set by readers that can tell: the paragraph is (part of) the document's title. */
  readonly title?: boolean;
  /**
   * A leading run printed differently from the rest (bold, another font), such as
   * `（一）主动公开情况。` — the sub-heading of a run-in paragraph.
   */
  readonly lead?: string;
  /** Set by readers that can tell: the paragraph is right-aligned (a closing agency or date). */
  readonly right?: boolean;
}

/** One cell of a table grid. */
export interface SourceCell {
  /** The cell's text, lines joined without a separator. */
  readonly text: string;
  readonly where: Where;
  /**
   * In an expanded grid, the position (`row:column`) of the cell a merged cell started in; equal
   * for every grid position one merged cell covers.
   */
  readonly origin: string;
}

/** A table as a grid: every row has a cell for every column it covers (merged cells repeated). */
export interface SourceTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly SourceCell[])[];
  readonly where: Where;
}

/** What a document is made of. */
export type SourceItem = SourceParagraph | SourceTable;

/** What a reader produces. */
export interface SourceDoc {
  readonly items: readonly SourceItem[];
  /** Notes of the reader (encoding, unreadable file…). */
  readonly notes: readonly NoteDraft[];
}

/** A cell of a table as published, with its spans. */
export interface SpannedCell {
  readonly text: string;
  readonly where: Where;
  readonly rowspan: number;
  readonly colspan: number;
}

/** Widest and tallest a merged cell may be, as browsers clamp `colspan` and `rowspan`. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Expands rows of cells with row and column spans into a grid in which a merged cell appears at
 * every position it covers (with the same `origin`). Spans are clamped as browsers clamp them
 * (`colspan` ≤ 1000, `rowspan` ≤ 65534 and never past the last row), and expanding stops once the
 * grid would pass `budget` positions.
 * @param rows the rows as published (`<tr>` of `<td rowspan colspan>`)
 * @param table the table's number in the document, for `where`
 * @param budget the most grid positions to fill
 * @returns the grid, or the size it would have had (at least) when that is over the budget
 */
export function expandGrid(
  rows: readonly (readonly SpannedCell[])[],
  table: number,
  budget = Infinity,
): { readonly grid: SourceCell[][]; readonly size: number } | { readonly over: number } {
  // The area the cells declare is known before anything is built: refuse a span bomb up front.
  let declared = 0;
  rows.forEach((row, r) => {
    for (const cell of row) declared += rowspanOf(cell, rows.length - r) * colspanOf(cell);
  });
  if (declared > budget) return { over: declared };
  const grid: SourceCell[][] = rows.map(() => []);
  let filled = 0;
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    for (const cell of rows[r]!) {
      while (grid[r]![c]) c++;
      const origin = `${r}:${c}`;
      const where = { ...cell.where, table, row: r + 1, column: c + 1 };
      const rowspan = rowspanOf(cell, rows.length - r);
      const colspan = colspanOf(cell);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = { text: cell.text, where, origin };
      }
      c += colspan;
    }
    // Rows are ragged: a row's holes (positions no cell covers) become cells too, and count.
    filled += grid[r]!.length;
    if (filled > budget) return { over: Math.max(declared, filled) };
  }
  // Holes (a row shorter than its neighbours) become empty cells of their own.
  const full = grid.map((row, r) =>
    Array.from(
      { length: row.length },
      (_, c) => row[c] ?? { text: '', where: { table, row: r + 1, column: c + 1 }, origin: `${r}:${c}` },
    ),
  );
  return { grid: full, size: filled };
}

const rowspanOf = (cell: SpannedCell, rowsLeft: number) => Math.max(1, Math.min(cell.rowspan, MAX_ROWSPAN, rowsLeft));
const colspanOf = (cell: SpannedCell) => Math.max(1, Math.min(cell.colspan, MAX_COLSPAN));

/**
 * The table cells one document may still expand into (`ImportLimits.tableCells`, shared by all its
 * tables); a table that does not fit is left out and counted for one note.
 */
export class GridBudget {
  private left: number;
  private readonly skipped: SkipTally;

  constructor(limits: ImportLimits) {
    this.left = limits.tableCells;
    this.skipped = new SkipTally('tableCells', limits.tableCells);
  }

  /**
   * The grid of a table, or `undefined` when it does not fit in what is left.
   * @param rows the rows as published
   * @param table the table's number
   * @param where where the table is, for the note
   */
  expand(rows: readonly (readonly SpannedCell[])[], table: number, where: Where): SourceCell[][] | undefined {
    const result = expandGrid(rows, table, this.left);
    if ('over' in result) {
      this.skipped.skip(result.over, { ...where, table });
      return undefined;
    }
    this.left -= result.size;
    return result.grid;
  }

  /** The note about the tables left out, if any. */
  notes(): NoteDraft[] {
    return this.skipped.notes();
  }
}
