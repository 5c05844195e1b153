/**
 * Tables 二, 三 and 四 as the form draws them: the grid made from the format description
 * (src/format/grid.ts, the same one the HTML and Word renderers draw), with an input in every
 * value cell. Each input is named by its cell's path and labelled by its row and column.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { GridCell, TableGrid } from '../format/grid.js';
import { el, uniqueId } from './dom.js';

/** A value input and where it sits, for keyboard movement and pasting. */
export interface CellSlot {
  readonly input: HTMLInputElement;
  readonly path: readonly string[];
  /** Index of the grid row among the table's rows that hold value cells. */
  readonly row: number;
  /** First and last grid column the cell covers. */
  readonly from: number;
  readonly to: number;
}

/** One drawn table: its element and its value cells, row by row. */
export interface DrawnTable {
  readonly element: HTMLTableElement;
  readonly rows: readonly (readonly CellSlot[])[];
}

/**
 * Draws one table.
 * @param caption `表三 收到和处理政府信息公开申请情况`
 */
export function drawTable(edition: CompiledEdition, grid: TableGrid, caption: string): DrawnTable {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const colgroup = el('colgroup');
  for (const w of grid.widths) colgroup.append(el('col', { style: `width:${((w / total) * 100).toFixed(3)}%` }));
  const table = el(
    'table',
    { class: `zf-table zf-table-${grid.key}`, 'data-table': grid.key },
    el('caption', {}, caption),
    colgroup,
  );
  const head = el('thead');
  for (const row of grid.head) head.append(el('tr', {}, ...row.map((cell) => headerCell(cell))));
  if (grid.head.length > 0) table.append(head);

  // The HTML table algorithm in small: cells taken by row spans from above push a row's cells right.
  const taken: boolean[][] = [];
  const body = el('tbody');
  const rows: CellSlot[][] = [];
  grid.body.forEach((gridRow, r) => {
    const tr = el('tr');
    const slots: CellSlot[] = [];
    let x = 0;
    for (const cell of gridRow) {
      while (taken[r]?.[x]) x++;
      for (let dy = 0; dy < cell.rowspan; dy++)
        for (let dx = 0; dx < cell.colspan; dx++) (taken[r + dy] ??= [])[x + dx] = true;
      if (cell.kind === 'value' && cell.path) {
        const { td, input } = valueCell(edition, cell);
        tr.append(td);
        slots.push({ input, path: cell.path, row: rows.length, from: x, to: x + cell.colspan - 1 });
      } else tr.append(headerCell(cell));
      x += cell.colspan;
    }
    if (slots.length > 0) rows.push(slots);
    body.append(tr);
  });
  table.append(body);
  return { element: table, rows };
}

function spans(cell: GridCell): Record<string, number | undefined> {
  return {
    rowspan: cell.rowspan > 1 ? cell.rowspan : undefined,
    colspan: cell.colspan > 1 ? cell.colspan : undefined,
  };
}

function headerCell(cell: GridCell): HTMLTableCellElement {
  if (cell.kind === 'corner') return el('td', { class: 'zf-corner', ...spans(cell) }, cell.text);
  return el('th', { class: `zf-${cell.kind}`, scope: cell.scope, ...spans(cell) }, cell.text);
}

function valueCell(edition: CompiledEdition, cell: GridCell): { td: HTMLTableCellElement; input: HTMLInputElement } {
  const key = cell.path!.join('.');
  const info = edition.byPath.get(key);
  const decimal = info?.value === 'amount';
  const input = el('input', {
    type: 'text',
    name: key,
    id: uniqueId('zf-cell'),
    inputmode: decimal ? 'decimal' : 'numeric',
    autocomplete: 'off',
    // The label made from the format description: `表三 （七）总计 · 自然人`.
    'aria-label': info?.label ?? key,
    class: info && info.role !== 'leaf' ? 'zf-input zf-total' : 'zf-input',
    'data-role': info?.role,
  });
  const td = el('td', { class: 'zf-value', ...spans(cell) }, input);
  return { td, input };
}
