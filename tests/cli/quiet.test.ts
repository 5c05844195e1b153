import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

/** A folder with one valid report and one whose 行政复议 total is wrong. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-quiet-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'reports'));
  const bad = seedReport();
  bad.agency = '某局';
  bad.reviewLitigation.review.total = 5;
  writeFileSync(join(dir, 'reports', 'good.json'), JSON.stringify(seedReport()));
  writeFileSync(join(dir, 'reports', 'bad.json'), JSON.stringify(bad));
  return dir;
}

describe('--quiet', () => {
  it('silences batch progress and summary lines, and keeps the report that has errors', async () => {
    const cwd = folder();
    const loud = await zfxxgk(['batch', 'reports', '--out', 'out', '--format', 'html'], { cwd });
    expect(loud.code).toBe(1);
    expect(loud.stderr).toContain('[1/2]');
    expect(loud.stdout).toContain('完成');
    const run = await zfxxgk(['batch', 'reports', '--out', 'out2', '--format', 'html', '-q'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^有错误 {2}reports\/bad\.json：1 个错误/)]);
    expect(existsSync(join(cwd, 'out2', 'good.html'))).toBe(true);
  });

  it('silences init, and aggregate but for the reports it leaves out', async () => {
    const cwd = folder();
    const init = await zfxxgk(['init', '--agency', '某县人民政府', '--year', '2024', '-o', 'new.json', '--quiet'], {
      cwd,
    });
    expect(init.code).toBe(0);
    expect(init.stdout + init.stderr).toBe('');
    expect(existsSync(join(cwd, 'new.json'))).toBe(true);
    const sum = await zfxxgk(['aggregate', 'reports', '-o', 'sum.json', '-q'], { cwd });
    expect(sum.code).toBe(0);
    expect(sum.stderr).toBe('');
    expect(sum.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^ {2}排除 {2}reports\/bad\.json（某局）：有 1 个错误$/),
    ]);
    // Errors still print.
    const failed = await zfxxgk(['init', '--year', '2024', '-o', 'x.json', '-q'], { cwd });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('请给出 --agency');
  });
});
