import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk, zfxxgkBin, type BinRun } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-edit-'));

/** Starts `zfxxgk edit file` (the built bin) and waits for the address it prints. */
async function startEdit(file: string): Promise<{ run: BinRun; url: URL }> {
  const run = zfxxgkBin(['edit', file]);
  let out = '';
  const url = await new Promise<URL>((found, fail) => {
    run.child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (match) found(new URL(match[0]));
    });
    run.child.on('exit', () => fail(new Error(`edit exited before printing its address: ${out}`)));
  });
  return { run, url };
}

/** The address of `path` with the server's token, another token, or none (`null`). */
const at = (url: URL, path: string, token: string | null = url.searchParams.get('token')) =>
  `${url.origin}${path}${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;

describe('zfxxgk edit', () => {
  it('serves the form and the file on 127.0.0.1, and refuses every request without its token', async () => {
    const file = join(dir, 'token.json');
    writeFileSync(file, JSON.stringify(seedReport()));
    const { run, url } = await startEdit(file);
    try {
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.searchParams.get('token')!.length).toBeGreaterThanOrEqual(32);
      const page = await fetch(at(url, '/'));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('zfxxgk-form-config');
      expect(await (await fetch(at(url, '/report'))).json()).toEqual(seedReport());
      for (const token of [null, '', 'x', url.searchParams.get('token')!.slice(1)]) {
        expect((await fetch(at(url, '/', token))).status).toBe(403);
        expect((await fetch(at(url, '/report', token))).status).toBe(403);
        const put = await fetch(at(url, '/report', token), {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: '{"agency":"x"}',
        });
        expect(put.status).toBe(403);
      }
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(seedReport());
      const saved = await fetch(at(url, '/report'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...seedReport(), year: 2024 }),
      });
      expect(saved.status).toBe(200);
      expect(JSON.parse(readFileSync(file, 'utf8')).year).toBe(2024);
      expect(
        (
          await fetch(at(url, '/report'), {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: '[1]',
          })
        ).status,
      ).toBe(400);
    } finally {
      run.child.kill('SIGTERM');
    }
    const end = await run.done;
    expect(end.code).toBe(0);
    expect(end.stdout).toContain('已停止编辑服务');
  }, 30_000);

  it('saves atomically: killed in the middle of saves, the file is always the old or the new report', async () => {
    const file = join(dir, 'atomic.json');
    const old = seedReport();
    writeFileSync(file, `${JSON.stringify(old, null, 2)}\n`);
    // A large report (about 3 MB), so that a save takes long enough to be cut.
    const large = {
      ...seedReport(),
      problems: Array.from({ length: 3000 }, (_, i) => `第${i}段：${'存在的问题'.repeat(60)}`),
    };
    const outcomes = new Set<string>();
    for (const delay of [0, 5, 20, 80, 160, 320, 640, Infinity]) {
      const { run, url } = await startEdit(file);
      const saving = fetch(at(url, '/report'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(large),
      }).catch(() => {});
      // Infinity: the save is let finish (a timer of Infinity would fire after 1 ms), so that the new
      // report is seen however slow the machine is.
      if (delay === Infinity) await saving;
      else await new Promise((done) => setTimeout(done, delay));
      run.child.kill('SIGKILL');
      await run.done;
      const text = readFileSync(file, 'utf8');
      const now = JSON.parse(text); // a half-written file would not parse
      expect([JSON.stringify(old), JSON.stringify(large)]).toContain(JSON.stringify(now));
      outcomes.add(now.problems.length === 3000 ? 'new' : 'old');
      writeFileSync(file, `${JSON.stringify(old, null, 2)}\n`);
    }
    console.log(`edit killed mid-save: file found ${[...outcomes].join(' and ')}`);
    expect(outcomes.has('new')).toBe(true);
  }, 120_000);

  it('starts a missing file blank and refuses a file that is not a JSON report', async () => {
    const notJson = join(dir, 'report.yaml');
    writeFileSync(notJson, 'agency: x\n');
    const refused = await zfxxgk(['edit', notJson]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('不是 JSON 对象');
    expect((await zfxxgk(['edit'])).code).toBe(2);

    const { run, url } = await startEdit(join(dir, 'new.json'));
    try {
      expect((await fetch(at(url, '/report'))).status).toBe(404);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect((await run.done).stdout).toContain('尚不存在，保存时新建');
  }, 30_000);
});
