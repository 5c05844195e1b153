/**
 * `validate --fix -o fixed.json`: the report of one file with every derived total written in, and
 * the list of cells that were filled. Nothing is written when the report has errors: a wrong cell
 * cannot be fixed by arithmetic, only by the clerk.
 */
import { resolve } from 'node:path';
import { canonicalOrder } from '../model/canonical.js';
import { countIssues, type Issue } from '../issues/issue.js';
import { getEdition } from '../format/editions.js';
import { validate } from '../validate.js';
import { parseSource } from '../read/source.js';
import { EXIT, UsageError, type CommandIO, type ExitCode } from './command.js';
import { filledCells, type FilledCell } from './derived-cells.js';
import { readInput, writeAtomic, writeStdout } from './io.js';
import { countsText, envelope, issueLines, painter, printJson, terminalSafe } from './output.js';
import { refuseOutputsThatAreInputs } from './same-file.js';
import { cliText, say as words } from './messages/index.js';

/** What `validate --fix` was asked to do. */
export interface FixRequest {
  readonly file: string;
  /** Where to write the fixed report; `-` for standard output. */
  readonly output: string;
  readonly mode: 'strict' | 'lenient';
  readonly maxBytes: number;
  readonly previous?: unknown;
  readonly json?: boolean;
}

/**
 * Validates one report and, when it has no error, writes it with its derived totals to the
 * output (atomically, never over the input) and says which cells were filled.
 * @returns 0 when written, 1 when the report has errors (nothing written)
 */
export async function fixReport(request: FixRequest, io: CommandIO): Promise<ExitCode> {
  const { file, output } = request;
  if (output !== '-') await refuseOutputsThatAreInputs([output], [file], io.cwd);
  const input = await readInput(file, io, request.maxBytes);
  const result = validate(input.bytes, {
    mode: request.mode,
    lang: io.lang ?? 'zh',
    limits: { maxInputBytes: request.maxBytes },
    ...(request.previous === undefined ? {} : { previous: request.previous }),
  });
  // With -o - the report is the output: every message goes to standard error.
  const say = output === '-' ? io.stderr : io.stdout;
  if (!result.ok) {
    if (request.json) printJson(io, envelope('validate', EXIT.reportErrors, { file, issues: result.issues }));
    else printRefusal(file, result.issues, say, io);
    return EXIT.reportErrors;
  }
  const raw = parseSource(input.text);
  const filled = filledCells(raw.ok ? raw.value : undefined, result.report);
  const spec = getEdition(result.report.format);
  const body = `${JSON.stringify(spec ? canonicalOrder(spec, result.report) : result.report, null, 2)}\n`;
  if (output === '-') await writeStdout(io.stdout, body);
  else await writeAtomic(resolve(io.cwd, output), body);
  if (request.json) {
    printJson(io, envelope('validate', EXIT.ok, { file, written: output, filled, issues: result.issues }));
  } else if (!io.quiet) printFilled(file, output, filled, result.issues, say, io);
  return EXIT.ok;
}

function printRefusal(file: string, issues: readonly Issue[], say: CommandIO['stdout'], io: CommandIO): void {
  const paint = painter(say, io.env);
  const lang = io.lang ?? 'zh';
  const line = words(lang, 'fixRefused', {
    file: paint.bold(terminalSafe(file)),
    verdict: paint.red(words(lang, 'notPassed')),
    counts: countsText(countIssues(issues), lang),
  });
  say.write(`${line}\n`);
  for (const line of issueLines(issues, say, io.env, lang)) say.write(`${line}\n`);
}

function printFilled(
  file: string,
  output: string,
  filled: readonly FilledCell[],
  issues: readonly Issue[],
  say: CommandIO['stdout'],
  io: CommandIO,
): void {
  const lang = io.lang ?? 'zh';
  const where = output === '-' ? words(lang, 'standardOutput') : terminalSafe(output);
  const shown = terminalSafe(file);
  say.write(
    `${
      filled.length === 0
        ? words(lang, 'fixNothingToFill', { file: shown, where })
        : words(lang, 'fixFilled', { file: shown, where, count: filled.length })
    }\n`,
  );
  for (const cell of filled) say.write(`  ${terminalSafe(cell.label)} = ${String(cell.value)}\n`);
  for (const line of issueLines(issues, say, io.env, lang)) say.write(`${line}\n`);
}

/**
 * Checks how `--fix` and `-o` are combined: both or neither, one input, and no JSON envelope on
 * the standard output that carries the report.
 */
export function checkFixUsage(
  fix: boolean | undefined,
  output: string | undefined,
  inputs: number,
  json?: boolean,
): void {
  if (fix && output === undefined) throw new UsageError(cliText('fixNeedsOutput'));
  if (!fix && output !== undefined) throw new UsageError(cliText('outputOnlyWithFix'));
  if (fix && inputs !== 1) throw new UsageError(cliText('fixOneFile'));
  if (fix && json && output === '-') throw new UsageError(cliText('fixJsonStdout'));
}
