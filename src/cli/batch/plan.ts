/**
 * Where a batch will write, decided before it writes anything: every output of every report, and
 * the two summary files. Two of them on one path, or one on an input, would lose a file, so the
 * batch refuses to start and lists them all.
 */
import { join, relative } from 'node:path';
import { UsageError } from '../command.js';
import type { OutputFormat } from '../formats.js';
import { cliText } from '../messages/index.js';
import { terminalSafe } from '../output.js';
import { outputsThatAreInputs, sameFileLine } from '../same-file.js';
import type { BatchInput } from './inputs.js';

/** One file a batch writes for a report. */
export interface PlannedOutput {
  readonly format: OutputFormat;
  /** Absolute path. */
  readonly path: string;
}

/** The names of the summary files a batch writes into its output folder (the roster's only with `--roster`). */
export const SUMMARY_FILES = {
  json: 'zfxxgk-summary.json',
  csv: 'zfxxgk-summary.csv',
  html: 'zfxxgk-summary.html',
  rosterJson: 'zfxxgk-roster.json',
  rosterCsv: 'zfxxgk-roster.csv',
} as const;

/**
 * The outputs of each report, in the order of `inputs`.
 * @example planOutputs(inputs, [formatNamed('pdf')], '/out')[0] // [{ format, path: '/out/a.pdf' }]
 */
export function planOutputs(
  inputs: readonly BatchInput[],
  formats: readonly OutputFormat[],
  outDir: string,
): PlannedOutput[][] {
  return inputs.map((input) => formats.map((format) => ({ format, path: join(outDir, input.stem + format.suffix) })));
}

/**
 * Throws a UsageError (exit 2, OUTPUT_COLLISION) listing every output path that two reports (or
 * two formats, or a summary file) would write, and every output that is an input. Checked before
 * anything is written.
 * @param inputs the reports
 * @param plan their outputs, from {@link planOutputs}
 * @param outDir the output folder (for the summary files)
 * @param cwd what paths are shown relative to
 * @param summaryFiles the names of the summary files written into `outDir` (batch's by default)
 */
export async function refuseCollisions(
  inputs: readonly BatchInput[],
  plan: readonly (readonly {
    readonly path: string;
    readonly format: { readonly label: string; readonly name?: string };
  }[])[],
  outDir: string,
  cwd: string,
  summaryFiles: Readonly<Record<string, string>> = SUMMARY_FILES,
): Promise<void> {
  const shown = (path: string) => terminalSafe(relative(cwd, path) || path);
  const writers = new Map<string, string[]>();
  const claim = (path: string, by: string) => writers.set(path, [...(writers.get(path) ?? []), by]);
  inputs.forEach((input, i) => {
    for (const output of plan[i]!)
      claim(output.path, `${terminalSafe(input.shown)} (${output.format.name ?? output.format.label})`);
  });
  for (const name of Object.values(summaryFiles)) claim(join(outDir, name), 'zfxxgk');

  const lines: string[] = [];
  for (const [path, by] of writers) if (by.length > 1) lines.push(`  ${shown(path)} ← ${by.join(', ')}`);
  const outputs = [...writers.keys()].map((path) => ({ shown: path, path }));
  const clashes = await outputsThatAreInputs(
    outputs,
    inputs.map((input) => ({ shown: input.shown, path: input.path })),
  );
  for (const { output, input } of clashes) lines.push(sameFileLine(shown(output.path), terminalSafe(input.shown)));
  if (lines.length === 0) return;
  throw new UsageError(cliText('collisions', { lines }), 'OUTPUT_COLLISION');
}
