/**
 * Checks across two years of one agency: CARRY_CONTINUITY (this year's 二、上年结转 against last
 * year's 四、结转下年度继续办理, per column) and T2_INFORCE_CONTINUITY (现行有效件数 against last
 * year's plus 本年制发 minus 本年废止). Which rows continue which is in the format description.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { IssueDraft } from '../issues/issue.js';
import { isUsableNumber } from '../model/cells.js';
import { readPath } from '../util/path.js';
import { narrativeText, similarity } from './similarity.js';

/** Sections at least this alike to last year's are reported as 内容雷同. */
export const DUPLICATE_THRESHOLD = 0.9;
/** Shorter texts (such as “无。”) may well repeat from year to year. */
const DUPLICATE_MIN_LENGTH = 100;

/** Compares a report with the previous year's; both should be valid. */
export function checkAcrossYears(edition: CompiledEdition, current: unknown, previous: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const year = readPath(current, ['year']);
  const previousYear = readPath(previous, ['year']);
  if (typeof year === 'number' && previousYear !== year - 1) {
    drafts.push({
      code: 'PREVIOUS_YEAR_MISMATCH',
      path: ['year'],
      expected: year - 1,
      actual: typeof previousYear === 'number' ? previousYear : null,
    });
    return drafts;
  }
  const agency = readPath(current, ['agency']);
  const previousAgency = readPath(previous, ['agency']);
  if (typeof agency === 'string' && typeof previousAgency === 'string' && agency.trim() !== previousAgency.trim()) {
    drafts.push({ code: 'PREVIOUS_YEAR_MISMATCH', path: ['agency'], expected: agency, actual: previousAgency });
  }
  const num = (root: unknown, path: readonly string[]) => {
    const v = readPath(root, path);
    return isUsableNumber(v) ? v : undefined;
  };

  for (const section of edition.spec.sections) {
    if (section.body !== 'narrative') continue;
    const now = narrativeText(readPath(current, [section.key]));
    const before = narrativeText(readPath(previous, [section.key]));
    if (now.length < DUPLICATE_MIN_LENGTH || before.length < DUPLICATE_MIN_LENGTH) continue;
    const alike = similarity(now, before);
    if (alike >= DUPLICATE_THRESHOLD) {
      drafts.push({
        code: 'DUPLICATE_OF_LAST_YEAR',
        path: [section.key],
        params: { percent: Math.floor(alike * 100) },
      });
    }
  }
  for (const table of edition.spec.tables) {
    if (table.kind === 'matrix' && table.carry) {
      const carry = table.carry;
      for (const cell of edition.cells) {
        if (cell.table !== table) continue;
        const rowKeys = cell.path.slice(1, 1 + carry.to.length);
        if (rowKeys.join('.') !== carry.to.join('.') || cell.path.length !== carry.to.length + 2) continue;
        const column = cell.path.slice(1 + carry.to.length);
        const now = num(current, cell.path);
        const before = num(previous, [table.key, ...carry.from, ...column]);
        if (now !== undefined && before !== undefined && now !== before) {
          drafts.push({ code: carry.code as 'CARRY_CONTINUITY', path: cell.path, expected: before, actual: now });
        }
      }
    }
    if (table.kind === 'blocks') {
      for (const block of table.blocks) {
        const c = block.continuity;
        if (!c || block.scalar) continue;
        for (const row of block.rows) {
          const at = (root: unknown, column: string) => num(root, [table.key, row.key, column]);
          const stock = at(current, c.stock);
          const previousStock = at(previous, c.stock);
          const added = at(current, c.added);
          const removed = at(current, c.removed);
          if (stock === undefined || previousStock === undefined || added === undefined || removed === undefined)
            continue;
          const expected = previousStock + added - removed;
          if (expected !== stock) {
            drafts.push({
              code: c.code as 'T2_INFORCE_CONTINUITY',
              path: [table.key, row.key, c.stock],
              expected,
              actual: stock,
              params: { previous: previousStock, issued: added, repealed: removed },
            });
          }
        }
      }
    }
  }
  return drafts;
}
