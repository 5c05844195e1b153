/**
 * `batch --roster`: the roster and roll-up checks over the batch's reports, kept in the summary
 * and written to their own files (zfxxgk-roster.json, zfxxgk-roster.csv) with reports named by
 * their files.
 */
import { join } from 'node:path';
import { checkRollup, type RollupResult } from '../../platform/rollup.js';
import { checkRoster } from '../../platform/roster-check.js';
import type { Issue } from '../../issues/issue.js';
import type { RosterUnit } from '../../platform/roster.js';
import { writeAtomic } from '../io.js';
import { SUMMARY_FILES } from './plan.js';
import { csvCell } from './summary.js';

/** A report of the batch, named by its file. */
export interface BatchReportRef {
  readonly file: string;
  readonly agency: string;
  readonly year?: number;
}

/** What the roster and roll-up checks found in a batch: the `roster` of the summary. */
export interface BatchRoster {
  /** The roster file, as given. */
  readonly file: string;
  readonly year: number;
  readonly units: number;
  readonly missing: readonly { readonly unit: string; readonly kind?: string; readonly parent?: string }[];
  readonly extra: readonly BatchReportRef[];
  readonly duplicates: readonly { readonly unit: string; readonly files: readonly string[] }[];
  /** Matches that are not the same text: the report's agency, what it matched, the unit, the rules. */
  readonly matches: readonly {
    readonly file: string;
    readonly agency: string;
    readonly unit: string;
    readonly via: 'alias' | 'normalised';
    readonly matched: string;
    readonly rules: readonly string[];
  }[];
  /** Reports of other years: not checked against the roster. */
  readonly otherYears: readonly BatchReportRef[];
  /** Each roll-up's comparison, its report named by its file instead of its place in the list. */
  readonly rollups: readonly (Omit<RollupResult, 'report'> & { readonly file: string })[];
  readonly issues: readonly Issue[];
}

/** A report the batch read: its file, its header, and the report when it is valid. */
export interface BatchRead {
  readonly file: string;
  readonly agency?: string;
  readonly year?: number;
  readonly report?: unknown;
}

/**
 * Runs the roster and roll-up checks over the reports of a batch. Reports whose agency or year
 * could not be read are not matched (their errors are in the summary already).
 */
export function batchRoster(
  rosterFile: string,
  units: readonly RosterUnit[],
  read: readonly BatchRead[],
  options: { readonly year?: number; readonly lang?: 'zh' | 'en' },
): BatchRoster {
  const reports = read.flatMap((r) =>
    typeof r.agency === 'string' && typeof r.year === 'number'
      ? [{ file: r.file, agency: r.agency, year: r.year, ...(r.report !== undefined ? { report: r.report } : {}) }]
      : [],
  );
  const roster = checkRoster(reports, units, options);
  const rollup = checkRollup(reports, units, roster, options);
  const ref = (i: number): BatchReportRef => ({
    file: reports[i]!.file,
    agency: reports[i]!.agency,
    year: reports[i]!.year,
  });
  return {
    file: rosterFile,
    year: roster.year,
    units: units.length,
    missing: roster.missing.map((u) => ({
      unit: u.name,
      ...(u.kind ? { kind: u.kind } : {}),
      ...(u.parent ? { parent: u.parent } : {}),
    })),
    extra: roster.extra.map(ref),
    duplicates: roster.duplicates.map((d) => ({ unit: d.unit, files: d.reports.map((i) => reports[i]!.file) })),
    matches: roster.matches.map((m) => ({
      file: reports[m.report]!.file,
      agency: m.agency,
      unit: m.unit,
      via: m.via,
      matched: m.matched,
      rules: m.rules,
    })),
    otherYears: roster.otherYears.map(ref),
    rollups: rollup.rollups.map(({ report, ...r }) => ({ ...r, file: reports[report]!.file })),
    issues: [...roster.issues, ...rollup.issues],
  };
}

const CSV_COLUMNS = ['finding', 'unit', 'agency', 'file', 'matched', 'detail'] as const;

/**
 * The roster findings as CSV, one row each: `missing`, `extra`, `duplicate` (one row per file),
 * `matched` (how), `otherYear`, `rollupMismatch` (the cell, declared and sum), `rollupPartial`.
 */
export function rosterCsv(roster: BatchRoster): string {
  const rows: unknown[][] = [
    ...roster.missing.map((m) => ['missing', m.unit, '', '', '', m.parent ? `parent: ${m.parent}` : '']),
    ...roster.extra.map((e) => ['extra', '', e.agency, e.file, '', '']),
    ...roster.duplicates.flatMap((d) => d.files.map((f) => ['duplicate', d.unit, '', f, '', ''])),
    ...roster.matches.map((m) => ['matched', m.unit, m.agency, m.file, m.matched, `${m.via}: ${m.rules.join(' ')}`]),
    ...roster.otherYears.map((o) => ['otherYear', '', o.agency, o.file, '', `year: ${o.year}`]),
    ...roster.rollups.flatMap((r) => [
      ...r.cells.map((c) => [
        'rollupMismatch',
        r.unit,
        '',
        r.file,
        '',
        `${c.label}: declared ${c.declared}, sum ${c.sum} over ${r.counted.length} units`,
      ]),
      ...(r.missing.length || r.invalid.length
        ? [
            [
              'rollupPartial',
              r.unit,
              '',
              r.file,
              '',
              `missing: ${r.missing.join(' ')}; invalid: ${r.invalid.join(' ')}`,
            ],
          ]
        : []),
    ]),
  ];
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

/** Writes zfxxgk-roster.json and zfxxgk-roster.csv into the output folder, atomically. */
export async function writeRoster(outDir: string, roster: BatchRoster): Promise<{ json: string; csv: string }> {
  const json = join(outDir, SUMMARY_FILES.rosterJson);
  const csv = join(outDir, SUMMARY_FILES.rosterCsv);
  await writeAtomic(json, `${JSON.stringify(roster, null, 2)}\n`);
  await writeAtomic(csv, rosterCsv(roster));
  return { json, csv };
}
