/**
 * Places the numbers of the document's tables into the report's cells by their labels, never by
 * position alone: a row is found by its row label wherever it is (which table, which line), and
 * its numbers are the cells after that label, in the column order of the format — or, in table 二,
 * in the order its header row gives. Table 四, which has no row labels, is the first row of
 * numbers after its header. Every cell read is kept with where it was found; every cell that
 * could not be read says why.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { BlockSpec, MatrixTableSpec } from '../format/spec-types.js';
import { leafChains } from '../format/tree.js';
import { edition2019Marker } from './edition-markers.js';
import type { FormatLabels, TableLabel } from './format-labels.js';
import { labelKey } from './labels.js';
import type { NoteDraft } from './notes.js';
import { readCellNumber } from './numbers.js';
import type { CellSource, LabelDifference, LabelKind, UnreadCell } from './report.js';
import type { SourceItem, SourceTable } from './source.js';
import { classifyRow, valuesAfter, type ClassifiedRow, type RowCell, type RowTarget } from './table-rows.js';

/** What the tables gave. */
export interface TablesRead {
  /** Cells read, by path key (`requests.newReceived.total`). */
  readonly found: ReadonlyMap<string, CellSource>;
  /** Cells seen but not readable, by path key. */
  readonly failed: ReadonlyMap<string, UnreadCell>;
  readonly labels: readonly LabelDifference[];
  readonly notes: readonly NoteDraft[];
  /** The first sign of the 2019 edition, if any. */
  readonly edition2019?: string;
}

interface Acc {
  readonly labels: FormatLabels;
  readonly edition: CompiledEdition;
  readonly found: Map<string, CellSource>;
  readonly failed: Map<string, UnreadCell>;
  readonly diffs: LabelDifference[];
  readonly seenDiffs: Set<string>;
  readonly notes: NoteDraft[];
  readonly rowsDone: Set<string>;
  edition2019?: string;
  /** Table 二: the block whose title was seen last, and the column order its header gave. */
  block?: BlockSpec;
  header?: { readonly block: BlockSpec; readonly positions: readonly (number | undefined)[] };
  /** A table without row labels (四) whose header was seen and whose data row is next. */
  pendingRowless?: MatrixTableSpec;
}

/**
 * Reads every table of a document.
 * @param items the document's items (paragraphs are skipped)
 * @param labels the format's labels
 * @param edition the compiled edition, for cell paths and labels
 */
export function readTables(items: readonly SourceItem[], labels: FormatLabels, edition: CompiledEdition): TablesRead {
  const acc: Acc = { labels, edition, found: new Map(), failed: new Map(), diffs: [], seenDiffs: new Set(), notes: [], rowsDone: new Set() };
  items.forEach((item) => {
    if (item.kind === 'table') readTable(acc, item);
  });
  return { found: acc.found, failed: acc.failed, labels: acc.diffs, notes: acc.notes, ...(acc.edition2019 ? { edition2019: acc.edition2019 } : {}) };
}

function readTable(acc: Acc, table: SourceTable): void {
  acc.pendingRowless = undefined;
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
    else if (acc.pendingRowless && row.cells.length > 0 && row.cells.every((c) => c.value)) {
      readRowless(acc, acc.pendingRowless, row);
      acc.pendingRowless = undefined;
    }
  });
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
    acc.diffs.push({ kind: KIND_OF[c.match.targets[0]!.kind], found: c.cell.text, canonical: c.match.canonical, where: c.cell.where });
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

function readAnchoredRow(acc: Acc, row: ClassifiedRow, target: RowTarget, group: boolean): void {
  const values = valuesAfter(row);
  if (target.kind === 'blockRow') return readBlockRow(acc, target, values, row);
  const columns = leafChains(target.table.columns);
  if (group) {
    if (!values.some((v) => v.value && v.cell.text.trim() !== '')) return;
    const shown = values.map((v) => v.cell.text.trim() || '空').join(' ');
    acc.notes.push({ code: 'OTHER_SINGLE_ROW', params: { label: target.node.label, values: shown }, where: row.cells[row.anchor!.index]!.cell.where });
    if (target.node.key === 'other' && target.keys[0] === 'results') acc.edition2019 ??= '（六）其他处理（单行）';
    for (const leaf of target.leaves) {
      for (const col of columns) {
        fail(acc, [target.table.key, ...leaf.keys, ...col.keys], `“${target.node.label}”印成了单行，无法拆分到各小项`);
      }
    }
    return;
  }
  const rowId = [target.table.key, ...target.keys].join('.');
  if (isDuplicate(acc, rowId, target.node.label, row)) return;
  columns.forEach((col, i) => place(acc, [target.table.key, ...target.keys, ...col.keys], values[i], values.length));
  const extra = values.slice(columns.length).filter((v) => v.cell.text.trim() !== '');
  if (extra.length > 0) acc.notes.push({ code: 'UNPLACED_VALUES', params: { values: extra.map((v) => v.cell.text).join(' ') }, where: extra[0]!.cell.where });
}

function isDuplicate(acc: Acc, rowId: string, label: string, row: ClassifiedRow): boolean {
  if (!acc.rowsDone.has(rowId)) {
    acc.rowsDone.add(rowId);
    return false;
  }
  acc.notes.push({ code: 'DUPLICATE_ROW', params: { label }, where: row.cells[row.anchor!.index]!.cell.where });
  return true;
}

function readBlockHeader(acc: Acc, row: ClassifiedRow): void {
  const start = row.cells.findIndex((c) => c.match?.targets.some((t) => t.kind === 'itemHeader'));
  const heads = row.cells.slice(start + 1);
  const block =
    acc.block ??
    heads.flatMap((h) => h.match?.targets ?? []).find((t): t is Extract<TableLabel, { kind: 'blockColumn' }> => t.kind === 'blockColumn')?.block;
  if (!block) return;
  const positions = heads.map((h) => columnIndex(block, h));
  acc.header = { block, positions };
}

/** Which column of the block a header cell names: by its label, or by containing it (`处理决定数量`). */
function columnIndex(block: BlockSpec, head: RowCell): number | undefined {
  const matched = head.match?.targets.find((t) => t.kind === 'blockColumn' && sameColumns(t.block, block));
  if (matched && matched.kind === 'blockColumn') return matched.index;
  const key = labelKey(head.cell.text);
  if (key.length < 4) return undefined;
  const i = block.columns.findIndex((c) => labelKey(c.label).includes(key) || key.includes(labelKey(c.label)));
  return i < 0 ? undefined : i;
}

function sameColumns(a: BlockSpec, b: BlockSpec): boolean {
  return a === b || (a.columns.length === b.columns.length && a.columns.every((c, i) => c.label === b.columns[i]!.label));
}

function readBlockRow(acc: Acc, target: Extract<RowTarget, { kind: 'blockRow' }>, values: readonly RowCell[], row: ClassifiedRow): void {
  const { block, table } = target;
  const rowId = `${table.key}.${target.row.key}`;
  if (isDuplicate(acc, rowId, target.row.label, row)) return;
  const path = (i: number) => (block.scalar ? [table.key, target.row.key] : [table.key, target.row.key, block.columns[i]!.key]);
  const header = acc.header && sameColumns(acc.header.block, block) ? acc.header : undefined;
  if (header && header.positions.length === values.length) {
    block.columns.forEach((column, i) => {
      const at = header.positions.indexOf(i);
      if (at >= 0) place(acc, path(i), values[at], values.length);
      else fail(acc, path(i), acc.edition2019 ? `2019 版表二没有“${column.label}”一栏` : `表头中未找到“${column.label}”一栏`);
    });
    return;
  }
  if (block.scalar) {
    const filled = values.filter((v) => v.cell.text.trim() !== '');
    if (filled.length > 1) return fail(acc, path(0), `此行有 ${filled.length} 个数值，无法确定哪一个是“${block.columns[0]!.label}”`, filled[0]);
    return place(acc, path(0), filled[0] ?? values[0], values.length);
  }
  block.columns.forEach((_, i) => place(acc, path(i), values[i], values.length));
}

function readRowless(acc: Acc, table: MatrixTableSpec, row: ClassifiedRow): void {
  if (acc.rowsDone.has(table.key)) return;
  acc.rowsDone.add(table.key);
  leafChains(table.columns).forEach((col, i) => place(acc, [table.key, ...col.keys], row.cells[i], row.cells.length));
}

/** Reads one value cell into its path, or records why it could not be read. */
function place(acc: Acc, path: readonly string[], cell: RowCell | undefined, count: number): void {
  const key = path.join('.');
  const info = acc.edition.byPath.get(key);
  if (!info) return;
  if (!cell) return fail(acc, path, `此行只有 ${count} 个数值单元格`);
  if (cell.fromAbove) return fail(acc, path, '数值单元格与上一行合并，不能归属到这一行', cell);
  const n = readCellNumber(cell.cell.text);
  if (!n.ok) return fail(acc, path, n.reason, cell);
  acc.found.set(key, {
    path: info.path,
    label: info.label,
    value: n.value,
    raw: cell.cell.text,
    where: cell.cell.where,
    ...(n.blank ? { blank: true } : {}),
  });
}

function fail(acc: Acc, path: readonly string[], reason: string, cell?: RowCell): void {
  const key = path.join('.');
  const info: CellInfo | undefined = acc.edition.byPath.get(key);
  if (!info || acc.found.has(key)) return;
  acc.failed.set(key, {
    path: info.path,
    label: info.label,
    reason,
    ...(cell ? { where: cell.cell.where, raw: cell.cell.text } : {}),
  });
}
