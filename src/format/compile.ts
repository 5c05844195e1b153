/**
 * Turns an edition's description into flat, indexed data the checks run on: every value cell with
 * its JSON path and label, and every sum or balance relation as a linear equation over cell
 * indices. Computed once per edition and cached.
 */
import { cellLabel } from './labels.js';
import type {
  AxisNode,
  BlockColumnSpec,
  BlockRowSpec,
  BlockSpec,
  BlockTableSpec,
  EditionSpec,
  MatrixTableSpec,
  TableSpec,
  ValueKind,
} from './spec-types.js';
import { leafChains, type LeafChain } from './tree.js';

/** Where a cell sits in its table. */
export type CellRole = 'leaf' | 'columnTotal' | 'rowTotal' | 'bothTotal';

/** One value cell of a table. */
export interface CellInfo {
  readonly index: number;
  /** Full JSON path, table key first: `['requests', 'results', 'total', 'naturalPerson']`. */
  readonly path: readonly string[];
  readonly pathKey: string;
  readonly table: TableSpec;
  readonly value: ValueKind;
  readonly role: CellRole;
  /** Message label: `表三 （七）总计 · 自然人`. */
  readonly label: string;
  /** Matrix tables: the row and column chains (root first). */
  readonly rowChain: readonly AxisNode[];
  readonly colChain: readonly AxisNode[];
  /** Block tables: the block, item row and value column. */
  readonly block?: BlockSpec;
  readonly blockRow?: BlockRowSpec;
  readonly blockColumn?: BlockColumnSpec;
}

/**
 * A linear equation `Σ coefs[i] · value(terms[i]) = 0`.
 * For a sum the target has coefficient +1 and its addends −1; for a balance the left side has +1
 * and the right side −1.
 */
export interface Relation {
  readonly index: number;
  readonly code: string;
  readonly kind: 'sum' | 'balance';
  /** The cell a sum defines, or the cell a balance is reported at. */
  readonly target: number;
  readonly terms: readonly number[];
  readonly coefs: readonly number[];
  /** Balances: the cells of each side, for messages. */
  readonly left?: readonly number[];
  readonly right?: readonly number[];
}

export interface CompiledEdition {
  readonly spec: EditionSpec;
  readonly cells: readonly CellInfo[];
  readonly byPath: ReadonlyMap<string, CellInfo>;
  readonly relations: readonly Relation[];
  /** Sum relations whose target is each cell (a total may be defined two ways). */
  readonly definitions: readonly (readonly number[])[];
  /** Relations each cell takes part in. */
  readonly involvement: readonly (readonly number[])[];
  /** Cells grouped by the object holding them (a table row), for reading a report quickly. */
  readonly groups: readonly CellGroup[];
  /** Index of the first cell under each path prefix (`requests.results`), for ordering issues. */
  readonly firstCellUnder: ReadonlyMap<string, number>;
}

/** The cells that sit in one object of a report. */
export interface CellGroup {
  readonly parent: readonly string[];
  readonly keys: readonly string[];
  readonly cells: readonly number[];
}

const cache = new WeakMap<EditionSpec, CompiledEdition>();

/** Compiles (once) and returns the flat form of an edition. */
export function compileEdition(spec: EditionSpec): CompiledEdition {
  const hit = cache.get(spec);
  if (hit) return hit;
  const cells: CellInfo[] = [];
  const relations: Relation[] = [];
  for (const table of spec.tables) {
    if (table.kind === 'blocks') addBlockCells(table, cells);
    else addMatrix(table, cells, relations);
  }
  const byPath = new Map(cells.map((c) => [c.pathKey, c]));
  const definitions: number[][] = cells.map(() => []);
  const involvement: number[][] = cells.map(() => []);
  for (const rel of relations) {
    if (rel.kind === 'sum') definitions[rel.target]!.push(rel.index);
    for (const t of rel.terms) involvement[t]!.push(rel.index);
  }
  const groups = new Map<string, { parent: string[]; keys: string[]; cells: number[] }>();
  const firstCellUnder = new Map<string, number>();
  for (const cell of cells) {
    const parent = cell.path.slice(0, -1);
    const id = parent.join('.');
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { parent, keys: [], cells: [] }));
    group.keys.push(cell.path[cell.path.length - 1]!);
    group.cells.push(cell.index);
    for (let n = 1; n <= cell.path.length; n++) {
      const prefix = cell.path.slice(0, n).join('.');
      if (!firstCellUnder.has(prefix)) firstCellUnder.set(prefix, cell.index);
    }
  }
  const compiled: CompiledEdition = {
    spec,
    cells,
    byPath,
    relations,
    definitions,
    involvement,
    groups: [...groups.values()],
    firstCellUnder,
  };
  cache.set(spec, compiled);
  return compiled;
}

function addBlockCells(table: BlockTableSpec, cells: CellInfo[]): void {
  for (const block of table.blocks) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        const path = block.scalar ? [table.key, row.key] : [table.key, row.key, column.key];
        cells.push({
          index: cells.length,
          path,
          pathKey: path.join('.'),
          table,
          value: column.value,
          role: 'leaf',
          label: cellLabel(table, [], [], { row, column }),
          rowChain: [],
          colChain: [],
          block,
          blockRow: row,
          blockColumn: column,
        });
      }
    }
  }
}

/** An implicit single data row, for tables without a row tree (table 四). */
const SINGLE_ROW: LeafChain = { chain: [], keys: [] };

function addMatrix(table: MatrixTableSpec, cells: CellInfo[], relations: Relation[]): void {
  const rows = table.rows ? leafChains(table.rows) : [SINGLE_ROW];
  const cols = leafChains(table.columns);
  const at = new Map<string, number>();
  const key = (r: readonly string[], c: readonly string[]) => [table.key, ...r, ...c].join('.');

  for (const row of rows) {
    for (const col of cols) {
      const rowTotal = row.chain.some((n) => n.total === true);
      const colTotal = col.chain.some((n) => n.total === true);
      const path = [table.key, ...row.keys, ...col.keys];
      const info: CellInfo = {
        index: cells.length,
        path,
        pathKey: path.join('.'),
        table,
        value: table.value,
        role: rowTotal && colTotal ? 'bothTotal' : rowTotal ? 'rowTotal' : colTotal ? 'columnTotal' : 'leaf',
        label: cellLabel(table, row.chain, col.chain),
        rowChain: row.chain,
        colChain: col.chain,
      };
      cells.push(info);
      at.set(info.pathKey, info.index);
    }
  }
  const cell = (r: readonly string[], c: readonly string[]): number => {
    const i = at.get(key(r, c));
    if (i === undefined) throw new Error(`format description: no cell ${key(r, c)}`);
    return i;
  };
  const sum = (code: string, target: number, addends: number[]) => {
    relations.push({
      index: relations.length,
      code,
      kind: 'sum',
      target,
      terms: [target, ...addends],
      coefs: [1, ...addends.map(() => -1)],
    });
  };

  // A total column sums its sibling leaves, in every row.
  const columnTotals = totalsWithAddends(table.columns);
  if (table.totalCodes.column) {
    for (const row of rows) {
      for (const t of columnTotals) {
        sum(
          table.totalCodes.column,
          cell(row.keys, t.keys),
          t.addends.map((a) => cell(row.keys, a)),
        );
      }
    }
  }
  // A total row sums its sibling leaf rows, in every column.
  if (table.rows && table.totalCodes.row) {
    for (const t of totalsWithAddends(table.rows)) {
      for (const col of cols) {
        sum(
          table.totalCodes.row,
          cell(t.keys, col.keys),
          t.addends.map((a) => cell(a, col.keys)),
        );
      }
    }
  }
  for (const balance of table.balances ?? []) {
    for (const col of cols) {
      const left = balance.left.map((r) => cell(r, col.keys));
      const right = balance.right.map((r) => cell(r, col.keys));
      relations.push({
        index: relations.length,
        code: balance.code,
        kind: 'balance',
        target: cell(balance.reportAt, col.keys),
        terms: [...left, ...right],
        coefs: [...left.map(() => 1), ...right.map(() => -1)],
        left,
        right,
      });
    }
  }
}

/** Every total node in a tree, with the key paths of the leaves it sums. */
function totalsWithAddends(
  nodes: readonly AxisNode[],
  above: readonly string[] = [],
): { keys: string[]; addends: string[][] }[] {
  const out: { keys: string[]; addends: string[][] }[] = [];
  for (const node of nodes) {
    const keys = node.key === undefined ? [...above] : [...above, node.key];
    if (node.total) {
      const addends = leafChains(nodes.filter((n) => !n.total)).map((l) => [...above, ...l.keys]);
      out.push({ keys, addends });
    } else if (node.children) {
      out.push(...totalsWithAddends(node.children, keys));
    }
  }
  return out;
}
