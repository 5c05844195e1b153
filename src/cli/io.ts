/** File input and output for the CLI: reading reports (or standard input) and atomic writes. */
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readHeader, type HeaderFacts } from '../model/header.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { decodeReport } from '../read/encoding.js';
import { parseSource } from '../read/source.js';
import { UsageError, type CommandIO } from './command.js';
import { cliText, say } from './messages/index.js';
import type { IoVerb } from './messages/common.js';
import { terminalSafe } from './output.js';

/** Most bytes of a report file the CLI reads unless `--max-input-bytes` says otherwise: 8 MiB, 80 times the largest real report. */
export const DEFAULT_MAX_INPUT_BYTES = DEFAULT_LIMITS.maxInputBytes;

/** Most bytes of a published report `import` reads (a PDF or Word file with its images): 64 MiB. */
export const DEFAULT_MAX_IMPORT_BYTES = 64 * 2 ** 20;

/** A file read by the CLI. */
export interface InputFile {
  /** As the user named it, or `<stdin>`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The bytes as UTF-8. */
  readonly text: string;
}

/** `8 MB`, `512 KB`, `300 B`. */
export function sizeText(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 2 ** 30],
    ['MB', 2 ** 20],
    ['KB', 2 ** 10],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} B`;
}

function tooLarge(name: string, maxBytes: number): UsageError {
  return new UsageError(
    cliText('inputTooLarge', { file: terminalSafe(name), limit: sizeText(maxBytes) }),
    'INPUT_TOO_LARGE',
  );
}

/**
 * Reads chunks until the end or until there are more than `maxBytes`: never more than `maxBytes`
 * and one chunk is held, whatever the source (a 1 GB file, /dev/urandom, an endless pipe).
 */
async function collect(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | undefined> {
  const kept: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.byteLength;
    if (total > maxBytes) return undefined; // leaving the loop closes the stream
    kept.push(buffer);
  }
  return new Uint8Array(Buffer.concat(kept, total));
}

async function readBounded(path: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const handle = await open(path, 'r');
  try {
    const facts = await handle.stat();
    if (facts.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A regular file tells its size: refuse it without reading. Devices and pipes are counted as read.
    if (facts.isFile() && facts.size > maxBytes) return undefined;
    return await collect(handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 }), maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file, or standard input for `-`, up to `maxBytes`: past it the read stops at once and a
 * UsageError (exit 2, INPUT_TOO_LARGE) says how to raise the limit. I/O problems are UsageErrors too.
 * @param path the file as the user named it, or `-`
 * @param io where standard input and the working folder come from
 * @param maxBytes the most bytes to read (`--max-input-bytes`)
 * @example const { bytes, text } = await readInput('report.json', io, DEFAULT_MAX_INPUT_BYTES);
 */
export async function readInput(
  path: string,
  io: Pick<CommandIO, 'stdin' | 'cwd'>,
  maxBytes: number = DEFAULT_MAX_INPUT_BYTES,
): Promise<InputFile> {
  const name = path === '-' ? '<stdin>' : path;
  let bytes: Uint8Array | undefined;
  try {
    bytes =
      path === '-'
        ? await collect(io.stdin as AsyncIterable<Uint8Array | string>, maxBytes)
        : await readBounded(resolve(io.cwd, path), maxBytes);
  } catch (error) {
    throw ioError(error, path, 'read');
  }
  if (!bytes) throw tooLarge(name, maxBytes);
  // Decoded as validate() decodes it (BOMs, UTF-16), so a header peeked from the text never shows
  // replacement characters: bytes that are not valid UTF-8 give no text, and validate() says why.
  const decoded = decodeReport(bytes);
  return { name, bytes, text: decoded.ok ? decoded.text : '' };
}

/**
 * `--max-input-bytes`: a number of bytes, or with a binary unit `K`, `M`, `G` (`32M`, `512KiB`).
 * @param value the option as given, or undefined for `fallback`
 * @example maxInputBytes('32M', DEFAULT_MAX_INPUT_BYTES) // 33554432
 */
export function maxInputBytes(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  const bytes = match ? Math.floor(Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] ?? ' ').toLowerCase())) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1)
    throw new UsageError(cliText('maxInputBytesValue', { given: terminalSafe(value) }));
  return bytes;
}

/** The `--max-input-bytes` option of every command that reads reports, with its help line. */
export function maxInputOption(fallback: number) {
  return {
    options: { 'max-input-bytes': { type: 'string' } } as const,
    help: { 'max-input-bytes': say('zh', 'maxInputBytesHelp', { limit: sizeText(fallback) }) },
  };
}

/** Turns a Node file-system error into a UsageError saying what could not be done and why. */
export function ioError(error: unknown, path: string, verb: IoVerb): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const detail = terminalSafe((error as Error).message ?? String(error));
  return new UsageError(cliText('ioFailed', { verb, file: terminalSafe(path), code, detail }), code);
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed into place, so an
 * interrupted run never leaves a half-written file under the final name.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  // node:crypto is loaded only here: it costs every start of the CLI a few ms otherwise.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw ioError(error, path, 'write');
  }
}

/**
 * Writes a rendered body to standard output (`-o -`) and waits until it is handed on, so the
 * command ends only when a consumer has it all.
 */
export async function writeStdout(stdout: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  await new Promise<void>((done, fail) => {
    stdout.write(data, (error) => (error ? fail(error) : done()));
  });
}

export { packageVersion } from '../node/package-root.js';

/**
 * The header fields (agency, year, …) a report file names, read as far as its text allows (for
 * listings of reports that did not validate). Never throws.
 * @example peekHeader('{"agency": "某县人民政府", "year": 2023, "requests": 1}') // { agency: '某县人民政府', year: 2023 }
 */
export function peekHeader(text: string): HeaderFacts {
  const parsed = parseSource(text);
  return parsed.ok ? readHeader(parsed.value) : {};
}
