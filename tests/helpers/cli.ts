/**
 * Running the CLI in tests. `zfxxgk` drives `runCli(argv, io)` in this process — the dispatcher,
 * option parsing, commands and exit codes, without starting Node for every call. `zfxxgkBin`
 * starts the built bin (dist/cli.js) as a user would, for the few things only a real process
 * shows: the exit status, a piped standard input, signals, another user's permissions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { projectPath } from './reports.js';

/** What a run printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run the CLI in process. */
export interface CliOptions {
  /** Standard input (empty by default). */
  readonly input?: string;
  /** Working directory the commands resolve paths against (default: the project). */
  readonly cwd?: string;
  /**
   * The environment the CLI sees (NO_COLOR is set unless given). Chromium is looked for in it
   * (`ZFXXGK_CHROMIUM`); the PDF renderer still finds the fonts through this process's environment.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Pretend standard output and error are a terminal of this width. */
  readonly tty?: { readonly columns: number };
  /** Aborts the run, as Ctrl-C does. */
  readonly signal?: AbortSignal;
}

/** A writable stream that keeps what is written, decoded once at the end. */
class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    done();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs `zfxxgk …args` in this process and returns its exit code and output. */
export async function zfxxgk(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  if (options.tty) {
    for (const stream of [stdout, stderr]) Object.assign(stream, { isTTY: true, columns: options.tty.columns });
  }
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    cwd: options.cwd ?? projectPath(''),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    signal: options.signal ?? new AbortController().signal,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** How to start the built bin. */
export interface BinOptions {
  readonly input?: string;
  readonly cwd?: string;
  /** Added to this process's environment (NO_COLOR is set unless given). */
  readonly env?: Readonly<Record<string, string>>;
  /** Run as another user (root only), e.g. nobody: `{ uid: 65534, gid: 65534 }`. */
  readonly user?: { readonly uid: number; readonly gid: number };
}

/** A started bin: the child process (for its pid and signals) and its end. */
export interface BinRun {
  readonly child: ChildProcess;
  readonly done: Promise<CliRun>;
}

/** Starts `node dist/cli.js …args` (run `npm run build` first); `done` settles when it exits. */
export function zfxxgkBin(args: readonly string[], options: BinOptions = {}): BinRun {
  const child = spawn(process.execPath, [projectPath('dist/cli.js'), ...args], {
    cwd: options.cwd ?? projectPath(''),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // A command that never reads its input may exit before the pipe is written: that is no error.
  child.stdin!.on('error', () => {});
  child.stdin!.end(options.input ?? '');
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/** Parses the `--json` envelope of a run. */
export function envelopeOf(run: CliRun): any {
  return JSON.parse(run.stdout);
}
