import { describe, expect, it } from 'vitest';
import { inferAgencyKind, validate } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';

const pick = (report: unknown, ...codes: string[]) =>
  validate(report)
    .issues.filter((i) => codes.includes(i.code))
    .map((i) => ({ code: i.code, severity: i.severity, expected: i.expected, actual: i.actual }));

describe('the publication deadline of 第四十九条', () => {
  it('infers a county government from 工布江达县人民政府 and says so', () => {
    const [issue] = validate(seedReport()).issues.filter((i) => i.code === 'AGENCY_KIND_INFERRED');
    expect(issue).toMatchObject({ severity: 'info', path: ['agencyKind'], actual: 'government' });
    expect(issue!.message).toContain('3月31日');
  });

  it('accepts the seed report, dated 2024-01-27, without a deadline warning', () => {
    expect(pick(seedReport(), 'LATE_PUBLICATION')).toEqual([]);
  });

  it('warns when a department publishes after 31 January', () => {
    const report = { ...seedReport(), agency: '工布江达县教育局', publishedAt: '2024-02-01' };
    expect(pick(report, 'LATE_PUBLICATION', 'AGENCY_KIND_INFERRED')).toEqual([
      { code: 'LATE_PUBLICATION', severity: 'warning', expected: '2024-01-31', actual: '2024-02-01' },
      { code: 'AGENCY_KIND_INFERRED', severity: 'info', expected: undefined, actual: 'department' },
    ]);
  });

  it('gives a government until 31 March, and the stated kind wins over the name', () => {
    expect(pick({ ...seedReport(), publishedAt: '2024-03-31' }, 'LATE_PUBLICATION')).toEqual([]);
    expect(pick({ ...seedReport(), publishedAt: '2024-04-01' }, 'LATE_PUBLICATION')).toEqual([
      { code: 'LATE_PUBLICATION', severity: 'warning', expected: '2024-03-31', actual: '2024-04-01' },
    ]);
    const stated = { ...seedReport(), agencyKind: 'department', publishedAt: '2024-02-01' };
    expect(pick(stated, 'LATE_PUBLICATION', 'AGENCY_KIND_INFERRED')).toEqual([
      { code: 'LATE_PUBLICATION', severity: 'warning', expected: '2024-01-31', actual: '2024-02-01' },
    ]);
  });

  it('does not run for a township, and says why', () => {
    const report = { ...seedReport(), agency: '错高乡人民政府', publishedAt: '2024-05-01' };
    const issues = validate(report).issues.filter((i) => i.code === 'DEADLINE_UNCHECKED');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('未检查发布期限：《条例》未规定乡镇人民政府或街道办事处的公布期限');
  });

  it('warns when there is no date, and says the deadline check could not run', () => {
    const report = seedReport();
    delete report.publishedAt;
    const result = validate(report);
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.path[0] === 'publishedAt').map((i) => [i.code, i.severity])).toEqual([
      ['PUBLISHED_AT_MISSING', 'warning'],
      ['DEADLINE_UNCHECKED', 'info'],
    ]);
  });

  it('warns when the date falls inside the reporting year', () => {
    expect(pick({ ...seedReport(), publishedAt: '2023-06-01' }, 'PUBLISHED_BEFORE_YEAR_END')).toEqual([
      { code: 'PUBLISHED_BEFORE_YEAR_END', severity: 'warning', expected: '2024-01-01', actual: '2023-06-01' },
    ]);
  });
});

describe('year, edition and title', () => {
  it('warns when a 2020 report uses the 2021 edition', () => {
    const report = { ...seedReport(), year: 2020, publishedAt: '2021-01-20', title: undefined };
    expect(pick(report, 'EDITION_MISMATCH')).toEqual([
      { code: 'EDITION_MISMATCH', severity: 'warning', expected: null, actual: 2020 },
    ]);
  });

  it('warns when the title names another year', () => {
    expect(pick({ ...seedReport(), year: 2024, publishedAt: '2025-01-20' }, 'TITLE_YEAR_MISMATCH')).toEqual([
      { code: 'TITLE_YEAR_MISMATCH', severity: 'warning', expected: 2024, actual: 2023 },
    ]);
  });
});

describe('inferAgencyKind', () => {
  it.each([
    ['工布江达县人民政府', 'government'],
    ['淮安市人民政府', 'government'],
    ['淮安市人民政府办公室', 'department'],
    ['林芝市生态环境局', 'department'],
    ['错高乡人民政府', 'township'],
    ['城关镇人民政府', 'township'],
    ['新华街道办事处', 'township'],
  ])('%s → %s', (name, kind) => {
    expect(inferAgencyKind(name)).toBe(kind);
  });
});
