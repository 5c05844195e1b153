/**
 * The report files `validate` and `aggregate` read, from their arguments: a folder or a glob is
 * expanded as `batch` expands it (src/cli/batch/inputs.ts); `-` (standard input) and a plain file
 * name are kept as given, so a file that cannot be read is reported with the others.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { expandInputs, type ExcludedInput } from './batch/inputs.js';
import { UsageError } from './command.js';
import { cliText } from './messages/index.js';

/** The files named or found, and what the folders searched left out (with why). */
export interface ReportArgs {
  readonly files: string[];
  readonly excluded: ExcludedInput[];
}

const isGlob = (arg: string) => /[*?]/.test(arg);

/**
 * Expands folders and globs among `args`.
 * @param args the command's file arguments
 * @param cwd what relative names are resolved against
 * @param skip a path never taken from a folder or glob (the output being written)
 * @returns the files in order: each folder's or glob's matches sorted, at the place of the argument
 * @example expandReportArgs(['reports/', '-', 'a.json'], cwd) // { files: ['reports/a.json', 'reports/b.json', '-', 'a.json'], excluded: [] }
 */
export function expandReportArgs(args: readonly string[], cwd: string, skip?: string): ReportArgs {
  const files: string[] = [];
  const excluded: ExcludedInput[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const folder = arg !== '-' && !isGlob(arg) && existsSync(abs) && statSync(abs).isDirectory();
    if (!folder && (arg === '-' || !isGlob(arg))) {
      files.push(arg);
      continue;
    }
    const found = expandInputs([arg], cwd, { outDir: skip === undefined ? '' : resolve(cwd, skip) });
    // Named as the user named the folder: absolute when it was given absolute.
    for (const input of found.inputs) files.push(isAbsolute(arg) ? input.path : input.shown);
    excluded.push(...found.excluded);
  }
  return { files, excluded };
}

/**
 * Throws a UsageError (exit 2, STDIN_TWICE) when `-` is named more than once: standard input can be
 * read once, and a second `-` would read nothing.
 * @param names every file a command will read (its reports, `--previous`, `--from`)
 * @example refuseStdinTwice(['-', 'a.json', '-']) // throws
 */
export function refuseStdinTwice(names: readonly string[]): void {
  if (names.filter((n) => n === '-').length > 1) throw new UsageError(cliText('stdinTwice'), 'STDIN_TWICE');
}
