/**
 * The record `zfxxgk import` keeps of each file when it imports many: whether the import is
 * complete, complete with cells the page settles (or the user assumed), or incomplete with how many
 * cells are unread; written as JSON and CSV into the output folder, and printed.
 */
import { join } from 'node:path';
import type { ImportKind } from '../../import/report.js';
import { csvCell } from '../batch/summary.js';
import type { ExcludedInput } from '../batch/inputs.js';
import { writeAtomic } from '../io.js';
import { say, type CliKey, type Lang } from '../messages/index.js';

/** The names of the summary files written into the output folder. */
export const IMPORT_SUMMARY_FILES = { json: 'zfxxgk-import-summary.json', csv: 'zfxxgk-import-summary.csv' } as const;

/** What became of one file. */
export type ImportStatus =
  /** Every cell and section read as printed. */
  | 'complete'
  /** Complete, with cells the page settles without printing them (or that an assumption filled). */
  | 'complete-inferred'
  /** Some cells or parts could not be read: `cells.unread` says how many cells. */
  | 'incomplete'
  /** Not a report, not readable, or not written: `reason` says why. */
  | 'failed'
  /** Its output existed already and was left as it was (rerun with `--force`). */
  | 'kept'
  /** The run was interrupted before this file. */
  | 'interrupted';

/** Every status, in the order the totals list them. */
export const IMPORT_STATUSES: readonly ImportStatus[] = [
  'complete',
  'complete-inferred',
  'incomplete',
  'failed',
  'kept',
  'interrupted',
];

/** One file of the run. */
export interface ImportRecord {
  /** As the user would name it. */
  readonly file: string;
  /** The JSON written (or kept), relative to the working folder. */
  output?: string;
  kind?: ImportKind;
  /** The edition of the tables as printed (`2021`, `2019`). */
  edition?: string;
  agency?: string;
  year?: number;
  status: ImportStatus;
  /** Table cells: read as printed, inferred from the page, filled by an assumption, unread. */
  cells?: { read: number; inferred: number; assumed: number; unread: number };
  /** The issues validation found in the report read. */
  counts?: { error: number; warning: number; info: number };
  /** Why it failed. */
  reason?: string;
}

/** The whole run. */
export interface ImportSummary {
  readonly startedAt: string;
  readonly seconds: number;
  readonly interrupted: boolean;
  readonly totals: Readonly<Record<ImportStatus, number>>;
  /** The assumptions chosen for every file (`--assume`), by code. */
  readonly assume: readonly string[];
  /** Files in the folders searched that were left out (links out of the folder, pipes, devices). */
  readonly excluded?: readonly ExcludedInput[];
  readonly files: readonly ImportRecord[];
}

const CSV_COLUMNS = [
  'file',
  'output',
  'kind',
  'edition',
  'agency',
  'year',
  'status',
  'read',
  'inferred',
  'assumed',
  'unread',
  'errors',
  'warnings',
  'reason',
] as const;

/** The summary as CSV: a header row, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right. */
export function importSummaryCsv(summary: ImportSummary): string {
  const rows = summary.files.map((r) =>
    [
      r.file,
      r.output,
      r.kind,
      r.edition,
      r.agency,
      r.year,
      r.status,
      r.cells?.read,
      r.cells?.inferred,
      r.cells?.assumed,
      r.cells?.unread,
      r.counts?.error,
      r.counts?.warning,
      r.reason,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Writes the JSON and CSV summary into the output folder, atomically; returns their paths. */
export async function writeImportSummary(
  outDir: string,
  summary: ImportSummary,
): Promise<{ json: string; csv: string }> {
  const json = join(outDir, IMPORT_SUMMARY_FILES.json);
  const csv = join(outDir, IMPORT_SUMMARY_FILES.csv);
  await writeAtomic(json, `${JSON.stringify(summary, null, 2)}\n`);
  await writeAtomic(csv, importSummaryCsv(summary));
  return { json, csv };
}

/** How a status reads in `lang`, with the figures of its file. */
export function statusText(r: ImportRecord, lang: Lang = 'zh'): string {
  switch (r.status) {
    case 'complete':
      return say(lang, 'statusComplete');
    case 'complete-inferred':
      return say(lang, 'statusInferred', { inferred: r.cells?.inferred ?? 0, assumed: r.cells?.assumed ?? 0 });
    case 'incomplete':
      return say(lang, 'statusIncomplete', { unread: r.cells?.unread ?? 0 });
    case 'failed':
      return say(lang, 'statusFailed', { reason: r.reason ?? '' });
    case 'kept':
      return say(lang, 'statusKept');
    case 'interrupted':
      return say(lang, 'statusInterrupted');
  }
}

/** The message naming each status in the totals line. */
export const STATUS_KEY = {
  complete: 'totalComplete',
  'complete-inferred': 'totalInferred',
  incomplete: 'totalIncomplete',
  failed: 'totalFailed',
  kept: 'totalKept',
  interrupted: 'totalInterrupted',
} as const satisfies Readonly<Record<ImportStatus, CliKey>>;
