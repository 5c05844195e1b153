import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../helpers/reports.js';
import { startService, type Running } from './helpers.js';

const hasJdk = spawnSync('javac', ['-version'], { encoding: 'utf8' }).status === 0;
if (!hasJdk) console.log('跳过 Java 客户端测试：没有 javac（安装 JDK 17 后运行） / skipped: no javac on this machine');

describe.skipIf(!hasJdk)('the Java 17 client (examples/java)', () => {
  let server: Running;
  let dir: string;
  beforeAll(async () => {
    server = await startService({ token: 'java-token' });
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-java-'));
  });
  afterAll(async () => {
    await server?.service.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // The server runs in this process: the client runs beside it, never blocking it (no spawnSync).
  it('compiles, validates and renders a PDF against a live server, then gets 304', async () => {
    const compiled = spawnSync('javac', ['-d', dir, projectPath('examples/java/ZfxxgkClient.java')], {
      encoding: 'utf8',
    });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
    const out = join(dir, 'report.pdf');
    const run = await promisify(execFile)(
      'java',
      ['-cp', dir, 'ZfxxgkClient', server.url, projectPath('examples/gongbujiangda-2023.json'), out],
      { encoding: 'utf8', env: { ...process.env, ZFXXGK_TOKEN: 'java-token' }, timeout: 100_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('validate: ok=true');
    expect(run.stdout).toMatch(/render: \d+ bytes, ETag "[0-9a-f]{64}"/);
    expect(run.stdout).toContain('render again: HTTP 304');
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
