/**
 * The value cells' events: typing writes the report, Enter and the arrow keys move like a
 * spreadsheet, and a block pasted from Excel or WPS fills consecutive cells from the focused one.
 */
import { blockTargets, isBlock, neighbour, parseBlock, slotOf, type Move } from './grid-moves.js';
import type { DrawnTable } from './tables.js';

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Writes a cell's text into the input and the report. */
export type SetCell = (input: HTMLInputElement, path: readonly string[], text: string) => void;

/** Listens on `main` for the cells' input, keys and pastes. */
export function wireCells(
  main: HTMLElement,
  tables: () => readonly DrawnTable[],
  setCell: SetCell,
  changed: () => void,
  status: HTMLElement,
): void {
  main.addEventListener('input', (event) => {
    const at = slotOf(tables(), event.target);
    if (!at) return;
    setCell(at.slot.input, at.slot.path, at.slot.input.value);
    changed();
  });

  main.addEventListener('keydown', (event) => {
    const at = slotOf(tables(), event.target);
    if (!at || event.altKey || event.ctrlKey || event.metaKey) return;
    let move: Move | undefined = ARROWS[event.key];
    const input = at.slot.input;
    if (event.key === 'Enter') move = event.shiftKey ? 'up' : 'down';
    // Left and right move the caret inside the value until it reaches the value's edge.
    if (move === 'left' && (input.selectionStart ?? 0) > 0) return;
    if (move === 'right' && (input.selectionEnd ?? 0) < input.value.length) return;
    if (!move) return;
    const target = neighbour(at, move);
    event.preventDefault();
    if (target) {
      target.input.focus();
      target.input.select();
    }
  });

  main.addEventListener('paste', (event) => {
    const at = slotOf(tables(), event.target);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!at || !isBlock(text)) return;
    event.preventDefault();
    const { writes, outside } = blockTargets(at, parseBlock(text));
    for (const [slot, value] of writes) setCell(slot.input, slot.path, value);
    status.textContent = `已粘贴 ${writes.length} 格${outside > 0 ? `；${outside} 格超出表格，未粘贴` : ''}`;
    changed();
  });
}
