import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

/** reports/a.json, reports/sub/b.yaml (both valid, one agency each) and reports/notes.txt. */
function reportsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-globs-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'reports', 'sub'), { recursive: true });
  const a = seedReport();
  const b = seedReport();
  b.agency = '工布江达县教育局';
  writeFileSync(join(dir, 'reports', 'a.json'), JSON.stringify(a));
  writeFileSync(join(dir, 'reports', 'sub', 'b.json'), JSON.stringify(b));
  writeFileSync(join(dir, 'reports', 'notes.txt'), 'not a report');
  return dir;
}

const names = (run: Awaited<ReturnType<typeof zfxxgk>>) =>
  envelopeOf(run).data.files.map((f: { file: string }) => f.file);

describe('zfxxgk validate with folders and globs', () => {
  it('validates every report in a folder, searched as batch searches it', async () => {
    const cwd = reportsFolder();
    const run = await zfxxgk(['validate', 'reports', '--json'], { cwd });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(names(run)).toEqual(['reports/a.json', 'reports/sub/b.json']);
  });

  it('expands a glob passed through quoted, keeps - for standard input and plain names in place', async () => {
    const cwd = reportsFolder();
    const run = await zfxxgk(['validate', 'reports/**/*.json', '-', 'reports/a.json', '--json'], {
      cwd,
      input: JSON.stringify(seedReport()),
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(names(run)).toEqual(['reports/a.json', 'reports/sub/b.json', '-', 'reports/a.json']);
  });

  it('says when a glob matches no report', async () => {
    const run = await zfxxgk(['validate', 'reports/*.yaml'], { cwd: reportsFolder() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有与 reports/*.yaml 匹配的报告文件');
  });
});

describe('zfxxgk aggregate with folders and globs', () => {
  it('sums every report in a folder, leaving out the summary it writes there', async () => {
    const cwd = reportsFolder();
    for (let round = 0; round < 2; round++) {
      const run = await zfxxgk(['aggregate', 'reports', '-o', 'reports/summary.json', '--json'], { cwd });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(envelopeOf(run).data.members.map((m: { file: string }) => m.file)).toEqual([
        'reports/a.json',
        'reports/sub/b.json',
      ]);
    }
    const summary = JSON.parse(readFileSync(join(cwd, 'reports', 'summary.json'), 'utf8'));
    expect(summary.requests.newReceived.total).toBe(seedReport().requests.newReceived.total * 2);
  });

  it('sums the reports a glob matches', async () => {
    const cwd = reportsFolder();
    const run = await zfxxgk(['aggregate', 'reports/*.json', '-o', 'sum.json', '--json'], { cwd });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(envelopeOf(run).data.members.map((m: { file: string }) => m.file)).toEqual(['reports/a.json']);
  });
});
