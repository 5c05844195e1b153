/**
 * Plausibility hints (info only, never errors): a fee that looks entered in 元 (FEE_UNIT_SUSPECT),
 * 规章 reported by a county-level or lower agency (REGULATIONS_LOCAL), applications of which none
 * was concluded (ALL_CARRIED_FORWARD). Which rows carry which hint is in the format description.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { IssueDraft } from '../issues/issue.js';
import { CellState, type CellValues } from '../model/cells.js';

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

interface HintPlan {
  readonly hinted: readonly { cell: CellInfo; hint: string; row: string }[];
  /** For ALL_CARRIED_FORWARD: the 总计 cells of the rows still to handle, and of the concluded row. */
  readonly carried: readonly { pending: readonly CellInfo[]; concluded: CellInfo }[];
}

const plans = new WeakMap<CompiledEdition, HintPlan>();

function planFor(edition: CompiledEdition): HintPlan {
  const cached = plans.get(edition);
  if (cached) return cached;
  const hinted = edition.cells.flatMap((cell) =>
    (cell.blockRow?.hints ?? []).map((hint) => ({ cell, hint, row: cell.path.slice(0, 2).join('.') })),
  );
  const carried: { pending: CellInfo[]; concluded: CellInfo }[] = [];
  for (const table of edition.spec.tables) {
    if (table.kind !== 'matrix') continue;
    const totalColumn = (rowKeys: readonly string[]) =>
      edition.cells.find(
        (c) =>
          c.table === table &&
          c.colChain.some((n) => n.total) &&
          c.path.length === rowKeys.length + 2 &&
          c.path.slice(1, -1).join('.') === rowKeys.join('.'),
      );
    for (const balance of table.balances ?? []) {
      const pending = balance.left.map(totalColumn);
      const concluded = totalColumn(balance.right[0]!);
      if (concluded && pending.every((c) => c)) carried.push({ pending: pending as CellInfo[], concluded });
    }
  }
  const plan = { hinted, carried };
  plans.set(edition, plan);
  return plan;
}

export function checkPlausibility(edition: CompiledEdition, cells: CellValues, agency: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const known = (c: CellInfo) =>
    cells.states[c.index] === CellState.Given || cells.states[c.index] === CellState.Derived;
  const value = (c: CellInfo) => cells.values[c.index]!;
  const plan = planFor(edition);
  const done = new Set<string>();
  for (const { cell, hint, row } of plan.hinted) {
    if (!known(cell)) continue;
    if (hint === 'FEE_UNIT_SUSPECT' && value(cell) >= FEE_SUSPECT_WAN_YUAN) {
      drafts.push({ code: 'FEE_UNIT_SUSPECT', path: cell.path, actual: value(cell) });
    }
    if (
      hint === 'REGULATIONS_LOCAL' &&
      !done.has(row) &&
      value(cell) > 0 &&
      typeof agency === 'string' &&
      isCountyOrLower(agency)
    ) {
      done.add(row);
      drafts.push({ code: 'REGULATIONS_LOCAL', path: cell.path, actual: value(cell) });
    }
  }
  // Something to handle (the balance's left side) but nothing concluded (its first right-hand row).
  for (const { pending, concluded } of plan.carried) {
    if (!known(concluded) || !pending.every(known)) continue;
    const due = pending.reduce((s, c) => s + value(c), 0);
    if (due > 0 && value(concluded) === 0)
      drafts.push({ code: 'ALL_CARRIED_FORWARD', path: concluded.path, actual: 0, params: { pending: due } });
  }
  return drafts;
}
