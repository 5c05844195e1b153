/**
 * Progress of a batch: a bar redrawn in place on a terminal, one plain line per file otherwise
 * (logs and CI).
 */
import type { CommandEnv } from '../command.js';
import { painter, terminalSafe } from '../output.js';

export interface ProgressLine {
  readonly done: number;
  readonly total: number;
  readonly file: string;
  readonly status: string;
  readonly detail?: string;
}

export interface Progress {
  update(line: ProgressLine, counts: Readonly<Record<string, number>>): void;
  finish(): void;
}

/**
 * The progress display for a batch writing to `stream` (standard error).
 * @param quiet `--quiet`: shows nothing
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  env: CommandEnv,
  quiet = false,
): Progress {
  if (quiet) return { update() {}, finish() {} };
  const paint = painter(stream, env);
  if (!stream.isTTY) {
    return {
      update({ done, total, file, status, detail }) {
        stream.write(
          `[${done}/${total}] ${status} ${terminalSafe(file)}${detail ? ` — ${terminalSafe(detail)}` : ''}\n`,
        );
      },
      finish() {},
    };
  }
  let drawn = false;
  return {
    update({ done, total, file: raw }, counts) {
      const file = terminalSafe(raw);
      const width = 24;
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const tally = `${paint.green(`✓${counts['rendered'] ?? 0}`)} ${paint.red(`✗${(counts['invalid'] ?? 0) + (counts['failed'] ?? 0)}`)} ${paint.dim(`↷${counts['skipped'] ?? 0}`)}`;
      const room = Math.max(10, (stream.columns ?? 80) - width - 40);
      const name = file.length > room ? `…${file.slice(-room + 1)}` : file;
      stream.write(`\r\u001b[2K${bar} ${done}/${total} ${tally} ${name}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
