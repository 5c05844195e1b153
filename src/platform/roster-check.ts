/**
 * Checking a batch of reports against the roster: which units have no report for the year, which
 * reports come from units not on it, which units reported more than once. A report's agency
 * matches a unit by its name or an alias, as written or after {@link nameKey}; every match that is
 * not the same text is listed (ROSTER_NAME_MATCHED) with what it matched and by which rules.
 */
import { CURRENT_EDITION } from '../format/editions.js';
import type { NameMatchParams } from '../issues/codes-platform.js';
import { finalizeIssues } from '../issues/finalize.js';
import type { Issue, IssueDraft } from '../issues/issue.js';
import type { Lang } from '../issues/message-kit.js';
import { nameKey } from './names.js';
import type { RosterUnit } from './roster.js';

/** What the roster check reads of a report: a report object has these, a batch adds its file. */
export interface RosterReport {
  readonly agency: string;
  readonly year: number;
  readonly file?: string;
}

/** Options of {@link checkRoster}. */
export interface RosterOptions {
  /** The reporting year; by default the year most reports carry (the later one on a tie). */
  readonly year?: number;
  /** The language of the issues' messages (`zh` by default). */
  readonly lang?: Lang;
}

/** What the roster check found. Reports are named by their index in the list given. */
export interface RosterCheck {
  readonly year: number;
  /** Units with no report for the year, in roster order. */
  readonly missing: readonly RosterUnit[];
  /** Reports of the year from agencies not on the roster. */
  readonly extra: readonly number[];
  /** Units with more than one report for the year, and those reports. */
  readonly duplicates: readonly { readonly unit: string; readonly reports: readonly number[] }[];
  /** Matches that are not the same text, with what they matched. */
  readonly matches: readonly (NameMatchParams & { readonly report: number })[];
  /** Reports of other years, not checked. */
  readonly otherYears: readonly number[];
  /** The reports of each unit (by the roster's name) for the year. */
  readonly byUnit: Readonly<Record<string, readonly number[]>>;
  readonly issues: readonly Issue[];
}

/** A roster name or alias, by the key it is matched with. */
interface Entry {
  readonly unit: RosterUnit;
  readonly text: string;
  readonly alias: boolean;
  readonly rules: readonly string[];
}

/** The year most reports carry; on a tie the later one. */
function usualYear(reports: readonly RosterReport[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0];
}

/**
 * Checks the reports of a year against the roster.
 * @param reports the reports (report objects, or `{ agency, year, file }`)
 * @param units the roster's units (see `readRosterCsv`)
 * @param options the year, the language of the messages
 * @returns the missing units, extra reports, duplicates and non-exact matches, and the issues
 *   (ROSTER_MISSING, ROSTER_EXTRA, ROSTER_DUPLICATE warnings; ROSTER_NAME_MATCHED infos)
 * @example
 * const { missing } = checkRoster(reports, readRosterCsv(csv).units ?? [], { year: 2023 });
 */
export function checkRoster(
  reports: readonly RosterReport[],
  units: readonly RosterUnit[],
  options: RosterOptions = {},
): RosterCheck {
  const year = options.year ?? usualYear(reports) ?? new Date().getFullYear() - 1;
  const exact = new Map<string, Entry>();
  const normalised = new Map<string, Entry>();
  for (const unit of units) {
    for (const [text, alias] of [[unit.name, false] as const, ...unit.aliases.map((a) => [a, true] as const)]) {
      const { key, rules } = nameKey(text);
      const entry = { unit, text, alias, rules };
      if (!exact.has(text)) exact.set(text, entry);
      if (!normalised.has(key)) normalised.set(key, entry);
    }
  }

  const byUnit = new Map<RosterUnit, number[]>(units.map((u) => [u, []]));
  const extra: number[] = [];
  const otherYears: number[] = [];
  const matches: (NameMatchParams & { report: number })[] = [];
  reports.forEach((report, index) => {
    if (report.year !== year) return void otherYears.push(index);
    const file = report.file !== undefined ? { file: report.file } : {};
    const found = exact.get(report.agency);
    if (found && !found.alias) return void byUnit.get(found.unit)!.push(index);
    const { key, rules } = nameKey(report.agency);
    const entry = found ?? normalised.get(key);
    if (!entry) return void extra.push(index);
    byUnit.get(entry.unit)!.push(index);
    const used = found ? [] : [...new Set([...rules, ...entry.rules])];
    matches.push({
      report: index,
      unit: entry.unit.name,
      agency: report.agency,
      via: entry.alias ? 'alias' : 'normalised',
      matched: entry.text,
      rules: used,
      ...file,
    });
  });

  const missing = units.filter((u) => byUnit.get(u)!.length === 0);
  const duplicates = units
    .filter((u) => byUnit.get(u)!.length > 1)
    .map((u) => ({ unit: u.name, reports: byUnit.get(u)! }));
  const shown = (i: number) => reports[i]!.file ?? reports[i]!.agency;
  const drafts: IssueDraft[] = [
    ...missing.map(
      (u): IssueDraft => ({
        code: 'ROSTER_MISSING',
        path: [],
        params: { unit: u.name, year, ...(u.kind ? { kind: u.kind } : {}), ...(u.parent ? { parent: u.parent } : {}) },
      }),
    ),
    ...duplicates.map(
      (d): IssueDraft => ({
        code: 'ROSTER_DUPLICATE',
        path: [],
        params: { unit: d.unit, year, reports: d.reports.map(shown) },
      }),
    ),
    ...extra.map((i): IssueDraft => {
      const r = reports[i]!;
      return {
        code: 'ROSTER_EXTRA',
        path: [],
        params: { agency: r.agency, year, ...(r.file !== undefined ? { file: r.file } : {}) },
      };
    }),
    ...matches.map(({ report: _, ...params }): IssueDraft => ({ code: 'ROSTER_NAME_MATCHED', path: [], params })),
  ];
  return {
    year,
    missing,
    extra,
    duplicates,
    matches,
    otherYears,
    byUnit: Object.fromEntries(units.map((u) => [u.name, byUnit.get(u)!])),
    issues: finalizeIssues(CURRENT_EDITION, drafts, options.lang ?? 'zh'),
  };
}
