/**
 * `zfxxgk import <folder|glob…> -o <folder>`: imports many published reports, one after another,
 * into one JSON each. Inputs are found and outputs planned as `batch` does (src/cli/batch), so two
 * inputs never write one output and no output is an input; an output that exists already is kept
 * unless `--force`; every write is atomic; a summary says of each file whether it is complete.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { countIssues } from '../../issues/issue.js';
import { validate } from '../../validate.js';
import { expandInputs, excludedText, type BatchInput } from '../batch/inputs.js';
import { refuseCollisions } from '../batch/plan.js';
import { createProgress } from '../batch/progress.js';
import { EXIT, type CommandIO, type ExitCode } from '../command.js';
import { readInput, writeAtomic } from '../io.js';
import { say } from '../messages/index.js';
import { envelope, painter, printJson, terminalSafe } from '../output.js';
import { messageOf } from '../user-errors.js';
import type { ImportChoices } from './options.js';
import {
  IMPORT_STATUSES,
  IMPORT_SUMMARY_FILES,
  STATUS_KEY,
  statusText,
  writeImportSummary,
  type ImportRecord,
  type ImportStatus,
  type ImportSummary,
} from './summary.js';

/** The endings of the files a folder or glob gives to import. */
export const IMPORT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.shtml',
  '.xhtml',
  '.docx',
  '.pdf',
]);

/** How to run. */
export interface ManyOptions {
  readonly maxBytes: number;
  /** Overwrite outputs that exist. */
  readonly force: boolean;
  readonly followSymlinks: boolean;
  readonly json: boolean;
}

/**
 * Imports every file the arguments name into `out`.
 * @returns 0 when every file imported complete; 1 when one is incomplete or failed; 130 when interrupted
 */
export async function importMany(
  args: readonly string[],
  out: string,
  choices: ImportChoices,
  io: CommandIO,
  options: ManyOptions,
): Promise<ExitCode> {
  const outDir = resolve(io.cwd, out);
  const { inputs, excluded } = expandInputs(args, io.cwd, {
    outDir,
    followSymlinks: options.followSymlinks,
    extensions: IMPORT_EXTENSIONS,
  });
  const plan = inputs.map((input) => [{ path: join(outDir, `${input.stem}.json`), format: { label: 'JSON' } }]);
  await refuseCollisions(inputs, plan, outDir, io.cwd, IMPORT_SUMMARY_FILES);
  const lang = io.lang ?? 'zh';
  for (const e of excluded) io.stderr.write(`${say(lang, 'skipped', { what: excludedText(e, lang) })}\n`);
  // Loaded once for the run, and only now (pdfjs with it).
  const { importReport } = await import('../../import/index.js');

  const started = Date.now();
  const records: ImportRecord[] = inputs.map((i) => ({ file: i.shown, status: 'interrupted' }));
  const progress = createProgress(io.stderr, io.env, io.quiet);
  const tally: Record<string, number> = {};
  const importOne = async (input: BatchInput, path: string, record: ImportRecord): Promise<void> => {
    record.output = relative(io.cwd, path);
    if (!options.force && existsSync(path)) {
      record.status = 'kept';
      return;
    }
    const { bytes } = await readInput(input.path, io, options.maxBytes);
    const result = await importReport(bytes, { ...choices, fileName: input.path });
    record.kind = result.kind;
    record.edition = result.edition;
    const head = result.report as { agency?: unknown; year?: unknown };
    if (typeof head.agency === 'string') record.agency = head.agency;
    if (typeof head.year === 'number') record.year = head.year;
    const inferred = result.cells.filter((c) => c.inferred).length;
    const assumed = result.cells.filter((c) => c.assumed).length;
    record.cells = {
      read: result.cells.length - inferred - assumed,
      inferred,
      assumed,
      unread: result.unread.length,
    };
    const errors = result.notes.filter((n) => n.severity === 'error');
    if (errors.length > 0) {
      delete record.output;
      record.status = 'failed';
      record.reason = errors.map((n) => n.message).join(lang === 'zh' ? '；' : '; ');
      return;
    }
    record.counts = countIssues(validate(result.report, { lang: choices.lang }).issues);
    await writeAtomic(path, `${JSON.stringify(result.report, null, 2)}\n`);
    record.status = !result.complete ? 'incomplete' : inferred + assumed > 0 ? 'complete-inferred' : 'complete';
  };

  let done = 0;
  for (let i = 0; i < inputs.length && !io.signal.aborted; i++) {
    const record = records[i]!;
    try {
      await importOne(inputs[i]!, plan[i]![0]!.path, record);
    } catch (error) {
      // A file that cannot be read or written (too large, gone, a missing PDF reader) fails alone.
      delete record.output;
      record.status = 'failed';
      record.reason = messageOf(error, lang);
    }
    done++;
    tally[record.status] = (tally[record.status] ?? 0) + 1;
    progress.update(
      { done, total: inputs.length, file: record.file, status: record.status, detail: statusText(record, lang) },
      {
        rendered: (tally['complete'] ?? 0) + (tally['complete-inferred'] ?? 0),
        invalid: tally['incomplete'] ?? 0,
        failed: tally['failed'] ?? 0,
        skipped: tally['kept'] ?? 0,
      },
    );
  }
  progress.finish();

  const totals = Object.fromEntries(
    IMPORT_STATUSES.map((s) => [s, records.filter((r) => r.status === s).length]),
  ) as Record<ImportStatus, number>;
  const summary: ImportSummary = {
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    interrupted: io.signal.aborted,
    totals,
    assume: choices.assume,
    ...(excluded.length > 0 ? { excluded } : {}),
    files: records,
  };
  const written = await writeImportSummary(outDir, summary);
  const files = { json: relative(io.cwd, written.json), csv: relative(io.cwd, written.csv) };
  const exit: ExitCode = io.signal.aborted
    ? EXIT.interrupted
    : totals.failed + totals.incomplete > 0
      ? EXIT.reportErrors
      : EXIT.ok;
  if (options.json) {
    printJson(io, envelope('import', exit, { ...summary, summaryFiles: files }));
    return exit;
  }
  const paint = painter(io.stdout, io.env);
  const colour = { complete: paint.green, 'complete-inferred': paint.green, incomplete: paint.red, failed: paint.red };
  for (const r of records) {
    const tint = colour[r.status as keyof typeof colour] ?? paint.dim;
    const arrow = r.output && r.status !== 'kept' ? ` → ${terminalSafe(r.output)}` : '';
    const colon = lang === 'zh' ? '：' : ': ';
    io.stdout.write(`${terminalSafe(r.file)}${arrow}${colon}${tint(terminalSafe(statusText(r, lang)))}\n`);
  }
  const counts = IMPORT_STATUSES.filter((s) => totals[s] > 0).map((s) => `${say(lang, STATUS_KEY[s])} ${totals[s]}`);
  const seconds = summary.seconds.toFixed(1);
  io.stdout.write(`${say(lang, 'importTotals', { files: records.length, counts, seconds })}\n`);
  io.stdout.write(`${say(lang, 'importSummary', { files: [terminalSafe(files.json), terminalSafe(files.csv)] })}\n`);
  return exit;
}
