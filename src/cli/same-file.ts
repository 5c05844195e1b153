/**
 * Never lose a file: an output that names an input (the same path, a symbolic link to it or a hard
 * link of it) is refused before anything is written.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './command.js';
import { cliText } from './messages/index.js';
import { terminalSafe } from './output.js';

/** A file as the user named it, and where it is. */
export interface NamedFile {
  /** As given on the command line (`-` for standard input, which is never a file). */
  readonly shown: string;
  /** Absolute path. */
  readonly path: string;
}

/**
 * What makes two names one file: device and inode (the same through any symbolic or hard link).
 * Undefined for a name that does not exist yet, which no input can be.
 * @example await fileIdentity('/etc/passwd') // '2049:1835093'
 */
export async function fileIdentity(path: string): Promise<string | undefined> {
  try {
    const facts = await stat(path, { bigint: true });
    return `${facts.dev}:${facts.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The outputs that are one of the inputs, each with the input it is.
 * @param outputs files about to be written
 * @param inputs files read (standard input, `-`, is left out)
 */
export async function outputsThatAreInputs(
  outputs: readonly NamedFile[],
  inputs: readonly NamedFile[],
): Promise<{ output: NamedFile; input: NamedFile }[]> {
  const byIdentity = new Map<string, NamedFile>();
  for (const input of inputs) {
    if (input.shown === '-') continue;
    const id = await fileIdentity(input.path);
    if (id) byIdentity.set(id, input);
  }
  const found: { output: NamedFile; input: NamedFile }[] = [];
  for (const output of outputs) {
    const id = await fileIdentity(output.path);
    const input = id === undefined ? undefined : byIdentity.get(id);
    if (input) found.push({ output, input });
  }
  return found;
}

/**
 * An output that is an input, as a line of a list: the same in every language, so a bilingual
 * message lists it once. Two names of one file are both given.
 * @example sameFileLine('./a.json', 'a.json') // '  ./a.json (= a.json)'
 */
export function sameFileLine(output: string, input: string): string {
  return output === input ? `  ${output}` : `  ${output} (= ${input})`;
}

/**
 * Throws a UsageError (exit 2, OUTPUT_IS_INPUT) when an output is one of the inputs: writing it
 * would replace the report being read.
 * @param outputs files about to be written, as `{ shown, path }` or as the user named them
 * @param inputs files read
 * @param cwd what relative names are resolved against
 * @example await refuseOutputsThatAreInputs(['report.json'], ['report.json'], cwd) // throws
 */
export async function refuseOutputsThatAreInputs(
  outputs: readonly string[],
  inputs: readonly string[],
  cwd: string,
): Promise<void> {
  const named = (shown: string): NamedFile => ({ shown, path: resolve(cwd, shown) });
  const clashes = await outputsThatAreInputs(outputs.map(named), inputs.map(named));
  if (clashes.length === 0) return;
  const lines = clashes.map(({ output, input }) => sameFileLine(terminalSafe(output.shown), terminalSafe(input.shown)));
  throw new UsageError(cliText('outputIsInput', { lines }), 'OUTPUT_IS_INPUT');
}
