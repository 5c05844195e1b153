/**
 * The printed grid of each table — every row, with the text, row span and column span of each
 * cell — made from the format description. The HTML templates draw it as it is and the importer
 * reads tables against it, so the official merged-cell layout is written down nowhere else.
 */
import type { AxisNode, BlockTableSpec, EditionSpec, MatrixTableSpec, TableSpec } from './spec-types.js';
import { leafChains, leafCount, treeDepth } from './tree.js';

export type GridCellKind =
  /** Table 三's top-left note. */
  | 'corner'
  /** A column heading (a leaf column or a group of columns). */
  | 'columnHeader'
  /** A row label (a leaf row or a group of rows). */
  | 'rowHeader'
  /** Table 二's full-width block title (`第二十条第（一）项`), shaded in the template. */
  | 'blockTitle'
  /** A value cell. */
  | 'value';

export interface GridCell {
  readonly kind: GridCellKind;
  /** The official label, or the value as printed. */
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
  /** Header cells: what they head, for `<th scope>`. */
  readonly scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** Value cells: the report path of the value. */
  readonly path?: readonly string[];
}

export interface TableGrid {
  readonly key: string;
  /** `表二`, `表三`, `表四`. */
  readonly name: string;
  /** Number of grid columns. */
  readonly columns: number;
  /** Relative column widths (equal when the description gives none). */
  readonly widths: readonly number[];
  /** Header rows, repeated after a page break. */
  readonly head: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
}

/** How a value is printed: exactly as given (no separators, no rounding), or empty when absent. */
export type ValueText = (path: readonly string[]) => string;

/**
 * The grid of one table.
 * @param valueText prints the value at a path; by default every value cell is empty (a blank form)
 */
export function tableGrid(table: TableSpec, valueText: ValueText = () => ''): TableGrid {
  return table.kind === 'blocks' ? blocksGrid(table, valueText) : matrixGrid(table, valueText);
}

/** The grids of every table of an edition, by table key. */
export function editionGrids(spec: EditionSpec, valueText?: ValueText): Map<string, TableGrid> {
  return new Map(spec.tables.map((t) => [t.key, tableGrid(t, valueText)]));
}

function blocksGrid(table: BlockTableSpec, valueText: ValueText): TableGrid {
  const width = table.gridColumns;
  const body: GridCell[][] = [];
  const spans = (k: number) => Array.from({ length: k }, (_, i) => (i === k - 1 ? width - 1 - (k - 1) : 1));
  for (const block of table.blocks) {
    body.push([{ kind: 'blockTitle', text: block.title, rowspan: 1, colspan: width, scope: 'colgroup' }]);
    const columnSpans = spans(block.columns.length);
    body.push([
      { kind: 'columnHeader', text: block.itemHeader, rowspan: 1, colspan: 1, scope: 'col' },
      ...block.columns.map(
        (c, i): GridCell => ({
          kind: 'columnHeader',
          text: c.label,
          rowspan: 1,
          colspan: columnSpans[i]!,
          scope: 'col',
        }),
      ),
    ]);
    for (const row of block.rows) {
      body.push([
        { kind: 'rowHeader', text: row.label, rowspan: 1, colspan: 1, scope: 'row' },
        ...block.columns.map((c, i): GridCell => {
          const path = block.scalar ? [table.key, row.key] : [table.key, row.key, c.key];
          return { kind: 'value', text: valueText(path), rowspan: 1, colspan: columnSpans[i]!, path };
        }),
      ]);
    }
  }
  return { key: table.key, name: table.name, columns: width, widths: Array(width).fill(1), head: [], body };
}

function matrixGrid(table: MatrixTableSpec, valueText: ValueText): TableGrid {
  const labelColumns = table.rows ? treeDepth(table.rows) : 0;
  const headerRows = treeDepth(table.columns);
  const valueColumns = leafChains(table.columns);
  const columns = labelColumns + valueColumns.length;

  // Header: one grid row per depth of the column tree; a leaf reaches down to the last header row.
  const head: GridCell[][] = Array.from({ length: headerRows }, () => []);
  if (labelColumns > 0) {
    head[0]!.push({ kind: 'corner', text: table.corner ?? '', rowspan: headerRows, colspan: labelColumns });
  }
  const visitColumns = (nodes: readonly AxisNode[], depth: number) => {
    for (const node of nodes) {
      const leaf = !node.children || node.children.length === 0;
      head[depth]!.push({
        kind: 'columnHeader',
        text: node.label,
        rowspan: leaf ? headerRows - depth : 1,
        colspan: leafCount(node),
        scope: leaf ? 'col' : 'colgroup',
      });
      if (!leaf) visitColumns(node.children!, depth + 1);
    }
  };
  visitColumns(table.columns, 0);

  // Body: a group's label opens its first row and spans all its leaves; a leaf label spans the
  // label columns its depth leaves free.
  const body: GridCell[][] = [];
  const values = (rowKeys: readonly string[]): GridCell[] =>
    valueColumns.map((col) => {
      const path = [table.key, ...rowKeys, ...col.keys];
      return { kind: 'value', text: valueText(path), rowspan: 1, colspan: 1, path };
    });
  if (!table.rows) body.push(values([]));
  else {
    for (const row of leafChains(table.rows)) {
      const cells: GridCell[] = [];
      row.chain.forEach((node, depth) => {
        const leaf = depth === row.chain.length - 1;
        if (leaf) {
          cells.push({ kind: 'rowHeader', text: node.label, rowspan: 1, colspan: labelColumns - depth, scope: 'row' });
        } else if (firstLeafOf(node) === row.chain[row.chain.length - 1]) {
          cells.push({ kind: 'rowHeader', text: node.label, rowspan: leafCount(node), colspan: 1, scope: 'rowgroup' });
        }
      });
      body.push([...cells, ...values(row.keys)]);
    }
  }
  const widths =
    table.columnWidths && table.columnWidths.length === columns ? table.columnWidths : Array(columns).fill(1);
  return { key: table.key, name: table.name, columns, widths, head, body };
}

function firstLeafOf(node: AxisNode): AxisNode {
  let n = node;
  while (n.children && n.children.length > 0) n = n.children[0]!;
  return n;
}
