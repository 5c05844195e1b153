/**
 * The document every reader produces and the interpreters read: paragraphs and tables in reading
 * order, each with where it was found. Text, HTML, DOCX and PDF differ only in how they get here.
 */
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

/**
 * Expands rows of cells with row and column spans into a grid in which a merged cell appears at
 * every position it covers (with the same `origin`).
 * @param rows the rows as published (`<tr>` of `<td rowspan colspan>`)
 * @param table the table's number in the document, for `where`
 */
export function expandGrid(rows: readonly (readonly SpannedCell[])[], table: number): SourceCell[][] {
  const grid: SourceCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const origin = `${r}:${c}`;
      const where = { ...cell.where, table, row: r + 1, column: c + 1 };
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const colspan = Math.max(1, Math.min(cell.colspan, 1000));
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = { text: cell.text, where, origin };
      }
      c += colspan;
    }
  });
  // Holes (a row shorter than its neighbours) become empty cells of their own.
  return grid.map((row, r) =>
    Array.from({ length: row.length }, (_, c) => row[c] ?? { text: '', where: { table, row: r + 1, column: c + 1 }, origin: `${r}:${c}` }),
  );
}
