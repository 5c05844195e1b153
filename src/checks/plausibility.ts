/**
 * Plausibility hints (info only, never errors): a fee that looks entered in 元 (FEE_UNIT_SUSPECT),
 * 规章 reported by a county-level or lower agency (REGULATIONS_LOCAL), applications of which none
 * was concluded (ALL_CARRIED_FORWARD). Which rows carry which hint is in the format description.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { IssueDraft } from '../issues/issue.js';
import { CellState, type CellValues } from './cells.js';

/** 万元 amounts at or above this are unlikely for any single agency (10 billion 元 = 100万 万元). */
export const FEE_SUSPECT_WAN_YUAN = 1_000_000;

/** The smallest administrative unit named last in an agency name. */
function lastUnit(agency: string): string | undefined {
  const units = /(自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|乡|镇|苏木|街道)/g;
  let last: string | undefined;
  for (const m of agency.matchAll(units)) last = m[1];
  return last;
}

/** Whether the agency is county-level or lower (no power to make 规章). */
export function isCountyOrLower(agency: string): boolean {
  const unit = lastUnit(agency);
  return unit !== undefined && ['县', '自治县', '旗', '区', '乡', '镇', '苏木', '街道'].includes(unit);
}

export function checkPlausibility(edition: CompiledEdition, cells: CellValues, agency: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const known = (c: CellInfo) => cells.states[c.index] === CellState.Given || cells.states[c.index] === CellState.Derived;
  const value = (c: CellInfo) => cells.values[c.index]!;
  const hinted = new Set<string>();
  for (const cell of edition.cells) {
    for (const hint of cell.blockRow?.hints ?? []) {
      if (!known(cell)) continue;
      const rowKey = cell.path.slice(0, 2).join('.');
      if (hint === 'FEE_UNIT_SUSPECT' && value(cell) >= FEE_SUSPECT_WAN_YUAN) {
        drafts.push({ code: 'FEE_UNIT_SUSPECT', path: cell.path, actual: value(cell) });
      }
      if (hint === 'REGULATIONS_LOCAL' && !hinted.has(rowKey) && value(cell) > 0 && typeof agency === 'string' && isCountyOrLower(agency)) {
        hinted.add(rowKey);
        drafts.push({ code: 'REGULATIONS_LOCAL', path: cell.path, actual: value(cell) });
      }
    }
  }
  for (const table of edition.spec.tables) {
    if (table.kind !== 'matrix') continue;
    for (const balance of table.balances ?? []) {
      // In the total column: something to handle (left side) but nothing concluded (first right row).
      const totalColumn = edition.cells.filter((c) => c.table === table && c.role !== 'leaf' && c.colChain.some((n) => n.total));
      const at = (rowKeys: readonly string[]) => totalColumn.find((c) => c.path.slice(1, 1 + rowKeys.length).join('.') === rowKeys.join('.') && c.path.length === rowKeys.length + 2);
      const left = balance.left.map(at);
      const concluded = at(balance.right[0]!);
      if (!concluded || left.some((c) => !c || !known(c)) || !known(concluded)) continue;
      const pending = left.reduce((s, c) => s + value(c!), 0);
      if (pending > 0 && value(concluded) === 0) {
        drafts.push({ code: 'ALL_CARRIED_FORWARD', path: concluded.path, actual: pending });
      }
    }
  }
  return drafts;
}
