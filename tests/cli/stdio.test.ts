import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-stdio-'));

describe('- for standard input and output', () => {
  it('render - -o - writes the body to standard output and its messages to standard error, and no file named -', async () => {
    const run = await zfxxgk(['render', '-', '-o', '-', '--format', 'html'], {
      input: JSON.stringify(seedReport()),
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(run.stderr).toContain('已生成 -');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('asks for --format when writing to standard output', async () => {
    const run = await zfxxgk(['render', '-', '-o', '-'], { input: JSON.stringify(seedReport()), cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --format with -o -');
  });
});

describe('a closed standard output', () => {
  it('ends quietly when the reader stops early (schema | head -1)', async () => {
    // Needs the built bin (npm run build). The reader takes one chunk and closes the pipe.
    const child = spawn(process.execPath, [projectPath('dist/cli.js'), 'schema'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
