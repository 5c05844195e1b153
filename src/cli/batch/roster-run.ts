/**
 * What `batch --roster` does around the checks: reads the roster before anything is rendered
 * (a mistake in it stops the batch with every wrong line), keeps only the tables of each report
 * (all the roll-up needs: a batch of 5,000 reports does not hold 5,000 narratives), and says what
 * the checks found on the terminal.
 */
import { compileEdition } from '../../format/compile.js';
import { CURRENT_EDITION, getEdition } from '../../format/editions.js';
import { readRosterCsv, type RosterUnit } from '../../platform/roster.js';
import { UsageError, type CommandIO } from '../command.js';
import { DEFAULT_MAX_INPUT_BYTES, readInput } from '../io.js';
import { cliText, say, type Lang } from '../messages/index.js';
import { issueLines, terminalSafe } from '../output.js';
import type { BatchRoster } from './roster-output.js';

/** The roster of a batch, read. */
export interface OpenRoster {
  readonly file: string;
  readonly units: readonly RosterUnit[];
  readonly year?: number;
}

/**
 * Reads and checks the roster file, and the year to check it for.
 * @throws UsageError (exit 2) naming every wrong line of the roster, or a bad `--year`
 */
export async function openRoster(
  file: string,
  encoding: string | undefined,
  yearText: string | undefined,
  io: Pick<CommandIO, 'stdin' | 'cwd' | 'lang'>,
): Promise<OpenRoster> {
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2008 && year <= 2100))
    throw new UsageError(cliText('rosterYear'));
  const { bytes } = await readInput(file, io, DEFAULT_MAX_INPUT_BYTES);
  const read = readRosterCsv(bytes, { lang: io.lang ?? 'zh', ...(encoding ? { encoding } : {}) });
  if (!read.ok)
    throw new UsageError(
      cliText('rosterInvalid', {
        file: terminalSafe(file),
        lines: read.issues.map((i) => `  ${terminalSafe(i.message)}  [${i.code}]`),
      }),
      'ROSTER_INVALID',
    );
  if (read.units.length === 0) throw new UsageError(cliText('rosterEmpty', { file: terminalSafe(file) }));
  return { file, units: read.units, ...(year !== undefined ? { year } : {}) };
}

/** The tables of a valid report (and its `format`), or nothing. */
export function tablesOf(report: unknown): unknown {
  if (report === null || typeof report !== 'object') return undefined;
  const source = report as Record<string, unknown>;
  const edition = compileEdition(getEdition(source.format) ?? CURRENT_EDITION);
  const keys = new Set(['format', ...edition.cells.map((c) => c.path[0]!)]);
  return Object.fromEntries(Object.entries(source).filter(([key]) => keys.has(key)));
}

/** The terminal lines of what the roster and roll-up checks found, in `lang`. */
export function rosterText(
  roster: BatchRoster,
  stream: { isTTY?: boolean },
  env: Parameters<typeof issueLines>[2],
  lang: Lang = 'zh',
): string {
  const head = say(lang, 'rosterHead', {
    year: roster.year,
    units: roster.units,
    missing: roster.missing.length,
    extra: roster.extra.length,
    duplicates: roster.duplicates.length,
    matches: roster.matches.length,
    rollups: roster.rollups.length,
    cells: roster.rollups.reduce((n, r) => n + r.cells.length, 0),
  });
  return [head, ...issueLines(roster.issues, stream, env, lang)].map((l) => `${l}\n`).join('');
}
