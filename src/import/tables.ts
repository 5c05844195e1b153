/**
 * Places the numbers of the document's tables into the report's cells by their labels, never by
 * position alone: a row is found by its row label wherever it is (which table, which line), and
 * its numbers are the cells after that label, in the column order of the format — or, in table 二,
 * in the order its header row gives. Table 四, which has no row labels, is the first row of
 * numbers after its header. Every cell read is kept with where it was found; every cell that
 * could not be read says why.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { MatrixTableSpec } from '../format/spec-types.js';
import { leafChains } from '../format/tree.js';
import { edition2019Marker, singleRowIn2019 } from './edition-markers.js';
import type { FormatLabels, TableLabel } from './format-labels.js';
import type { NoteDraft } from './notes.js';
import type { CellSource, LabelDifference, LabelKind } from './report.js';
import type { UnreadDraft } from './unread.js';
import type { SourceItem, SourceTable } from './source.js';
import { readCellNumber } from './numbers.js';
import { fail, infer, isDuplicate, place, type Acc } from './table-acc.js';
import { readBlockHeader, readBlockRow } from './table-blocks.js';
import { classifyRow, valuesAfter, type ClassifiedRow, type RowTarget } from './table-rows.js';

/** What the tables gave. */
export interface TablesRead {
  /** Cells read, by path key (`requests.newReceived.total`). */
  readonly found: ReadonlyMap<string, CellSource>;
  /** Cells seen but not readable, by path key. */
  readonly failed: ReadonlyMap<string, UnreadDraft>;
  readonly labels: readonly LabelDifference[];
  readonly notes: readonly NoteDraft[];
  /** The first sign of the 2019 edition, if any. */
  readonly edition2019?: string;
}

/**
 * Reads every table of a document.
 * @param items the document's items (paragraphs are skipped)
 * @param labels the format's labels
 * @param edition the compiled edition, for cell paths and labels
 */
export function readTables(items: readonly SourceItem[], labels: FormatLabels, edition: CompiledEdition): TablesRead {
  const acc: Acc = {
    labels,
    edition,
    found: new Map(),
    failed: new Map(),
    diffs: [],
    seenDiffs: new Set(),
    notes: [],
    rowsDone: new Set(),
    readFrom: new Map(),
  };
  items.forEach((item) => {
    if (item.kind === 'table') readTable(acc, item);
  });
  return {
    found: acc.found,
    failed: acc.failed,
    labels: acc.diffs,
    notes: acc.notes,
    ...(acc.edition2019 ? { edition2019: acc.edition2019 } : {}),
  };
}

function readTable(acc: Acc, table: SourceTable): void {
  acc.pendingRowless = undefined;
  let blankRow: { table: MatrixTableSpec; row: ClassifiedRow } | undefined;
  table.rows.forEach((cells, r) => {
    const row = classifyRow(cells, r, acc.labels.table);
    for (const c of row.cells) {
      if (!c.value && !acc.edition2019) {
        const marker = edition2019Marker(c.cell.text);
        if (marker) acc.edition2019 = marker;
      }
    }
    recordDifferences(acc, row);
    if (row.anchor) return readAnchoredRow(acc, row, row.anchor.target, row.anchor.group);
    const titled = row.cells.find((c) => c.match?.targets.some((t) => t.kind === 'blockTitle'));
    if (titled) {
      acc.block = titled.match!.targets.find((t) => t.kind === 'blockTitle')!.block;
      acc.header = undefined;
      return;
    }
    if (row.cells.some((c) => c.match?.targets.some((t) => t.kind === 'itemHeader' || t.kind === 'blockColumn'))) {
      return readBlockHeader(acc, row);
    }
    const rowless = rowlessTableOf(row);
    if (rowless) acc.pendingRowless = rowless;
    else if (row.cells.some((c) => c.value) && !row.cells.some((c) => c.match)) {
      // The data row under table 四's header (an all-blank row only if no other follows); or, without
      // a header, a row of exactly its 15 numbers.
      const filled = row.cells.some((c) => c.value && c.cell.text.trim() !== '');
      if (acc.pendingRowless && !filled) {
        blankRow ??= { table: acc.pendingRowless, row };
        return;
      }
      const table =
        acc.pendingRowless ?? (filled ? rowlessOfWidth(acc, row.cells.filter((c) => c.value).length) : undefined);
      if (table) readRowless(acc, table, row);
      acc.pendingRowless = undefined;
      blankRow = undefined;
    }
  });
  if (blankRow && acc.pendingRowless) readRowless(acc, blankRow.table, blankRow.row);
  acc.pendingRowless = undefined;
}

const KIND_OF: Record<TableLabel['kind'], LabelKind> = {
  blockTitle: 'blockTitle',
  itemHeader: 'columnLabel',
  blockColumn: 'columnLabel',
  blockRow: 'rowLabel',
  row: 'rowLabel',
  column: 'columnLabel',
  corner: 'columnLabel',
};

function recordDifferences(acc: Acc, row: ClassifiedRow): void {
  for (const c of row.cells) {
    if (!c.match?.differs) continue;
    const id = `${c.cell.where.table}:${c.cell.origin}`;
    if (acc.seenDiffs.has(id)) continue;
    acc.seenDiffs.add(id);
    acc.diffs.push({
      kind: KIND_OF[c.match.targets[0]!.kind],
      found: c.cell.text,
      canonical: c.match.canonical,
      where: c.cell.where,
    });
  }
}

/** A header row naming the columns of a table without row labels (表四's 行政复议…). */
function rowlessTableOf(row: ClassifiedRow): MatrixTableSpec | undefined {
  for (const c of row.cells) {
    const tables = new Set(c.match?.targets.map((t) => (t.kind === 'column' ? t.table : undefined)));
    const [only] = [...tables];
    if (tables.size === 1 && only && !only.rows) return only;
  }
  return undefined;
}

function rowlessOfWidth(acc: Acc, width: number): MatrixTableSpec | undefined {
  const tables = acc.labels.spec.tables.filter(
    (t): t is MatrixTableSpec => t.kind === 'matrix' && !t.rows && leafChains(t.columns).length === width,
  );
  return tables.length === 1 ? tables[0] : undefined;
}

function readAnchoredRow(acc: Acc, row: ClassifiedRow, target: RowTarget, group: boolean): void {
  const values = valuesAfter(row);
  if (target.kind === 'blockRow') return readBlockRow(acc, target, values, row);
  const columns = leafChains(target.table.columns);
  if (group) {
    if (!values.some((v) => v.value && v.cell.text.trim() !== '')) return;
    const groupRow = [target.table.key, ...target.keys].join('.');
    acc.notes.push({
      code: 'OTHER_SINGLE_ROW',
      params: { row: groupRow, values: values.map((v) => v.cell.text.trim()) },
      where: row.cells[row.anchor!.index]!.cell.where,
    });
    const single2019 = singleRowIn2019(target.table.key, target.keys);
    if (single2019 !== undefined) acc.edition2019 ??= `${single2019}（单行）`;
    columns.forEach((col, i) => {
      // Counts are never negative: items summing to 0 are each 0. Any other figure cannot be split.
      const cell = values[i];
      const zero = cell && readCellNumber(cell.cell.text);
      for (const leaf of target.leaves) {
        const path = [target.table.key, ...leaf.keys, ...col.keys];
        if (cell && zero && zero.ok && zero.value === 0) {
          infer(acc, path, 0, cell, {
            rule: 'SINGLE_ROW_ZERO',
            from: [[target.table.key, ...target.keys, ...col.keys]],
          });
        } else fail(acc, path, { code: 'SINGLE_ROW', params: { row: groupRow } }, cell);
      }
    });
    return;
  }
  const rowId = [target.table.key, ...target.keys].join('.');
  if (isDuplicate(acc, rowId, row)) return;
  columns.forEach((col, i) => place(acc, [target.table.key, ...target.keys, ...col.keys], values[i], values.length));
  const extra = values.slice(columns.length).filter((v) => v.cell.text.trim() !== '');
  if (extra.length > 0)
    acc.notes.push({
      code: 'UNPLACED_VALUES',
      params: { values: extra.map((v) => v.cell.text).join(' ') },
      where: extra[0]!.cell.where,
    });
}

/** The data row of a table without row labels: its trailing run of value cells (a leading `件数` is skipped). */
function readRowless(acc: Acc, table: MatrixTableSpec, row: ClassifiedRow): void {
  if (acc.rowsDone.has(table.key)) return;
  acc.rowsDone.add(table.key);
  let first = row.cells.length;
  while (first > 0 && row.cells[first - 1]!.value) first--;
  const values = row.cells.slice(first);
  leafChains(table.columns).forEach((col, i) => place(acc, [table.key, ...col.keys], values[i], values.length));
}
