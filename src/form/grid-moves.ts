/**
 * Moving between value cells like a spreadsheet — Enter and the arrow keys — and pasting a block
 * copied from Excel or WPS (rows of tab-separated values) into consecutive cells.
 */
import type { CellSlot, DrawnTable } from './tables.js';

/** Where a cell is: its table and its slot. */
export interface SlotAt {
  readonly table: DrawnTable;
  readonly slot: CellSlot;
}

/** A direction to move in. */
export type Move = 'up' | 'down' | 'left' | 'right';

/** The slot of `input` in any of `tables`. */
export function slotOf(tables: readonly DrawnTable[], input: EventTarget | null): SlotAt | undefined {
  for (const table of tables)
    for (const row of table.rows) for (const slot of row) if (slot.input === input) return { table, slot };
  return undefined;
}

/** The cell one step from `at`, or undefined at the table's edge. */
export function neighbour(at: SlotAt, move: Move): CellSlot | undefined {
  const { table, slot } = at;
  const row = table.rows[slot.row]!;
  const i = row.indexOf(slot);
  if (move === 'left') return row[i - 1];
  if (move === 'right') return row[i + 1];
  const next = table.rows[slot.row + (move === 'down' ? 1 : -1)];
  if (!next) return undefined;
  // The cell of the next row under this one's first column, or the nearest (rows differ in width).
  return next.find((s) => s.from <= slot.from && slot.from <= s.to) ?? next[Math.min(i, next.length - 1)];
}

/**
 * Splits pasted text into rows of cells. A trailing line break (Excel ends every copy with one) adds
 * no row; cells are kept as they are (trimmed).
 */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** Whether pasted text is a block (more than one cell) rather than a value for one cell. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/**
 * The cells a block lands in, from `at` rightwards and downwards; cells that fall outside the
 * table are counted in `outside`.
 */
export function blockTargets(
  at: SlotAt,
  block: readonly (readonly string[])[],
): { writes: [CellSlot, string][]; outside: number } {
  const writes: [CellSlot, string][] = [];
  let outside = 0;
  const start = at.table.rows[at.slot.row]!.indexOf(at.slot);
  block.forEach((values, r) => {
    const row = at.table.rows[at.slot.row + r];
    values.forEach((value, c) => {
      let target: CellSlot | undefined;
      if (row) {
        // Rows of unequal width (table 二's blocks): keep to the start cell's column when the row has it.
        const first = row.find((s) => s.from <= at.slot.from && at.slot.from <= s.to);
        const offset = first ? row.indexOf(first) : start;
        target = row[offset + c];
      }
      if (target) writes.push([target, value]);
      else outside++;
    });
  });
  return { writes, outside };
}
