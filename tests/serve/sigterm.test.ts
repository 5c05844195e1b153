import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { descendants } from '../helpers/processes.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const cli = projectPath('dist/cli.js');

/** Whether a process is alive: it exists and is not a zombie (one nobody reaped is dead). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('zfxxgk serve (the built bin) on SIGTERM', () => {
  it('finishes the renders in flight, closes Chromium and exits 0', async () => {
    expect(existsSync(cli), 'run npm run build first').toBe(true);
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--concurrency', '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${stdout}${stderr}`)), 30_000);
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const renders = Array.from({ length: 3 }, (_, i) =>
      fetch(`${url}/v1/render?format=pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...seedReport(), agency: `测试${i}县人民政府` }),
      }),
    );
    // Wait until renders are running in a started Chromium.
    let chromium: number[] = [];
    for (let i = 0; i < 400; i++) {
      const health = await (await fetch(`${url}/healthz`)).json();
      chromium = descendants(child.pid!).map((p) => p.pid);
      if (health.active >= 1 && health.launches >= 1 && chromium.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(chromium.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    const answers = await Promise.all(renders);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    // New work is refused: the port is closed (or, on a kept connection, 503).
    const late = await fetch(`${url}/v1/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seedReport()),
    }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    expect(await exited).toBe(0);
    expect(stderr).toContain('已停止');
    // No Chromium left behind.
    expect(chromium.filter(alive)).toEqual([]);
  }, 90_000);
});
