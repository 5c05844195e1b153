import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

const errors = (report: unknown) => validate(report).issues.filter((i) => i.severity === 'error');

describe('the 勾稽 checks on a real report with exactly one wrong cell', () => {
  it('reports a wrong （七）总计 cell as T3_RESULTS_SUM with its label, and nothing else', () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    expect(errors(report)).toEqual([
      {
        code: 'T3_RESULTS_SUM',
        severity: 'error',
        path: ['requests', 'results', 'total', 'naturalPerson'],
        expected: 3,
        actual: 0,
        message:
          '表三 （七）总计 · 自然人：应为 3，实为 0。“（七）总计”应等于“（一）予以公开”至“（六）其他处理”各项之和',
        params: { rules: ['T3_ROW_TOTAL', 'T3_RESULTS_SUM', 'T3_BALANCE'] },
      },
    ]);
  });

  it('reports a wrong 四、结转下年度 cell as T3_BALANCE', () => {
    const report = seedReport();
    report.requests.carriedForward.commercial = 2;
    expect(errors(report)).toEqual([
      {
        code: 'T3_BALANCE',
        severity: 'error',
        path: ['requests', 'carriedForward', 'commercial'],
        expected: 0,
        actual: 2,
        message:
          '表三 四、结转下年度继续办理 · 商业企业：应为 0，实为 2。勾稽关系：本列“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”之和应等于“（七）总计”加“四、结转下年度继续办理”之和，现为 0 与 2',
        params: { rules: ['T3_ROW_TOTAL', 'T3_BALANCE'], leaf: true, left: 0, right: 2 },
      },
    ]);
  });

  it('reports a wrong 一、本年新收 cell as T3_BALANCE', () => {
    const report = seedReport();
    report.requests.newReceived.naturalPerson = 5;
    const [issue, ...rest] = errors(report);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'T3_BALANCE',
      path: ['requests', 'newReceived', 'naturalPerson'],
      expected: 3,
      actual: 5,
    });
  });

  it('reports a wrong row 总计 as T3_ROW_TOTAL', () => {
    const report = seedReport();
    report.requests.newReceived.total = 4;
    expect(errors(report)).toEqual([
      expect.objectContaining({
        code: 'T3_ROW_TOTAL',
        path: ['requests', 'newReceived', 'total'],
        expected: 3,
        actual: 4,
        message:
          '表三 一、本年新收政府信息公开申请数量 · 总计：应为 3，实为 4。“总计”应等于“自然人”至“法人或其他组织”各项之和',
      }),
    ]);
  });

  it('reports a wrong count inside an outcome group on that very cell', () => {
    const report = seedReport();
    report.requests.results.denied.stateSecret.research = 1;
    expect(errors(report)).toEqual([
      expect.objectContaining({
        code: 'T3_RESULTS_SUM',
        path: ['requests', 'results', 'denied', 'stateSecret', 'research'],
        expected: 0,
        actual: 1,
        message:
          '表三 （三）不予公开 1.属于国家秘密 · 科研机构：应为 0，实为 1。该数与本行“总计”、本列“（七）总计”均不符',
      }),
    ]);
  });

  it('reports a wrong 表四 group 总计 as T4_GROUP_TOTAL', () => {
    const report = seedReport();
    report.reviewLitigation.litigationAfterReview.total = 2;
    expect(errors(report)).toEqual([
      expect.objectContaining({
        code: 'T4_GROUP_TOTAL',
        path: ['reviewLitigation', 'litigationAfterReview', 'total'],
        expected: 0,
        actual: 2,
        message: '表四 行政诉讼 复议后起诉 · 总计：应为 0，实为 2。“总计”应等于“结果维持”至“尚未审结”各项之和',
      }),
    ]);
  });

  it('reports a 表四 outcome that disagrees with its 总计 on the 总计, as the two cannot be told apart', () => {
    const report = seedReport();
    report.reviewLitigation.review.upheld = 1;
    expect(errors(report)).toEqual([
      expect.objectContaining({
        code: 'T4_GROUP_TOTAL',
        path: ['reviewLitigation', 'review', 'total'],
        expected: 1,
        actual: 0,
      }),
    ]);
  });
});

describe('the 勾稽 checks with several mistakes', () => {
  it('gives two issues for two independent mistakes', () => {
    const report = seedReport();
    report.requests.results.granted.naturalPerson = 2;
    report.reviewLitigation.review.total = 7;
    const found = errors(report).map((i) => [i.code, i.path.join('.'), i.expected, i.actual]);
    expect(found).toEqual([
      ['T3_RESULTS_SUM', 'requests.results.granted.naturalPerson', 0, 2],
      ['T4_GROUP_TOTAL', 'reviewLitigation.review.total', 0, 7],
    ]);
  });

  it('traces two mistakes in one column to their two cells', () => {
    const report = huaianReport();
    report.requests.results.granted.naturalPerson += 5;
    report.requests.results.denied.stateSecret.naturalPerson += 1;
    const found = errors(report).map((i) => [i.path.join('.'), i.expected, i.actual]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['requests.results.granted.naturalPerson', 1288, 1293],
        ['requests.results.denied.stateSecret.naturalPerson', 2, 3],
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('reports each row of a 总计 column left at 0 beside non-zero counts', () => {
    const report = huaianReport();
    const walk = (node: any) => {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'total' && typeof value === 'number') node[key] = 0;
        else if (value && typeof value === 'object') walk(value);
      }
    };
    walk(report.requests);
    const issues = errors(report);
    expect(issues.every((i) => i.code === 'T3_ROW_TOTAL' && i.path.at(-1) === 'total' && i.actual === 0)).toBe(true);
    // Every row with a non-zero count, and only those.
    expect(issues.map((i) => i.path.slice(1, -1).join('.'))).toContain('results.granted');
    expect(issues.map((i) => i.path.slice(1, -1).join('.'))).not.toContain('results.notProcessed.publication');
    expect(issues.find((i) => i.path.join('.') === 'requests.newReceived.total')?.expected).toBe(3119);
  });

  it('reports a （七）总计 that folds one applicant column into another on both cells', () => {
    const report = huaianReport();
    report.requests.results.total.naturalPerson += report.requests.results.total.commercial;
    report.requests.results.total.commercial = 0;
    const found = errors(report).map((i) => [i.code, i.path.join('.'), i.expected, i.actual]);
    expect(found).toEqual([
      ['T3_RESULTS_SUM', 'requests.results.total.naturalPerson', 2932, 2985],
      ['T3_RESULTS_SUM', 'requests.results.total.commercial', 53, 0],
    ]);
  });

  it('reports an application counted both as handled and as carried forward', () => {
    const report = seedReport();
    report.requests.carriedForward.naturalPerson = 3;
    report.requests.carriedForward.total = 3;
    const found = errors(report).map((i) => [i.code, i.path.join('.'), i.expected, i.actual]);
    expect(found).toEqual([
      ['T3_BALANCE', 'requests.carriedForward.naturalPerson', 0, 3],
      ['T3_BALANCE', 'requests.carriedForward.total', 0, 3],
    ]);
  });
});

describe('omitted totals', () => {
  it('are derived, and the validated report holds them', () => {
    const report = seedReport();
    delete report.requests.results.total;
    delete report.requests.newReceived.total;
    delete report.reviewLitigation.review.total;
    const result = validate(report);
    expect(result.ok).toBe(true);
    expect(result.report?.requests.results.total).toEqual({
      naturalPerson: 3,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
      total: 3,
    });
    expect(result.report?.requests.newReceived.total).toBe(3);
    expect(result.report?.reviewLitigation.review.total).toBe(0);
  });

  it('still let the balance be checked through the derived （七）总计', () => {
    const report = seedReport();
    delete report.requests.results.total;
    report.requests.results.other.other.naturalPerson = 2;
    report.requests.results.other.other.total = 2;
    const found = errors(report).map((i) => [i.code, i.path.join('.'), i.expected, i.actual]);
    expect(found).toHaveLength(2);
    expect(found.map((f) => f[0])).toEqual(['T3_BALANCE', 'T3_BALANCE']);
  });
});

describe('the real reports', () => {
  it('淮安市 2024 as published has consistent tables', () => {
    expect(errors(huaianReport())).toEqual([]);
  });
});
