/** The record a batch keeps of every report, written as JSON and CSV beside its outputs. */
import { join } from 'node:path';
import type { CopyPair } from '../../copies/types.js';
import type { Issue } from '../../issues/issue.js';
import type { OutputDigest } from './digests.js';
import type { ExcludedInput } from './inputs.js';
import { SUMMARY_FILES } from './plan.js';
import { writeAtomic } from '../io.js';
import type { BatchRoster } from './roster-output.js';
import { summaryHtml, type SummaryPageExtras } from './summary-html.js';

/** What happened to one report. */
export type BatchStatus =
  /** Valid and rendered. */
  | 'rendered'
  /** Every output was newer than the report: left as it was (rerun with --force). */
  | 'skipped'
  /** The report has errors: its issues listed, and not rendered (with `--draft`, rendered as drafts). */
  | 'invalid'
  /** It could not be read, or rendering failed. */
  | 'failed'
  /** The run was interrupted before this report was finished. */
  | 'interrupted';

export interface BatchRecord {
  readonly file: string;
  agency?: string;
  year?: number;
  status: BatchStatus;
  counts: { error: number; warning: number; info: number };
  outputs: string[];
  /** Each output's SHA-256 and content key, in the order of `outputs`. */
  digests: OutputDigest[];
  /** Most attempts any output of the report took: 2 when a browser died and the render was retried; 1 otherwise, whatever the format. */
  attempts?: number;
  /** `attempts > 1`. */
  retried?: boolean;
  /** Pages, from the first output laid out in pages (PDF); absent for formats without pages. */
  pages?: number;
  /** Why it failed, or what was interrupted. */
  reason?: string;
  issues?: readonly Issue[];
  /** Text copied from other agencies' reports, tables repeated from the agency's year before (counted in `counts`). */
  copies?: readonly Issue[];
}

export interface BatchSummary {
  readonly startedAt: string;
  readonly seconds: number;
  readonly interrupted: boolean;
  /** With `--shard`: which shard this is, of how many, and how many reports the whole list has. */
  readonly shard?: { readonly index: number; readonly total: number; readonly listed: number };
  readonly totals: Readonly<Record<BatchStatus, number>>;
  /** Files in the folders searched that were left out (links out of the folder, pipes, devices). */
  readonly excluded?: readonly ExcludedInput[];
  readonly browser?: { readonly launches: number; readonly restarts: number; readonly retries: number };
  readonly reports: readonly BatchRecord[];
  /** With `--roster`: the units with no report, reports not on the roster, duplicates, matches and roll-ups. */
  readonly roster?: BatchRoster;
  /** Pairs of reports sharing paragraphs (`index` into `reports`), and how boilerplate was decided; absent with --no-copies. */
  readonly copies?: {
    readonly pairs: readonly CopyPair[];
    readonly boilerplate: { readonly agencies: number; readonly threshold: number; readonly commonShingles: number };
  };
}

const CSV_COLUMNS = [
  'file',
  'agency',
  'year',
  'status',
  'errors',
  'warnings',
  'infos',
  'outputs',
  'attempts',
  'retried',
  'pages',
  'reason',
  'sha256',
  'keys',
] as const;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return: an agency named `=HYPERLINK(…)`) gets a leading `'`, as OWASP's CSV
 * injection advice says, so it shows as the text it is. Numbers and booleans are ours and stay as
 * they are.
 */
export function csvCell(value: unknown): string {
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row; UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right. */
export function summaryCsv(summary: BatchSummary): string {
  const rows = summary.reports.map((r) =>
    [
      r.file,
      r.agency,
      r.year,
      r.status,
      r.counts.error,
      r.counts.warning,
      r.counts.info,
      r.outputs.join(';'),
      r.attempts,
      r.retried,
      r.pages,
      r.reason,
      r.digests.map((d) => d.sha256).join(';'),
      r.digests.map((d) => d.key).join(';'),
    ]
      .map(csvCell)
      .join(','),
  );
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * Writes `zfxxgk-summary.json`, `.csv` and `.html` (or the names given: a shard's) into the output
 * folder, atomically.
 */
export async function writeSummary(
  outDir: string,
  summary: BatchSummary,
  extras: SummaryPageExtras = {},
  names: { readonly json: string; readonly csv: string; readonly html: string } = SUMMARY_FILES,
): Promise<{ json: string; csv: string; html: string }> {
  const json = join(outDir, names.json);
  const csv = join(outDir, names.csv);
  const html = join(outDir, names.html);
  await writeAtomic(json, `${JSON.stringify(summary, null, 2)}\n`);
  await writeAtomic(csv, summaryCsv(summary));
  await writeAtomic(html, summaryHtml(summary, extras));
  return { json, csv, html };
}
