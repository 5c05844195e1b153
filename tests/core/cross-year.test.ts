import { describe, expect, it } from 'vitest';
import { compareYears, validate, type Report } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';

/** The seed report as last year's, and a next year built from it the way an agency would. */
function twoYears() {
  const previous = seedReport();
  previous.requests.carriedForward = {
    naturalPerson: 2,
    commercial: 0,
    research: 0,
    socialWelfare: 0,
    legalService: 0,
    other: 0,
    total: 2,
  };
  previous.requests.newReceived = {
    naturalPerson: 5,
    commercial: 0,
    research: 0,
    socialWelfare: 0,
    legalService: 0,
    other: 0,
    total: 5,
  };
  const current = seedReport();
  current.year = 2024;
  current.title = '工布江达县人民政府2024年政府信息公开工作年度报告';
  current.publishedAt = '2025-01-20';
  current.requests.carriedOver = { ...previous.requests.carriedForward };
  current.requests.newReceived = {
    naturalPerson: 1,
    commercial: 0,
    research: 0,
    socialWelfare: 0,
    legalService: 0,
    other: 0,
    total: 1,
  };
  current.activeDisclosure.normativeDocuments = { issued: 2, repealed: 1, inForce: 13 };
  return { previous, current };
}

describe('checks across two years', () => {
  it('pass when this year continues last year', () => {
    const { previous, current } = twoYears();
    expect(validate(previous).ok).toBe(true);
    const result = validate(current, { previous });
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => ['CARRY_CONTINUITY', 'T2_INFORCE_CONTINUITY'].includes(i.code))).toEqual([]);
  });

  it("warn per column when 上年结转 differs from last year's 结转下年度", () => {
    const { previous, current } = twoYears();
    current.requests.carriedOver.naturalPerson = 0;
    current.requests.carriedOver.total = 0;
    current.requests.carriedForward.naturalPerson = 0;
    current.requests.carriedForward.total = 0;
    current.requests.results.other.other.naturalPerson = 1;
    current.requests.results.other.other.total = 1;
    current.requests.results.total.naturalPerson = 1;
    current.requests.results.total.total = 1;
    const result = validate(current, { previous });
    expect(result.ok).toBe(true);
    const carry = result.issues.filter((i) => i.code === 'CARRY_CONTINUITY');
    expect(carry.map((i) => [i.severity, i.path.join('.'), i.expected, i.actual])).toEqual([
      ['warning', 'requests.carriedOver.naturalPerson', 2, 0],
      ['warning', 'requests.carriedOver.total', 2, 0],
    ]);
    expect(carry[0]!.message).toBe(
      '表三 二、上年结转政府信息公开申请数量 · 自然人：上年报告“四、结转下年度继续办理”为 2，本年报告为 0',
    );
  });

  it('notes 现行有效件数 that does not follow from last year', () => {
    const { previous, current } = twoYears();
    current.activeDisclosure.normativeDocuments.inForce = 20;
    const issues = validate(current, { previous }).issues.filter((i) => i.code === 'T2_INFORCE_CONTINUITY');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'info',
        path: ['activeDisclosure', 'normativeDocuments', 'inForce'],
        expected: 13,
        actual: 20,
      }),
    ]);
    expect(issues[0]!.message).toBe(
      '表二 行政规范性文件 · 现行有效件数：按上年现行有效件数 12 + 本年制发件数 2 − 本年废止件数 1 应为 13，实为 20（如有修订或清理可忽略）',
    );
  });

  it('refuses to compare reports that are not consecutive years', () => {
    const { previous, current } = twoYears();
    expect(
      validate(current, { previous: current }).issues.filter((i) => i.code === 'PREVIOUS_YEAR_MISMATCH'),
    ).toHaveLength(1);
    // The two years here share the seed's text: copied narrative is reported (内容雷同), nothing else.
    const issues = compareYears(validate(current).report as Report, validate(previous).report as Report);
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['DUPLICATE_OF_LAST_YEAR', 'warning', 'overview'],
      ['DUPLICATE_OF_LAST_YEAR', 'warning', 'problems'],
    ]);
    expect(issues[0]!.message).toMatch(/^一、总体情况：与上年报告的相似度为 \d+%/);
  });

  it('does not call a rewritten narrative a copy', () => {
    const { previous, current } = twoYears();
    current.problems = [
      '2024年，全县政务公开工作仍存在专题解读数量偏少、政务新媒体更新频率不均衡等问题。下一步将建立解读材料与政策文件同步起草、同步审签、同步发布机制，并对各单位新媒体账号开展季度通报，督促按期整改，确保发布内容准确及时。',
    ];
    const issues = validate(current, { previous }).issues.filter((i) => i.code === 'DUPLICATE_OF_LAST_YEAR');
    expect(issues.map((i) => i.path.join('.'))).toEqual(['overview']);
  });

  it('does not compare with a previous report that has errors', () => {
    const { previous, current } = twoYears();
    previous.requests.newReceived.total = 99;
    expect(validate(current, { previous }).issues.filter((i) => i.code === 'PREVIOUS_INVALID')).toEqual([
      expect.objectContaining({ severity: 'warning', actual: 1 }),
    ]);
  });
});
