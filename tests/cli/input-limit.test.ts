/** Reading is bounded: past `--max-input-bytes` (8 MB by default) the CLI stops reading and says how to raise it. */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-limit-'));
const MB = 2 ** 20;

/** A 20 MB file of zero bytes (sparse: it takes no disk). */
function hugeFile(): string {
  const path = join(dir, 'huge.json');
  writeFileSync(path, '');
  truncateSync(path, 20 * MB);
  return path;
}

/** An endless standard input that counts the bytes taken from it. */
function endless(): Readable & { taken: number } {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const stream = new Readable({
    read() {
      stream.taken += chunk.length;
      this.push(chunk);
    },
  }) as Readable & { taken: number };
  stream.taken = 0;
  return stream;
}

const sink = () => new Writable({ write: (_c, _e, done) => done() });

describe('the input limit', () => {
  it('refuses a report file over 8 MB with exit 2 and the flag that raises the limit', async () => {
    const run = await zfxxgk(['validate', hugeFile()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('超过 8 MB 的读取上限，已停止读取；确是报告文件时，用 --max-input-bytes 调高上限');
    const json = envelopeOf(await zfxxgk(['validate', hugeFile(), '--json']));
    expect(json.data.files[0].error.code).toBe('INPUT_TOO_LARGE');
  });

  it('stops reading /dev/urandom at the limit instead of reading on', async () => {
    const started = Date.now();
    const run = await zfxxgk(['validate', '/dev/urandom', '--max-input-bytes', '1M']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('/dev/urandom 超过 1 MB 的读取上限');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops taking from an endless standard input one chunk past the limit', async () => {
    const stdin = endless();
    const code = await runCli(['validate', '-', '--max-input-bytes', '1M'], {
      stdout: sink(),
      stderr: sink(),
      stdin,
      cwd: dir,
      env: { NO_COLOR: '1' },
      signal: new AbortController().signal,
    });
    expect(code).toBe(2);
    // What the stream buffers ahead (its high-water mark) is all that is taken past the limit.
    expect(stdin.taken).toBeLessThan(1 * MB + 256 * 1024);
  });

  it('render refuses it too, naming the file, before anything is written', async () => {
    const run = await zfxxgk(['render', hugeFile(), '-o', join(dir, 'out.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('huge.json 超过 8 MB 的读取上限');
  });

  it('--max-input-bytes raises the limit for a large report, and lowers it', async () => {
    const seed = readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8');
    const padded = join(dir, 'padded.json');
    writeFileSync(padded, seed.replace(/\n/g, `\n${' '.repeat(1500)}`).padEnd(9 * MB, ' '));
    expect((await zfxxgk(['validate', padded])).code).toBe(2);
    expect((await zfxxgk(['validate', padded, '--max-input-bytes', '16M'])).code).toBe(0);
    const low = await zfxxgk(['validate', 'examples/gongbujiangda-2023.json', '--max-input-bytes', '1K']);
    expect(low.code).toBe(2);
    expect(low.stdout).toContain('超过 1 KB 的读取上限');
  });

  it('says what a valid --max-input-bytes looks like', async () => {
    const run = await zfxxgk(['validate', 'examples/gongbujiangda-2023.json', '--max-input-bytes', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-input-bytes 应为正的字节数，可带单位 K、M、G（如 32M），实为 lots');
  });
});
