/**
 * What the table reader accumulates while it reads, and the two ways a cell ends: read into its
 * path (with where it was found), or recorded as unread with the reason.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { BlockSpec, MatrixTableSpec } from '../format/spec-types.js';
import type { FormatLabels } from './format-labels.js';
import type { NoteDraft } from './notes.js';
import { readCellNumber } from './numbers.js';
import type { CellSource, Inference, LabelDifference } from './report.js';
import type { UnreadDraft, UnreadReason } from './unread.js';
import type { ClassifiedRow, RowCell } from './table-rows.js';

/** The table reader's state. */
export interface Acc {
  readonly labels: FormatLabels;
  readonly edition: CompiledEdition;
  readonly found: Map<string, CellSource>;
  readonly failed: Map<string, UnreadDraft>;
  readonly diffs: LabelDifference[];
  readonly seenDiffs: Set<string>;
  readonly notes: NoteDraft[];
  readonly rowsDone: Set<string>;
  /** The path each value cell was read into, by its table and origin (`2:14:3`), for the rows a merged cell covers. */
  readonly readFrom: Map<string, readonly string[]>;
  edition2019?: string;
  /** Table 二: the block whose title was seen last, and the column order its header gave. */
  block?: BlockSpec;
  header?: { readonly block: BlockSpec; readonly positions: readonly (number | undefined)[] };
  /** A table without row labels (四) whose header was seen and whose data row is next. */
  pendingRowless?: MatrixTableSpec;
}

/** Whether a row was read before (then a DUPLICATE_ROW note is made and the row skipped). */
export function isDuplicate(acc: Acc, rowId: string, row: ClassifiedRow): boolean {
  if (!acc.rowsDone.has(rowId)) {
    acc.rowsDone.add(rowId);
    return false;
  }
  acc.notes.push({ code: 'DUPLICATE_ROW', params: { row: rowId }, where: row.cells[row.anchor!.index]!.cell.where });
  return true;
}

/** Reads one value cell into its path, or records why it could not be read. */
export function place(acc: Acc, path: readonly string[], cell: RowCell | undefined, count: number): void {
  const key = path.join('.');
  const info = acc.edition.byPath.get(key);
  if (!info) return;
  if (!cell) return fail(acc, path, { code: 'TOO_FEW_VALUES', params: { count } });
  const n = readCellNumber(cell.cell.text);
  if (cell.fromAbove) return mergedFromAbove(acc, path, cell, n.ok ? n.value : undefined);
  if (!n.ok) return fail(acc, path, { code: 'NOT_A_NUMBER' }, cell);
  acc.readFrom.set(originOf(cell), info.path);
  acc.found.set(key, {
    path: info.path,
    label: info.label,
    value: n.value,
    raw: cell.cell.text,
    where: cell.cell.where,
    ...(n.blank ? { blank: true } : {}),
  });
}

const originOf = (cell: RowCell) => `${cell.cell.where.table}:${cell.cell.origin}`;

/**
 * A value cell merged down from a row above: the rows it covers share its figure. A 0 is each
 * row's 0 (counts are never negative); any other figure cannot be split among the rows.
 */
function mergedFromAbove(acc: Acc, path: readonly string[], cell: RowCell, value: number | undefined): void {
  const top = acc.readFrom.get(originOf(cell));
  if (top && value === 0) return infer(acc, path, 0, cell, { rule: 'MERGED_ZERO', from: [top] });
  if (top && value !== undefined)
    return fail(acc, path, { code: 'MERGED_NOT_ZERO', params: { value, top: top.join('.') } }, cell);
  fail(acc, path, { code: 'MERGED_FROM_ABOVE' }, cell);
}

/**
 * Fills a cell the page settles without printing it on its own, from the printed cell `cell` (the
 * merged cell, the single row) by the rule of `inference`. A cell read already is never changed.
 */
export function infer(acc: Acc, path: readonly string[], value: number, cell: RowCell, inference: Inference): void {
  const key = path.join('.');
  const info = acc.edition.byPath.get(key);
  if (!info || acc.found.has(key)) return;
  acc.failed.delete(key);
  acc.found.set(key, {
    path: info.path,
    label: info.label,
    value,
    raw: cell.cell.text,
    where: cell.cell.where,
    inferred: inference,
  });
}

/** Records a cell as unread, unless it was read already. */
export function fail(acc: Acc, path: readonly string[], reason: UnreadReason, cell?: RowCell): void {
  const key = path.join('.');
  const info: CellInfo | undefined = acc.edition.byPath.get(key);
  if (!info || acc.found.has(key)) return;
  acc.failed.set(key, {
    path: info.path,
    label: info.label,
    ...reason,
    ...(cell ? { where: cell.cell.where, raw: cell.cell.text } : {}),
  });
}
