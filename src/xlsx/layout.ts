/**
 * Where everything sits in the workbook, worked out from the format description alone: one sheet
 * per table, named by the table (`表二`), its section heading in the first row and below it the
 * table's printed grid (`tableGrid()`) with its merged cells; every value cell has an address, and
 * every total the formula of the sum that defines it (the first sum relation of the compiled
 * edition, the same one `deriveTotals` uses). The writer and the reader both follow this plan, so
 * the layout is decided in one place and no row list is written down here.
 */
import { compileEdition, type CellInfo } from '../format/compile.js';
import { tableGrid, type GridCell } from '../format/grid.js';
import { HEADER_FIELDS } from '../format/header.js';
import type { EditionSpec, TableSpec, ValueKind } from '../format/spec-types.js';
import { address, columnNumber } from './address.js';

/** Name of the sheet holding the report's agency and year. */
export const HEADER_SHEET = '基本信息';

/** The header fields the workbook carries (agency and year), taken from the format's header fields. */
export const WORKBOOK_HEADER_KEYS = ['agency', 'year'] as const;

/** A header field's place: label in column A, value in column B, one row each. */
export interface HeaderPlace {
  readonly key: (typeof WORKBOOK_HEADER_KEYS)[number];
  readonly label: string;
  /** `text` (the agency) or `year`. */
  readonly value: 'text' | 'year';
  readonly labelAddress: string;
  readonly address: string;
}

/** A grid cell placed on the sheet: 1-based row and column of its top-left corner and its spans. */
export interface PlacedCell {
  readonly cell: GridCell;
  readonly row: number;
  readonly column: number;
  readonly address: string;
  /** The merged range (`A2:C4`) when the cell spans more than one position. */
  readonly range?: string;
}

/** A value cell on its sheet. */
export interface ValuePlace {
  readonly info: CellInfo;
  readonly address: string;
  readonly kind: ValueKind;
  /** The formula of a total (without `=`), made from the addresses of its addends. */
  readonly formula?: string;
  /** The addends of a total, as cells of the edition (for checking a value typed over the formula). */
  readonly addends?: readonly number[];
}

/** One table's sheet. */
export interface SheetPlan {
  readonly table: TableSpec;
  /** The sheet's name: the table's short name (`表三`). */
  readonly name: string;
  /** The section heading printed above the table (`三、收到和处理政府信息公开申请情况`). */
  readonly title: string;
  /** Relative widths of the grid's columns. */
  readonly widths: readonly number[];
  /** Header rows: repeated at the top of every printed page. */
  readonly headRows: number;
  /** Row of the grid's first row (the title takes row 1). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Every label and value cell of the grid. */
  readonly cells: readonly PlacedCell[];
  /** Value cells in the order of the format. */
  readonly values: readonly ValuePlace[];
}

/** The whole workbook. */
export interface WorkbookPlan {
  readonly spec: EditionSpec;
  readonly header: readonly HeaderPlace[];
  readonly sheets: readonly SheetPlan[];
}

const cache = new WeakMap<EditionSpec, WorkbookPlan>();

/**
 * The plan of the workbook of an edition (computed once per edition).
 * @example workbookPlan(CURRENT_EDITION).sheets.map((s) => s.name) // ['表二', '表三', '表四']
 */
export function workbookPlan(spec: EditionSpec): WorkbookPlan {
  const hit = cache.get(spec);
  if (hit) return hit;
  const edition = compileEdition(spec);
  const header = WORKBOOK_HEADER_KEYS.map((key, i): HeaderPlace => {
    const field = HEADER_FIELDS.find((f) => f.key === key)!;
    return {
      key,
      label: field.label,
      value: field.value === 'year' ? 'year' : 'text',
      labelAddress: address(i + 1, 1),
      address: address(i + 1, 2),
    };
  });
  const plan: WorkbookPlan = { spec, header, sheets: spec.tables.map((t) => sheetPlan(spec, t, edition.cells)) };
  cache.set(spec, plan);
  return plan;
}

function sheetPlan(spec: EditionSpec, table: TableSpec, all: readonly CellInfo[]): SheetPlan {
  const grid = tableGrid(table);
  const section = spec.sections.find((s) => s.key === table.key);
  const firstRow = 2;
  const rows = [...grid.head, ...grid.body];
  const cells = placeRows(rows, firstRow);
  const byPath = new Map(all.filter((c) => c.table === table).map((c) => [c.pathKey, c]));
  const at = new Map<number, string>();
  const valueCells: { info: CellInfo; address: string }[] = [];
  for (const placed of cells) {
    if (placed.cell.kind !== 'value' || !placed.cell.path) continue;
    const info = byPath.get(placed.cell.path.join('.'));
    if (!info) throw new Error(`format description: grid cell ${placed.cell.path.join('.')} is no value cell`);
    at.set(info.index, placed.address);
    valueCells.push({ info, address: placed.address });
  }
  const edition = compileEdition(spec);
  const values = valueCells.map(({ info, address: where }): ValuePlace => {
    const definition = edition.definitions[info.index]?.[0];
    if (definition === undefined) return { info, address: where, kind: info.value };
    const addends = edition.relations[definition]!.terms.slice(1);
    return { info, address: where, kind: info.value, formula: sumFormula(addends.map((i) => at.get(i)!)), addends };
  });
  return {
    table,
    name: table.name,
    title: section ? `${section.number}、${section.title}` : table.name,
    widths: grid.widths,
    headRows: grid.head.length,
    firstRow,
    lastRow: firstRow + rows.length - 1,
    cells,
    values,
  };
}

/** Places rows of cells with spans on a sheet, as a browser lays out a table (a span reserves the positions below it). */
function placeRows(rows: readonly (readonly GridCell[])[], firstRow: number): PlacedCell[] {
  const taken = new Set<string>();
  const out: PlacedCell[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r}:${c}`)) c++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      const row = firstRow + r;
      const column = c + 1;
      const span = cell.rowspan > 1 || cell.colspan > 1;
      out.push({
        cell,
        row,
        column,
        address: address(row, column),
        ...(span
          ? { range: `${address(row, column)}:${address(row + cell.rowspan - 1, column + cell.colspan - 1)}` }
          : {}),
      });
      c += cell.colspan;
    }
  });
  return out;
}

/** `SUM(D5:I5)`, or a list of addresses and ranges when the addends are not one run. */
function sumFormula(addresses: readonly string[]): string {
  return `SUM(${runs(addresses).join(',')})`;
}

/** Joins consecutive addresses of one row or one column into ranges (`D5,E5,F5` → `D5:F5`). */
function runs(addresses: readonly string[]): string[] {
  const parsed = addresses.map((a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { a, col: columnNumber(m[1]!), row: Number(m[2]) };
  });
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= parsed.length; i++) {
    const prev = parsed[i - 1]!;
    const next = parsed[i];
    const first = parsed[start]!;
    const sameRow = next && next.row === prev.row && next.col === prev.col + 1 && first.row === prev.row;
    const sameCol = next && next.col === prev.col && next.row === prev.row + 1 && first.col === prev.col;
    if (sameRow || sameCol) continue;
    out.push(i - 1 === start ? first.a : `${first.a}:${prev.a}`);
    start = i;
  }
  return out;
}
