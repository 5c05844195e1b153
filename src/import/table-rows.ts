/**
 * One row of a table grid, classified: which cells are labels (and of what), which are values,
 * and which label anchors the row (the last row label before its numbers).
 */
import type { TableLabel } from './format-labels.js';
import type { LabelMatch, LabelMatcher } from './labels.js';
import { looksLikeValue } from './numbers.js';
import type { SourceCell } from './source.js';

/** A distinct cell of a row (a merged cell counted once). */
export interface RowCell {
  readonly cell: SourceCell;
  /** The label it matched, for text that is not a value. */
  readonly match?: LabelMatch<TableLabel>;
  /** A number or an empty-cell mark. */
  readonly value: boolean;
  /** The cell is a merged cell that started in a row above. */
  readonly fromAbove: boolean;
}

/** A row label, leaf or group, that opens a row's values. */
export type RowTarget = Extract<TableLabel, { kind: 'blockRow' } | { kind: 'row' }>;

/** The classified row. */
export interface ClassifiedRow {
  readonly cells: readonly RowCell[];
  /** Index (in `cells`) of the row label its values follow, if any. */
  readonly anchor?: { readonly index: number; readonly target: RowTarget; readonly group: boolean };
}

const isRowTarget = (t: TableLabel): t is RowTarget => t.kind === 'blockRow' || t.kind === 'row';
const isLeaf = (t: RowTarget) => t.kind === 'blockRow' || !t.node.children?.length;

/**
 * Classifies the cells of grid row `r`.
 * @param row the row of an expanded grid
 * @param r its index in the grid
 * @param match the table-label matcher
 */
export function classifyRow(row: readonly SourceCell[], r: number, match: LabelMatcher<TableLabel>): ClassifiedRow {
  const cells: RowCell[] = [];
  let last = '';
  for (const cell of row) {
    if (cell.origin === last) continue;
    last = cell.origin;
    const fromAbove = Number(cell.origin.split(':')[0]) < r;
    const value = looksLikeValue(cell.text);
    const matched = value ? undefined : match(cell.text);
    cells.push({ cell, value, fromAbove, ...(matched ? { match: matched } : {}) });
  }
  return { cells, ...anchorOf(cells) };
}

function anchorOf(cells: readonly RowCell[]): Pick<ClassifiedRow, 'anchor'> {
  let group: ClassifiedRow['anchor'];
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (c.fromAbove || !c.match) continue;
    let targets = c.match.targets.filter(isRowTarget);
    // A row label printed without its number can read as a column label (`总计`): a row if numbers follow.
    if (targets.length === 0 && cells.slice(i + 1).filter((v) => v.value).length >= 2) {
      targets = (c.match.alsoLoosely ?? []).flatMap((m) => m.targets).filter(isRowTarget);
    }
    const leaf = targets.find(isLeaf);
    if (leaf) return { anchor: { index: i, target: leaf, group: false } };
    const node = targets[0];
    if (node && !group) group = { index: i, target: node, group: true };
  }
  return group ? { anchor: group } : {};
}

/** The value cells after the anchor (everything after it, labels included as unreadable text). */
export function valuesAfter(row: ClassifiedRow): readonly RowCell[] {
  return row.anchor ? row.cells.slice(row.anchor.index + 1) : [];
}
