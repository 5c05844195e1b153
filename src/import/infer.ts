/**
 * Fills the cells a page settles without printing them, after every table was read: the 规章 row
 * that an agency without the power to make 规章 leaves out, and the one missing cell of an equation
 * whose other cells are known. (A merged 0 and a single-row 0 are settled while reading, where the
 * printed cell is at hand.) Only missing cells are filled: a cell read is never changed, so a wrong
 * published table still imports as published and validation names its wrong cells.
 */
import type { CellInfo, CompiledEdition, Relation } from '../format/compile.js';
import { inferAgencyKind } from '../model/agency-kind.js';
import { applyAssumptions } from './assumptions.js';
import type { NoteDraft } from './notes.js';
import type { Assumption, CellSource, Inference } from './report.js';
import type { TablesRead } from './tables.js';

/** The format's hint on the row of 规章 (the row county-level and lower agencies cannot fill). */
const REGULATIONS_HINT = 'REGULATIONS_LOCAL';

/**
 * A place below the State Council in an agency's name. The departments of the State Council (教育部,
 * 海关总署) may make 部门规章; their names carry no such place, so without one the row stays unread.
 */
const LOCAL_PLACE = /[省市县区州盟旗乡镇]|街道|自治/;

/**
 * Adds to what the tables gave the cells the page settles.
 * @param tables what the tables gave
 * @param edition the compiled edition, for its cells and equations
 * @param agency the agency as read, to tell whether it can make 规章
 * @param assume the assumptions the caller chose for what the page does not settle; applied after
 *   the page's own rules and before the equations, which may then use the cells they filled
 * @returns the same, with the settled cells moved from `failed` (or from absent) to `found`
 * @example inferCells(readTables(items, labels, edition), edition, '某市教育局').found
 */
export function inferCells(
  tables: TablesRead,
  edition: CompiledEdition,
  agency: string | undefined,
  assume: ReadonlySet<Assumption> = new Set(),
): TablesRead {
  const found = new Map(tables.found);
  const failed = new Map(tables.failed);
  const notes: NoteDraft[] = [...tables.notes];
  const fill = (cell: CellInfo, value: number, inferred: Inference) => {
    found.set(cell.pathKey, { path: cell.path, label: cell.label, value, raw: '', where: {}, inferred });
    failed.delete(cell.pathKey);
  };

  let regulations = absentRegulations(edition, found, failed);
  if (regulations.length > 0 && agency !== undefined) {
    const kind = inferAgencyKind(agency);
    if (kind !== 'government' && LOCAL_PLACE.test(agency)) {
      for (const cell of regulations) fill(cell, 0, { rule: 'NO_REGULATIONS_ROW', from: [] });
      notes.push({
        code: 'NO_REGULATIONS_ROW',
        params: { row: regulations[0]!.path.slice(0, -1).join('.'), agency, kind, cells: regulations.length },
      });
      regulations = [];
    }
  }
  if (assume.size > 0) applyAssumptions({ found, failed, notes }, edition, assume, regulations);

  // A cell printed as something that is not a number is left for a person to read: the page says something else.
  const fillable = (cell: CellInfo) => !found.has(cell.pathKey) && failed.get(cell.pathKey)?.code !== 'NOT_A_NUMBER';
  let progress = true;
  while (progress) {
    progress = false;
    for (const relation of edition.relations) {
      const solved = solve(relation, edition, found, fillable);
      if (!solved) continue;
      fill(solved.cell, solved.value, { rule: 'EQUATION', from: solved.from });
      progress = true;
    }
  }
  return { ...tables, found, failed, notes };
}

/** The cells of the 规章 row when table 二 was read but the row was not there at all. */
function absentRegulations(
  edition: CompiledEdition,
  found: ReadonlyMap<string, CellSource>,
  failed: ReadonlyMap<string, unknown>,
): CellInfo[] {
  const row = edition.cells.filter((c) => c.blockRow?.hints?.includes(REGULATIONS_HINT));
  const table = row[0]?.table.key;
  if (!table || ![...found.values()].some((c) => c.path[0] === table)) return [];
  return row.every((c) => !found.has(c.pathKey) && !failed.has(c.pathKey)) ? row : [];
}

/** The one missing cell of an equation whose other cells are known, with its value, if it is a possible one. */
function solve(
  relation: Relation,
  edition: CompiledEdition,
  found: ReadonlyMap<string, CellSource>,
  fillable: (cell: CellInfo) => boolean,
): { cell: CellInfo; value: number; from: (readonly string[])[] } | undefined {
  let missing: { cell: CellInfo; coef: number } | undefined;
  let rest = 0;
  const from: (readonly string[])[] = [];
  for (let i = 0; i < relation.terms.length; i++) {
    const cell = edition.cells[relation.terms[i]!]!;
    const known = found.get(cell.pathKey);
    if (known) {
      if (!Number.isInteger(known.value)) return undefined;
      rest += relation.coefs[i]! * known.value;
      from.push(cell.path);
    } else if (missing || !fillable(cell)) return undefined;
    else missing = { cell, coef: relation.coefs[i]! };
  }
  if (!missing) return undefined;
  const value = -rest / missing.coef;
  // Published figures that do not add up can give an impossible value: then the cell stays unread.
  const possible = Number.isSafeInteger(value) && (missing.cell.value === 'signedCount' || value >= 0);
  return possible ? { cell: missing.cell, value: value === 0 ? 0 : value, from } : undefined;
}
