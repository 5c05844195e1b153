import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `zfxxgk-copies-${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** The seed, and the seed republished by 米林县人民政府 with its own name put in. */
function twoReports(): string {
  const dir = folder('in');
  writeFileSync(join(dir, 'gongbujiangda.json'), JSON.stringify(seedReport()));
  const copy = JSON.parse(JSON.stringify(seedReport()).replaceAll('工布江达县', '米林县'));
  delete copy.title;
  writeFileSync(join(dir, 'milin.json'), JSON.stringify(copy));
  return dir;
}

describe('zfxxgk batch: copied text', () => {
  it('lists the pair in the summary and warns each report, naming the other', async () => {
    const input = twoReports();
    const out = folder('out');
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('雷同：1 对报告有相同或几乎相同的段落');
    const summary = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8'));
    expect(summary.copies.pairs).toHaveLength(1);
    const pair = summary.copies.pairs[0];
    expect([pair.a.agency, pair.b.agency].sort()).toEqual(['工布江达县人民政府', '米林县人民政府']);
    expect(pair.share).toBeGreaterThan(0.9);
    expect(summary.reports[pair.a.index].agency).toBe(pair.a.agency);
    const milin = summary.reports.find((r: any) => r.agency === '米林县人民政府');
    expect(milin.copies.map((i: any) => [i.code, i.params.other, i.params.otherFile])).toEqual([
      ['TEXT_COPIED', '工布江达县人民政府', expect.stringContaining('gongbujiangda.json')],
    ]);
    expect(milin.counts.warning).toBeGreaterThanOrEqual(1);
  });

  it('compares nothing with --no-copies', async () => {
    const out = folder('out');
    const run = await zfxxgk(['batch', twoReports(), '--out', out, '--format', 'html', '--no-copies']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8'));
    expect(summary.copies).toBeUndefined();
    expect(summary.reports.every((r: any) => r.copies === undefined)).toBe(true);
  });
});

describe('zfxxgk batch --profile', () => {
  it('adds the profile’s issues to each report’s counts', async () => {
    const input = folder('in');
    const report = JSON.parse(JSON.stringify(seedReport()).replaceAll('2023', '2025').replaceAll('2024', '2026'));
    delete report.title;
    writeFileSync(join(input, 'r.json'), JSON.stringify(report));
    const out = folder('out');
    const plain = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--force']);
    const without = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8')).reports[0].counts.warning;
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--force', '--profile', 'wuwei-2025']);
    expect([plain.code, run.code]).toEqual([0, 0]);
    const counts = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8')).reports[0].counts;
    // 总体情况 over 1,000 characters, and its part on 平台建设 without counts.
    expect(counts.warning).toBe(without + 2);
  });
});

describe('zfxxgk validate --profile', () => {
  it('adds a shipped profile’s issues by its name', async () => {
    const dir = folder('profile');
    const report = JSON.parse(JSON.stringify(seedReport()).replaceAll('2023', '2025').replaceAll('2024', '2026'));
    delete report.title;
    writeFileSync(join(dir, 'r.json'), JSON.stringify(report));
    const run = await zfxxgk(['validate', join(dir, 'r.json'), '--profile', 'wuwei-2025', '--json']);
    expect(run.code).toBe(0);
    const codes = JSON.parse(run.stdout).data.files[0].issues.map((i: any) => i.code);
    expect(codes).toContain('wuwei-2025/OVERVIEW_TOO_LONG');
  });

  it('loads a profile module by path, and refuses an unknown name', async () => {
    const dir = folder('profile');
    writeFileSync(join(dir, 'r.json'), JSON.stringify(seedReport()));
    const run = await zfxxgk([
      'validate',
      join(dir, 'r.json'),
      '--profile',
      'examples/profile/example-city-2025.js',
      '--json',
    ]);
    expect(run.code).toBe(0); // the example covers 2025 only: nothing for a 2023 report
    const unknown = await zfxxgk(['validate', join(dir, 'r.json'), '--profile', 'nowhere-2025']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有名为 nowhere-2025 的地方规则');
    const missing = await zfxxgk(['validate', join(dir, 'r.json'), '--profile', './missing.js']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法加载地方规则模块 ./missing.js');
  });
});
