import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generate.js';
import { envelopeOf, zfxxgk, zfxxgkBin } from '../helpers/cli.js';
import { pdfInfo } from '../helpers/pdf-tools.js';
import { chromiumBrowserUnder, descendants } from '../helpers/processes.js';
import { projectPath, seedReport } from '../helpers/reports.js';

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `zfxxgk-batch-${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** A folder of reports: the seed, generated valid ones, and bad ones of every kind. */
function reports(count: number): string {
  const dir = folder('in');
  mkdirSync(join(dir, 'county'));
  writeFileSync(
    join(dir, 'county', 'gongbujiangda-2023.json'),
    readFileSync(projectPath('examples/gongbujiangda-2023.json')),
  );
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `generated-${String(i).padStart(3, '0')}.json`),
      JSON.stringify(generateReport(i, `测试${i}县人民政府`)),
    );
  return dir;
}

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
  );

describe('zfxxgk batch', () => {
  it('renders every valid report, lists the bad ones, and writes a summary', async () => {
    const input = reports(3);
    const wrong = seedReport();
    wrong.requests.results.total.naturalPerson = 0;
    writeFileSync(join(input, 'wrong-total.json'), JSON.stringify(wrong));
    writeFileSync(join(input, 'broken.json'), '{"format": "2021",');
    writeFileSync(join(input, 'tabs.yaml'), 'format: "2021"\nagency:\n\tx: 1\n');
    const out = folder('out');
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'pdf,html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('完成：共 7 份，生成 4，跳过（已是最新）0，有错误 3，失败 0');
    expect(run.stdout).toContain('表三 （七）总计 · 自然人：应为 3，实为 0');
    // Plain progress lines when not on a terminal.
    expect(run.stderr.split('\n').filter((l) => /^\[\d+\/7\] /.test(l))).toHaveLength(7);
    const files = allFiles(out).sort();
    expect(files).toEqual([
      'county/gongbujiangda-2023.html',
      'county/gongbujiangda-2023.pdf',
      'generated-000.html',
      'generated-000.pdf',
      'generated-001.html',
      'generated-001.pdf',
      'generated-002.html',
      'generated-002.pdf',
      'zfxxgk-summary.csv',
      'zfxxgk-summary.html',
      'zfxxgk-summary.json',
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8'));
    expect(summary.totals).toEqual({ rendered: 4, skipped: 0, invalid: 3, failed: 0, interrupted: 0 });
    const byFile = Object.fromEntries(summary.reports.map((r: any) => [r.file.split('/').pop(), r]));
    expect(byFile['wrong-total.json']).toMatchObject({
      status: 'invalid',
      agency: '工布江达县人民政府',
      year: 2023,
      counts: { error: 1 },
    });
    expect(byFile['gongbujiangda-2023.json']).toMatchObject({
      status: 'rendered',
      agency: '工布江达县人民政府',
      pages: 7,
      attempts: 1,
      retried: false,
    });
    const csv = readFileSync(join(out, 'zfxxgk-summary.csv'), 'utf8');
    expect(
      csv.startsWith('\ufefffile,agency,year,status,errors,warnings,infos,outputs,attempts,retried,pages,reason'),
    ).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(8);
  });

  it('skips outputs newer than their input on a rerun, unless --force', async () => {
    const input = reports(2);
    const out = folder('out');
    expect((await zfxxgk(['batch', input, '--out', out])).code).toBe(0);
    const pdf = join(out, 'generated-000.pdf');
    const before = statSync(pdf).mtimeMs;
    const again = await zfxxgk(['batch', input, '--out', out, '--json']);
    expect(envelopeOf(again).data.totals).toMatchObject({ rendered: 0, skipped: 3 });
    expect(statSync(pdf).mtimeMs).toBe(before);
    // A report changed after its output was made is rendered again.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(input, 'generated-001.json'), later, later);
    expect(envelopeOf(await zfxxgk(['batch', input, '--out', out, '--json'])).data.totals).toMatchObject({
      rendered: 1,
      skipped: 2,
    });
    expect(envelopeOf(await zfxxgk(['batch', input, '--out', out, '--json', '--force'])).data.totals).toMatchObject({
      rendered: 3,
      skipped: 0,
    });
  });

  it('accepts glob patterns and refuses bad usage', async () => {
    const input = reports(2);
    const out = folder('out');
    const run = await zfxxgk(['batch', `${input}/generated-*.json`, '--out', out, '--format', 'html', '--json']);
    expect(run.code).toBe(0);
    expect(envelopeOf(run).data.totals.rendered).toBe(2);
    expect((await zfxxgk(['batch', input])).stderr).toContain('请用 --out 给出输出目录');
    expect((await zfxxgk(['batch', input, '--out', out, '--concurrency', '0'])).code).toBe(2);
    expect((await zfxxgk(['batch', join(input, 'none-*.json'), '--out', out])).stderr).toContain('没有与');
  });

  it('opens no more pages (renderer processes) than there are reports, whatever the concurrency', async () => {
    const input = folder('one');
    writeFileSync(join(input, 'seed.json'), JSON.stringify(seedReport()));
    const { child, done } = zfxxgkBin(['batch', input, '--out', folder('out'), '--concurrency', '4', '--json']);
    let renderers = 0;
    const watcher = setInterval(() => {
      const now = descendants(child.pid!).filter((p) => p.cmd.includes('--type=renderer')).length;
      renderers = Math.max(renderers, now);
    }, 10);
    const { code } = await done;
    clearInterval(watcher);
    expect(code).toBe(0);
    expect(renderers).toBe(1);
  });

  it('survives Chromium being killed in the middle of 50 reports: every valid report gets a PDF that opens', async () => {
    const input = reports(49);
    const out = folder('out');
    const { child, done } = zfxxgkBin(['batch', input, '--out', out, '--concurrency', '2', '--json']);
    let killed = false;
    const watcher = setInterval(() => {
      const pdfs = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0;
      const browser = chromiumBrowserUnder(child.pid!);
      if (!killed && pdfs >= 10 && browser) {
        process.kill(browser, 'SIGKILL');
        killed = true;
      }
    }, 20);
    const { code, stdout } = await done;
    clearInterval(watcher);
    expect(killed).toBe(true);
    expect(code).toBe(0);
    const data = JSON.parse(stdout).data;
    expect(data.totals).toEqual({ rendered: 50, skipped: 0, invalid: 0, failed: 0, interrupted: 0 });
    expect(data.browser.restarts).toBeGreaterThanOrEqual(1);
    // The summary names the renders that were retried, and counts them the same as the pool.
    const retried = data.reports.filter((r: any) => r.retried);
    expect(retried.length).toBe(data.browser.retries);
    expect(retried.every((r: any) => r.attempts === 2)).toBe(true);
    for (const r of data.reports) {
      const pdf = r.outputs.find((o: string) => o.endsWith('.pdf'));
      expect(Number(pdfInfo(pdf)['Pages'])).toBeGreaterThan(0);
    }
  }, 120_000);

  it('stops cleanly on Ctrl-C, says what was done, and leaves no half-written file', async () => {
    const input = reports(40);
    const out = folder('out');
    const { child, done } = zfxxgkBin(['batch', input, '--out', out, '--concurrency', '2']);
    const interrupter = setInterval(() => {
      const pdfs = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0;
      if (pdfs >= 5) {
        child.kill('SIGINT');
        clearInterval(interrupter);
      }
    }, 20);
    const { code, stdout } = await done;
    clearInterval(interrupter);
    expect(code).toBe(130);
    expect(stdout).toMatch(/已中断：共 41 份，生成 \d+/);
    const summary = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8'));
    expect(summary.interrupted).toBe(true);
    expect(summary.totals.interrupted).toBeGreaterThan(0);
    expect(summary.totals.rendered).toBeGreaterThanOrEqual(5);
    // Every PDF present is a whole one; no temporary file is left.
    const files = allFiles(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(summary.totals.rendered);
    for (const f of files.filter((x) => x.endsWith('.pdf')))
      expect(Number(pdfInfo(join(out, f))['Pages'])).toBeGreaterThan(0);
    expect(chromiumBrowserUnder(child.pid!)).toBeUndefined();
  }, 120_000);
});
