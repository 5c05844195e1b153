import { describe, expect, it } from 'vitest';
import { checkRoster, readRosterCsv, type RosterUnit } from '../../src/index.js';
import { deepFreeze } from '../helpers/reports.js';
import { COUNTY_ROSTER, reportOf } from './fixtures.js';

const facts = (issues: readonly { code: string; severity: string; params?: unknown }[]) =>
  issues.map(({ code, severity, params }) => ({ code, severity, params }));

function countyUnits(): readonly RosterUnit[] {
  const read = readRosterCsv(COUNTY_ROSTER);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.units;
}

describe('readRosterCsv', () => {
  it('reads names, kinds, parents, aliases and roll-ups, with their lines', () => {
    expect(countyUnits()).toEqual([
      { name: '工布江达县人民政府', kind: 'government', aliases: [], rollup: 'region', line: 2 },
      { name: '工布江达县教育局', kind: 'department', parent: '工布江达县人民政府', aliases: [], line: 3 },
      {
        name: '工布江达县卫生健康委员会',
        kind: 'department',
        parent: '工布江达县人民政府',
        aliases: ['工布江达县卫健委', '县卫健委'],
        line: 4,
      },
      { name: '工布江达县财政局', kind: 'department', parent: '工布江达县人民政府', aliases: [], line: 5 },
    ]);
  });

  it('takes Chinese column names in any order, a byte-order mark, `;` between aliases and the words a clerk types', () => {
    const read = readRosterCsv(
      '\ufeff上级,名称,别名,类型,汇总\n,某县人民政府,,政府,本地区\n某县人民政府,某县教育局,县教育局；教育局,部门,\n',
    );
    expect(read.ok).toBe(true);
    expect(read.units).toEqual([
      { name: '某县人民政府', kind: 'government', aliases: [], rollup: 'region', line: 2 },
      { name: '某县教育局', kind: 'department', parent: '某县人民政府', aliases: ['县教育局', '教育局'], line: 3 },
    ]);
  });

  it('names every wrong line at once, each with what is wrong', () => {
    const csv = [
      'name,kind,parent,aliases,rollup',
      '某县人民政府,govt,,,',
      ',department,,,',
      '某县教育局,,某市人民政府,,',
      '某县 政府,,,,',
      '某县财政局,,,,whole',
    ].join('\n');
    const read = readRosterCsv(csv);
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => i.params)).toEqual([
      { line: 2, problem: 'unknownKind', name: '某县人民政府', detail: 'govt' },
      { line: 3, problem: 'emptyName' },
      { line: 6, problem: 'unknownRollup', name: '某县财政局', detail: 'whole' },
      { line: 5, problem: 'nameClash', name: '某县 政府', detail: '某县人民政府' },
      { line: 4, problem: 'unknownParent', name: '某县教育局', detail: '某市人民政府' },
    ]);
    expect(read.issues[4]!.message).toBe('名单第 4 行“某县教育局”：上级“某市人民政府”不在名单中');
  });

  it('refuses a header without a name column, an unknown column, and text that is not CSV', () => {
    expect(readRosterCsv('单位名,上级\n某县,\n').issues.map((i) => i.params)).toEqual([
      { line: 1, problem: 'unknownColumn', detail: '单位名' },
      { line: 1, problem: 'noNameColumn' },
    ]);
    const broken = readRosterCsv('name\n"某县人民政府\n');
    expect(broken.issues.map((i) => i.params)).toEqual([{ line: 2, problem: 'csv', detail: 'CSV_QUOTE_NOT_CLOSED' }]);
    expect(broken.issues[0]!.severity).toBe('error');
  });

  it('finds a unit that is its own parent through another', () => {
    const read = readRosterCsv('name,parent\n甲局,乙局\n乙局,甲局\n');
    expect(read.issues.map((i) => i.params)).toEqual([
      { line: 2, problem: 'parentCycle', name: '甲局' },
      { line: 3, problem: 'parentCycle', name: '乙局' },
    ]);
  });
});

describe('checkRoster', () => {
  it('lists the missing unit, the report from a unit not on the roster, and the unit matched by its alias', () => {
    const reports = deepFreeze([
      { ...reportOf('工布江达县人民政府'), file: 'county.json' },
      { ...reportOf('工布江达县教育局'), file: 'education.json' },
      { ...reportOf('工布江达县卫健委'), file: 'health.json' },
      { ...reportOf('工布江达县八一镇人民政府'), file: 'bayi.json' },
    ]);
    const check = checkRoster(reports, countyUnits(), { year: 2023 });
    expect(check.missing.map((u) => u.name)).toEqual(['工布江达县财政局']);
    expect(check.extra).toEqual([3]);
    expect(check.duplicates).toEqual([]);
    expect(check.byUnit).toEqual({
      工布江达县人民政府: [0],
      工布江达县教育局: [1],
      工布江达县卫生健康委员会: [2],
      工布江达县财政局: [],
    });
    expect(facts(check.issues)).toEqual([
      {
        code: 'ROSTER_MISSING',
        severity: 'warning',
        params: { unit: '工布江达县财政局', year: 2023, kind: 'department', parent: '工布江达县人民政府' },
      },
      {
        code: 'ROSTER_EXTRA',
        severity: 'warning',
        params: { agency: '工布江达县八一镇人民政府', year: 2023, file: 'bayi.json' },
      },
      {
        code: 'ROSTER_NAME_MATCHED',
        severity: 'info',
        params: {
          unit: '工布江达县卫生健康委员会',
          agency: '工布江达县卫健委',
          via: 'alias',
          matched: '工布江达县卫健委',
          rules: [],
          file: 'health.json',
        },
      },
    ]);
    expect(check.issues[0]!.message).toBe('“工布江达县财政局”（上级：工布江达县人民政府）没有 2023 年度报告');
    expect(check.issues[2]!.message).toBe(
      'health.json：报告机关“工布江达县卫健委”是名单中“工布江达县卫生健康委员会”的别名',
    );
  });

  it('matches names that differ in width, spaces and 人民政府/政府, showing each with what it matched', () => {
    const reports = [
      reportOf('工布江达县政府'),
      reportOf('工布江达县　教育局'),
      reportOf('工布江达县卫健委 '),
      reportOf('工布江达县财政局'),
    ];
    const check = checkRoster(reports, countyUnits(), { year: 2023 });
    expect(check.missing).toEqual([]);
    expect(check.extra).toEqual([]);
    expect(
      check.matches.map(({ agency, unit, via, matched, rules }) => ({ agency, unit, via, matched, rules })),
    ).toEqual([
      {
        agency: '工布江达县政府',
        unit: '工布江达县人民政府',
        via: 'normalised',
        matched: '工布江达县人民政府',
        rules: ['government-of-region', 'people-government'],
      },
      {
        agency: '工布江达县　教育局',
        unit: '工布江达县教育局',
        via: 'normalised',
        matched: '工布江达县教育局',
        rules: ['nfkc', 'spaces'],
      },
      {
        agency: '工布江达县卫健委 ',
        unit: '工布江达县卫生健康委员会',
        via: 'alias',
        matched: '工布江达县卫健委',
        rules: ['spaces'],
      },
    ]);
    expect(check.issues.map((i) => i.code)).toEqual([
      'ROSTER_NAME_MATCHED',
      'ROSTER_NAME_MATCHED',
      'ROSTER_NAME_MATCHED',
    ]);
    expect(check.issues[0]!.message).toBe(
      '报告机关“工布江达县政府”按规范化后的名称“工布江达县人民政府”认定为名单中“工布江达县人民政府”（规则：government-of-region、people-government）',
    );
  });

  it('lists a unit with two reports for the year with both, and leaves reports of other years out', () => {
    const lastYear = { ...reportOf('工布江达县财政局'), year: 2022 };
    const reports = [
      { ...reportOf('工布江达县人民政府'), file: 'a.json' },
      { ...reportOf('工布江达县政府'), file: 'b.json' },
      { ...reportOf('工布江达县教育局'), file: 'c.json' },
      { ...reportOf('工布江达县卫生健康委员会'), file: 'd.json' },
      { ...lastYear, file: 'e.json' },
    ];
    const check = checkRoster(reports, countyUnits());
    expect(check.year).toBe(2023);
    expect(check.duplicates).toEqual([{ unit: '工布江达县人民政府', reports: [0, 1] }]);
    expect(check.otherYears).toEqual([4]);
    expect(check.missing.map((u) => u.name)).toEqual(['工布江达县财政局']);
    const duplicate = check.issues.find((i) => i.code === 'ROSTER_DUPLICATE')!;
    expect(duplicate.params).toEqual({ unit: '工布江达县人民政府', year: 2023, reports: ['a.json', 'b.json'] });
    expect(duplicate.message).toBe('“工布江达县人民政府”有 2 份 2023 年度报告：a.json、b.json');
  });

  it('makes its messages in English when asked', () => {
    const check = checkRoster([reportOf('工布江达县人民政府')], countyUnits(), { year: 2023, lang: 'en' });
    expect(check.issues[0]!.message).toBe('“工布江达县教育局” (under 工布江达县人民政府) has no report for 2023');
  });
});
