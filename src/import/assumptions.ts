/**
 * Choices a user makes for the cases a page does not settle (`ImportOptions.assume`, `zfxxgk import
 * --assume`): each one fills the cells it covers with a value the user vouches for, and says so on
 * every cell it filled (`CellSource.assumed`) and in a note. Like inference, an assumption fills
 * missing cells only: a cell read is never changed.
 */
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import type { Lang } from '../issues/message-kit.js';
import type { NoteDraft } from './notes.js';
import { readCellNumber } from './numbers.js';
import type { Assumed, Assumption, CellSource } from './report.js';
import type { UnreadDraft } from './unread.js';

/** Every assumption, what it settles, in Chinese and in English. */
export const ASSUMPTIONS = {
  SINGLE_ROW_TO_OTHER: {
    zh: '印成单行的（六）其他处理，各栏数值归入最后一项“3.其他”，其余小项按 0 计',
    en: '（六）其他处理 printed as one row: each figure goes to its last item “3.其他”, the other items are 0',
  },
  MERGED_TO_FIRST: {
    zh: '跨行合并的数值单元格归第一行，所覆盖的其余各行按 0 计',
    en: 'a value cell merged over several rows belongs to the first row; the other rows it covers are 0',
  },
  NO_REGULATIONS_ZERO: {
    zh: '表二没有“规章”一行时，无论机关类型，该行按 0 计',
    en: 'table 二 without the 规章 row: the row is 0, whatever the agency',
  },
  AGENCY_FROM_TITLE: {
    zh: '标题与落款的机关名称不同时，采用标题中的名称',
    en: 'when the title and the signature name different agencies, the title’s is used',
  },
} as const satisfies { readonly [A in Assumption]: { readonly [L in Lang]: string } };

/** Every assumption's code, in the order of {@link ASSUMPTIONS}. */
export const ASSUMPTION_CODES = Object.keys(ASSUMPTIONS) as Assumption[];

/**
 * The name of an assumption on the command line: its code in lower case with hyphens.
 * @example assumptionOption('SINGLE_ROW_TO_OTHER') // 'single-row-to-other'
 */
export const assumptionOption = (code: Assumption) => code.toLowerCase().replace(/_/g, '-');

/** The cells found and not found so far, changed in place as assumptions fill cells. */
export interface CellState {
  readonly found: Map<string, CellSource>;
  readonly failed: Map<string, UnreadDraft>;
  readonly notes: NoteDraft[];
}

/**
 * Fills the cells the chosen table assumptions settle (AGENCY_FROM_TITLE is applied to the words,
 * in `assemble`), and notes for each chosen assumption how many cells it filled.
 * @param state the cells so far; changed in place
 * @param edition the compiled edition, for the cells of a group
 * @param assume the assumptions chosen
 * @param regulations the cells of the 规章 row when table 二 has no such row and inference left them
 */
export function applyAssumptions(
  state: CellState,
  edition: CompiledEdition,
  assume: ReadonlySet<Assumption>,
  regulations: readonly CellInfo[],
): void {
  const counts = new Map<Assumption, number>();
  const fill = (cell: CellInfo, value: number, assumed: Assumed, from?: UnreadDraft) => {
    if (state.found.has(cell.pathKey)) return;
    state.found.set(cell.pathKey, {
      path: cell.path,
      label: cell.label,
      value,
      raw: from?.raw ?? '',
      where: from?.where ?? {},
      assumed,
    });
    state.failed.delete(cell.pathKey);
    counts.set(assumed.assumption, (counts.get(assumed.assumption) ?? 0) + 1);
  };
  for (const [key, draft] of [...state.failed]) {
    const cell = edition.byPath.get(key);
    if (!cell) continue;
    if (draft.code === 'SINGLE_ROW' && assume.has('SINGLE_ROW_TO_OTHER')) {
      const figure = readCellNumber(draft.raw ?? '');
      if (!figure.ok || draft.raw === undefined) continue; // no figure, or not a number: a person must read it
      const group = draft.params.row.split('.');
      const column = cell.path.slice(group.length + 1);
      const last = lastItemOf(edition, draft.params.row);
      const value = cell.path[group.length] === last ? figure.value : 0;
      fill(cell, value, { assumption: 'SINGLE_ROW_TO_OTHER', from: [[...group, ...column]] }, draft);
    } else if (draft.code === 'MERGED_NOT_ZERO' && assume.has('MERGED_TO_FIRST')) {
      fill(cell, 0, { assumption: 'MERGED_TO_FIRST', from: [draft.params.top.split('.')] }, draft);
    }
  }
  if (assume.has('NO_REGULATIONS_ZERO'))
    for (const cell of regulations) fill(cell, 0, { assumption: 'NO_REGULATIONS_ZERO', from: [] });
  for (const assumption of ASSUMPTION_CODES) {
    if (!assume.has(assumption) || assumption === 'AGENCY_FROM_TITLE') continue;
    const cells = counts.get(assumption) ?? 0;
    state.notes.push(
      cells > 0
        ? { code: 'ASSUMED', params: { assumption, cells } }
        : { code: 'ASSUMPTION_UNUSED', params: { assumption } },
    );
  }
}

/** The key of the last item of a group (`requests.results.other` → `other`, its 3.其他). */
function lastItemOf(edition: CompiledEdition, group: string): string | undefined {
  const depth = group.split('.').length;
  let last: string | undefined;
  for (const cell of edition.cells) if (cell.pathKey.startsWith(`${group}.`)) last = cell.path[depth];
  return last;
}
