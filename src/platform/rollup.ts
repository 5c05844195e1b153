/**
 * The roll-up check: a unit whose report covers its region or its system (`rollup` in the roster)
 * has each table cell compared with the sum of that cell over the reports of the units directly
 * under it (their `parent`). A unit under it that is itself a roll-up counts with its own report,
 * which already covers the units under it.
 *
 * Only plain counts (leaf cells) are compared. The sum's totals are derived from its leaves and a
 * valid report's totals agree with its own leaves, so a difference in a total is always the
 * difference of a leaf: comparing totals too would report one wrong figure three times.
 */
import { compileEdition } from '../format/compile.js';
import { CURRENT_EDITION, getEdition } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { finalizeIssue } from '../issues/finalize.js';
import type { Issue, IssueDraft } from '../issues/issue.js';
import type { Lang } from '../issues/message-kit.js';
import { aggregateTables } from '../model/aggregate.js';
import { readPath } from '../util/path.js';
import { nameKey } from './names.js';
import type { RosterReport, RosterCheck } from './roster-check.js';
import type { RollupScope, RosterUnit } from './roster.js';

/** A report of the batch as the roll-up reads it. */
export interface RollupReport extends RosterReport {
  /** The report, when it is valid. A report with errors is named as not counted, never summed. */
  readonly report?: unknown;
}

/** One cell of a roll-up report that differs from the sum over its units. */
export interface RollupCell {
  readonly path: readonly string[];
  /** `表三 （七）总计 · 自然人`. */
  readonly label: string;
  readonly declared: number;
  readonly sum: number;
}

/** The comparison of one roll-up report with its units. */
export interface RollupResult {
  readonly unit: string;
  readonly scope: RollupScope;
  /** Index of the roll-up report in the list given. */
  readonly report: number;
  /** The units whose reports were summed. */
  readonly counted: readonly string[];
  /** Units under it with no report for the year. */
  readonly missing: readonly string[];
  /** Units under it whose report has errors (not summed). */
  readonly invalid: readonly string[];
  /** The cells that differ; empty when every cell agrees. */
  readonly cells: readonly RollupCell[];
}

/** What the roll-up check found, and its issues (ROLLUP_MISMATCH, ROLLUP_PARTIAL). */
export interface RollupCheck {
  readonly rollups: readonly RollupResult[];
  readonly issues: readonly Issue[];
}

/**
 * Compares every roll-up report of the year with the sum over the reports of its units.
 * @param reports the batch's reports, each with the report object when it is valid
 * @param units the roster's units
 * @param roster what {@link checkRoster} found for the same reports and units
 * @param options the language of the messages
 * @returns one result per roll-up unit that has a valid report, and the issues
 * @example
 * const roster = checkRoster(reports, units, { year: 2023 });
 * const { issues } = checkRollup(reports, units, roster);
 */
export function checkRollup(
  reports: readonly RollupReport[],
  units: readonly RosterUnit[],
  roster: RosterCheck,
  options: { readonly lang?: Lang } = {},
): RollupCheck {
  const rollups: RollupResult[] = [];
  const drafts: { spec: EditionSpec; draft: IssueDraft }[] = [];
  // The units under each unit, by the key of its name: found once, not once per roll-up.
  const children = new Map<string, RosterUnit[]>();
  for (const u of units) {
    if (u.parent === undefined) continue;
    const key = nameKey(u.parent).key;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  for (const unit of units) {
    if (!unit.rollup) continue;
    const own = roster.byUnit[unit.name]?.[0];
    const declared = own === undefined ? undefined : reports[own]?.report;
    // Without a report, or with one that has errors, the unit is already listed; nothing to compare.
    if (own === undefined || declared === undefined) continue;
    const under = children.get(nameKey(unit.name).key) ?? [];
    // Cells are named by the labels of the roll-up report's own edition.
    const spec = getEdition((declared as { format?: unknown }).format) ?? CURRENT_EDITION;
    const counted: RosterUnit[] = [];
    const missing: string[] = [];
    const invalid: string[] = [];
    for (const u of under) {
      const index = roster.byUnit[u.name]?.[0];
      if (index === undefined) missing.push(u.name);
      else if (reports[index]?.report === undefined) invalid.push(u.name);
      else counted.push(u);
    }
    if (missing.length > 0 || invalid.length > 0)
      drafts.push({ spec, draft: { code: 'ROLLUP_PARTIAL', path: [], params: { unit: unit.name, missing, invalid } } });
    const cells =
      counted.length === 0
        ? []
        : differingCells(
            spec,
            declared,
            counted.map((u) => reports[roster.byUnit[u.name]![0]!]!.report),
          );
    const names = counted.map((u) => u.name);
    for (const cell of cells)
      drafts.push({
        spec,
        draft: {
          code: 'ROLLUP_MISMATCH',
          path: cell.path,
          params: { unit: unit.name, declared: cell.declared, sum: cell.sum, units: names },
        },
      });
    rollups.push({ unit: unit.name, scope: unit.rollup, report: own, counted: names, missing, invalid, cells });
  }
  const lang = options.lang ?? 'zh';
  return { rollups, issues: drafts.map(({ spec, draft }) => finalizeIssue(spec, draft, lang)) };
}

/** The leaf cells where the roll-up report differs from the sum of its units' reports. */
function differingCells(spec: EditionSpec, declared: unknown, parts: readonly unknown[]): RollupCell[] {
  const edition = compileEdition(spec);
  const sum = aggregateTables(spec, parts, { agency: '', year: 0 });
  const out: RollupCell[] = [];
  for (const cell of edition.cells) {
    if (cell.role !== 'leaf') continue;
    const a = readPath(declared, cell.path);
    const b = readPath(sum, cell.path);
    if (typeof a === 'number' && typeof b === 'number' && a !== b)
      out.push({ path: cell.path, label: cell.label, declared: a, sum: b });
  }
  return out;
}
