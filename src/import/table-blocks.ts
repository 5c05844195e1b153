/**
 * Table 二's blocks: a header row gives the order of the block's columns (a 2019 header maps
 * only where its label names a 2021 column, such as `处理决定数量`); an item row's numbers are
 * placed by it, or by position when there is no header.
 */
import type { BlockSpec } from '../format/spec-types.js';
import type { TableLabel } from './format-labels.js';
import { labelKey } from './labels.js';
import { fail, isDuplicate, place, type Acc } from './table-acc.js';
import type { ClassifiedRow, RowCell, RowTarget } from './table-rows.js';

/** Reads a header row (`信息内容 | 本年制发件数 | …`) into the column order of the current block. */
export function readBlockHeader(acc: Acc, row: ClassifiedRow): void {
  const start = row.cells.findIndex((c) => c.match?.targets.some((t) => t.kind === 'itemHeader'));
  const heads = row.cells.slice(start + 1);
  const block =
    acc.block ??
    heads
      .flatMap((h) => h.match?.targets ?? [])
      .find((t): t is Extract<TableLabel, { kind: 'blockColumn' }> => t.kind === 'blockColumn')?.block;
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

/** Whether two blocks have the same columns (（五） and （六） share 本年处理决定数量). */
export function sameColumns(a: BlockSpec, b: BlockSpec): boolean {
  return (
    a === b || (a.columns.length === b.columns.length && a.columns.every((c, i) => c.label === b.columns[i]!.label))
  );
}

/** Reads an item row of table 二 (`行政许可 | 821`). */
export function readBlockRow(
  acc: Acc,
  target: Extract<RowTarget, { kind: 'blockRow' }>,
  values: readonly RowCell[],
  row: ClassifiedRow,
): void {
  const { block, table } = target;
  const rowId = `${table.key}.${target.row.key}`;
  if (isDuplicate(acc, rowId, row)) return;
  const path = (i: number) =>
    block.scalar ? [table.key, target.row.key] : [table.key, target.row.key, block.columns[i]!.key];
  const header = acc.header && sameColumns(acc.header.block, block) ? acc.header : undefined;
  if (header && header.positions.length === values.length) {
    block.columns.forEach((_, i) => {
      const at = header.positions.indexOf(i);
      if (at >= 0) place(acc, path(i), values[at], values.length);
      else fail(acc, path(i), { code: acc.edition2019 ? 'COLUMN_NOT_IN_2019' : 'COLUMN_NOT_FOUND' });
    });
    return;
  }
  if (block.scalar) {
    const filled = values.filter((v) => v.cell.text.trim() !== '');
    if (filled.length > 1)
      return fail(acc, path(0), { code: 'AMBIGUOUS_VALUES', params: { count: filled.length } }, filled[0]);
    return place(acc, path(0), filled[0] ?? values[0], values.length);
  }
  block.columns.forEach((_, i) => place(acc, path(i), values[i], values.length));
}
