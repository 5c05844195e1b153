import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { huaianReport, projectPath, seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-init-'));
chmodSync(dir, 0o755);

describe('zfxxgk init', () => {
  it('writes a report to fill in from last year, carrying 结转 and 现行有效件数 over', async () => {
    const last = huaianReport();
    last.requests.carriedForward.commercial = 2;
    last.requests.carriedForward.total += 2;
    last.requests.newReceived.commercial += 2;
    last.requests.newReceived.total += 2;
    writeFileSync(join(dir, 'huaian-2024.json'), JSON.stringify(last));
    const run = await zfxxgk(['init', '--from', join(dir, 'huaian-2024.json'), '-o', join(dir, 'next.json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('淮安市人民政府 2025年度');
    const next = JSON.parse(readFileSync(join(dir, 'next.json'), 'utf8'));
    expect(Object.keys(next)).toEqual([
      'format',
      'agency',
      'year',
      'overview',
      'activeDisclosure',
      'requests',
      'reviewLitigation',
      'problems',
      'otherMatters',
    ]);
    // Totals are left out, to be derived.
    const { total: _carriedTotal, ...carried } = last.requests.carriedForward;
    expect(next.requests.carriedOver).toEqual(carried);
    expect(next.activeDisclosure.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 66 });
    expect(next.requests.results.denied.stateSecret).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
    });
    expect(next.overview.map((b: any) => b.heading)).toEqual([
      '主动公开情况',
      '依申请公开情况',
      '政府信息管理情况',
      '政府信息公开平台建设情况',
      '监督保障情况',
    ]);
    // What is left to do is what validation asks for.
    const codes = validate(next).issues.map((i) => i.code);
    expect(codes).toContain('NARRATIVE_EMPTY');
    expect(codes).toContain('HEADING_EMPTY');
    expect(codes).toContain('T3_BALANCE');
  });

  it('writes a blank report for an agency and year, and will not overwrite without --force', async () => {
    const path = join(dir, 'blank.json');
    expect((await zfxxgk(['init', '--agency', '工布江达县人民政府', '--year', '2024', '-o', path])).code).toBe(0);
    const blank = JSON.parse(readFileSync(path, 'utf8'));
    expect(blank).toMatchObject({ format: '2021', agency: '工布江达县人民政府', year: 2024 });
    const again = await zfxxgk(['init', '--agency', '工布江达县人民政府', '--year', '2024', '-o', path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
    expect((await zfxxgk(['init', '--agency', 'x', '--year', '1990', '-o', join(dir, 'y.json')])).code).toBe(2);
    expect((await zfxxgk(['init', '-o', join(dir, 'z.json')])).stderr).toContain('请给出 --agency');
  });

  it('refuses to start from a last-year report with errors', async () => {
    const broken = seedReport();
    broken.requests.newReceived.total = 99;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const run = await zfxxgk(['init', '--from', join(dir, 'broken.json'), '-o', join(dir, 'never.json')]);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

describe('zfxxgk aggregate', () => {
  it('sums the tables of reports of one year into a valid skeleton, leaving out reports with errors', async () => {
    const a = seedReport();
    const b = seedReport();
    b.agency = '工布江达县教育局';
    b.requests.newReceived = {
      naturalPerson: 2,
      commercial: 1,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
      total: 3,
    };
    b.requests.carriedForward = { ...b.requests.newReceived };
    b.requests.results.other.other = {
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
      total: 0,
    };
    b.requests.results.total = { ...b.requests.results.other.other };
    const bad = seedReport();
    bad.agency = '某局';
    bad.reviewLitigation.review.total = 5;
    const other = huaianReport();
    for (const [name, r] of Object.entries({ a, b, bad, other }))
      writeFileSync(join(dir, `agg-${name}.json`), JSON.stringify(r));
    const out = join(dir, 'summary.json');
    const run = await zfxxgk([
      'aggregate',
      ...['a', 'b', 'bad', 'other'].map((n) => join(dir, `agg-${n}.json`)),
      '-o',
      out,
      '--agency',
      '工布江达县汇总',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toContain('报告年度不一');
    const ok = await zfxxgk([
      'aggregate',
      ...['a', 'b', 'bad', 'other'].map((n) => join(dir, `agg-${n}.json`)),
      '-o',
      out,
      '--agency',
      '工布江达县汇总',
      '--year',
      '2023',
      '--json',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const members = envelopeOf(ok).data.members;
    expect(members.map((m: any) => [m.file.split('/').pop(), m.included])).toEqual([
      ['agg-a.json', true],
      ['agg-b.json', true],
      ['agg-bad.json', false],
      ['agg-other.json', false],
    ]);
    const sum = JSON.parse(readFileSync(out, 'utf8'));
    expect(sum.agency).toBe('工布江达县汇总');
    expect(sum.requests.newReceived).toEqual({
      naturalPerson: 5,
      commercial: 1,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
      total: 6,
    });
    expect(sum.activeDisclosure.licensing).toBe(821 * 2);
    const result = validate({ ...sum, overview: ['汇总。'], problems: ['无。'], otherMatters: ['无。'] });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // --include-invalid takes the bad one's counts, not its wrong total.
    const all = await zfxxgk([
      'aggregate',
      ...['a', 'bad'].map((n) => join(dir, `agg-${n}.json`)),
      '-o',
      out,
      '--include-invalid',
    ]);
    expect(all.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).reviewLitigation.review.total).toBe(0);
  });
});

describe('every command', () => {
  it.each(['validate', 'render', 'batch', 'init', 'aggregate', 'import', 'schema', 'fonts'])(
    '%s has --help',
    async (name) => {
      const run = await zfxxgk([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`用法 / usage: zfxxgk ${name}`);
    },
  );

  it('prints the version and the list of commands', async () => {
    expect((await zfxxgk(['--version'])).stdout.trim()).toBe(
      JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version,
    );
    expect((await zfxxgk(['--help'])).stdout).toContain('aggregate');
  });
});
