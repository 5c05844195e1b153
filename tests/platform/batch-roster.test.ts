import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateTables, compileEdition, EDITION_2021 } from '../../src/index.js';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { encodeGbk } from '../helpers/gbk.js';
import { COUNTY_ROSTER, reportOf } from './fixtures.js';

const tableKeys = [...new Set(compileEdition(EDITION_2021).cells.map((c) => c.path[0]!))];

/**
 * The county's reports: its own (a roll-up whose tables are the sums over its two departments but
 * for one 行政复议 upheld that neither reports), 教育局, 卫生健康委员会 under its alias 卫健委, and
 * a town not on the roster whose name carries markup. 财政局 sent nothing.
 */
function countyBatch(): { input: string; out: string; roster: string } {
  const input = mkdtempSync(join(tmpdir(), 'zfxxgk-roster-in-'));
  const out = mkdtempSync(join(tmpdir(), 'zfxxgk-roster-out-'));
  const education = reportOf('工布江达县教育局');
  const health = reportOf('工布江达县卫健委');
  const county = reportOf('工布江达县人民政府');
  const sums = aggregateTables(EDITION_2021, [education, health], { agency: county.agency, year: 2023 });
  for (const key of tableKeys) county[key] = sums[key];
  county.reviewLitigation.review.upheld = 1;
  county.reviewLitigation.review.total = 1;
  writeFileSync(join(input, 'county.json'), JSON.stringify(county));
  writeFileSync(join(input, 'education.json'), JSON.stringify(education));
  writeFileSync(join(input, 'health.json'), JSON.stringify(health));
  writeFileSync(join(input, 'town.json'), JSON.stringify(reportOf('<b>八一镇</b>人民政府')));
  const roster = join(mkdtempSync(join(tmpdir(), 'zfxxgk-roster-')), 'units.csv');
  writeFileSync(roster, COUNTY_ROSTER);
  return { input, out, roster };
}

describe('zfxxgk batch --roster', () => {
  it('lists the missing unit, the extra report and the alias match, and the one roll-up cell that differs', async () => {
    const { input, out, roster } = countyBatch();
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--roster', roster, '--json']);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    const summary = envelopeOf(run).data;
    expect(summary.summaryFiles.rosterCsv).toMatch(/zfxxgk-roster\.csv$/);
    const r = summary.roster;
    expect(r.year).toBe(2023);
    expect(r.missing).toEqual([{ unit: '工布江达县财政局', kind: 'department', parent: '工布江达县人民政府' }]);
    expect(r.extra.map((e: any) => e.agency)).toEqual(['<b>八一镇</b>人民政府']);
    expect(r.matches.map((m: any) => [m.agency, m.unit, m.via])).toEqual([
      ['工布江达县卫健委', '工布江达县卫生健康委员会', 'alias'],
    ]);
    expect(r.rollups).toHaveLength(1);
    expect(r.rollups[0].cells).toEqual([
      { path: ['reviewLitigation', 'review', 'upheld'], label: '表四 行政复议 · 结果维持', declared: 1, sum: 0 },
    ]);
    expect(r.rollups[0].missing).toEqual(['工布江达县财政局']);
    expect(r.issues.map((i: any) => i.code).sort()).toEqual([
      'ROLLUP_MISMATCH',
      'ROLLUP_PARTIAL',
      'ROSTER_EXTRA',
      'ROSTER_MISSING',
      'ROSTER_NAME_MATCHED',
    ]);

    const written = JSON.parse(readFileSync(join(out, 'zfxxgk-roster.json'), 'utf8'));
    expect(written).toEqual(r);
    const csv = readFileSync(join(out, 'zfxxgk-roster.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\ufefffinding,unit,agency,file,matched,detail');
    expect(csv.filter((l) => l.startsWith('missing,'))).toEqual([
      'missing,工布江达县财政局,,,,parent: 工布江达县人民政府',
    ]);
    expect(csv.filter((l) => l.startsWith('rollupMismatch,'))).toHaveLength(1);

    const page = readFileSync(join(out, 'zfxxgk-summary.html'), 'utf8');
    expect(page).toContain('&lt;b&gt;八一镇&lt;/b&gt;人民政府');
    expect(page).not.toContain('<b>八一镇');
    expect(page).toContain('表四 行政复议 · 结果维持');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  });

  it('prints what the roster check found after the counts', async () => {
    const { input, out, roster } = countyBatch();
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--roster', roster]);
    expect(run.stdout).toContain(
      '名单核对（2023 年度，4 个单位）：未报送 1，名单外 1，重复报送 0，名称规范化后匹配 1；汇总报告 1 份，不符 1 格',
    );
    expect(run.stdout).toContain('“工布江达县财政局”（上级：工布江达县人民政府）没有 2023 年度报告');
    expect(run.stdout).toContain('zfxxgk-roster.csv');
  });

  it('refuses a roster with mistakes before rendering anything, naming every wrong line', async () => {
    const { input, out } = countyBatch();
    const roster = join(mkdtempSync(join(tmpdir(), 'zfxxgk-roster-')), 'bad.csv');
    writeFileSync(roster, 'name,parent\n某县人民政府,\n某县教育局,某市人民政府\n,某县人民政府\n');
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--roster', roster]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('名单第 3 行“某县教育局”：上级“某市人民政府”不在名单中');
    expect(run.stderr).toContain('名单第 4 行：单位名称为空');
    expect(existsSync(join(out, 'zfxxgk-summary.json'))).toBe(false);
  });

  it('reads a roster saved as GBK when told, and says how when not', async () => {
    const { input, out } = countyBatch();
    const roster = join(mkdtempSync(join(tmpdir(), 'zfxxgk-roster-')), 'gbk.csv');
    writeFileSync(roster, encodeGbk(COUNTY_ROSTER));
    const refused = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--roster', roster]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ENCODING_INVALID');
    const run = await zfxxgk([
      'batch',
      input,
      '--out',
      out,
      '--format',
      'html',
      '--roster',
      roster,
      '--roster-encoding',
      'gbk',
    ]);
    expect(run.stdout).toContain('未报送 1，名单外 1');
  });

  it('refuses --year without --roster', async () => {
    const { input, out } = countyBatch();
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html', '--year', '2023']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--year 和 --roster-encoding 只与 --roster 一起使用');
  });
});
