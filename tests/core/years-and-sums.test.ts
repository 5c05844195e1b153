import { describe, expect, it } from 'vitest';
import { aggregateTables, EDITION_2021, nextYearSkeleton, sumDecimals, validate } from '../../src/index.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

describe('nextYearSkeleton', () => {
  it('carries 结转下年度 into 上年结转 and 现行有效件数 forward, from a real report', () => {
    const last = huaianReport();
    const next = nextYearSkeleton(EDITION_2021, last) as any;
    expect(next.year).toBe(2025);
    expect(next.agency).toBe('淮安市人民政府');
    expect(next.requests.carriedOver).toEqual(last.requests.carriedForward);
    expect(next.activeDisclosure.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 66 });
    expect(next.activeDisclosure.regulations).toEqual({ issued: 0, repealed: 0, inForce: 11 });
    expect(next.requests.newReceived.total).toBe(0);
    // Its tables are a valid start; the cross-year checks pass against last year.
    next.overview = ['（待填写）'];
    next.problems = ['（待填写）'];
    next.otherMatters = ['无。'];
    next.requests.carriedForward = { ...next.requests.carriedOver };
    const result = validate(next, { previous: last });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'CARRY_CONTINUITY' || i.code === 'T2_INFORCE_CONTINUITY')).toEqual(
      [],
    );
  });
});

describe('aggregateTables', () => {
  it('sums the tables of real reports cell by cell, deriving valid totals', () => {
    const a = huaianReport();
    const b = seedReport();
    b.year = 2024;
    b.activeDisclosure.fees = 0.2;
    a.activeDisclosure.fees = 0.1;
    const sum = aggregateTables(EDITION_2021, [a, b], { agency: '汇总', year: 2024 }) as any;
    expect(sum.requests.newReceived.naturalPerson).toBe(3001 + 3);
    expect(sum.requests.results.total.total).toBe(3050 + 3);
    expect(sum.reviewLitigation.review.total).toBe(351);
    expect(sum.activeDisclosure.fees).toBe(0.3);
    sum.overview = ['汇总。'];
    sum.problems = ['无。'];
    sum.otherMatters = ['无。'];
    expect(validate(sum).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('sumDecimals', () => {
  it.each([
    [[0.1, 0.2], 0.3],
    [[96171.6, 24252.311082], 120423.911082],
    [[1, 2, 3], 6],
    [[1e-7, 2e-7], 3e-7],
  ])('sums %j to %d exactly', (values, expected) => {
    expect(sumDecimals(values)).toBe(expected);
  });
});
