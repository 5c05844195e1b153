import { describe, expect, it } from 'vitest';
import { validate, type Issue, type IssueCode, type IssueOf, type ValidateOptions } from '../../src/index.js';
import { deepFreeze, huaianReport, seedReport } from '../helpers/reports.js';

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

function expectWellFormed(issues: readonly Issue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(hasChinese(issue.message)).toBe(true);
  }
}

const only = <C extends IssueCode>(input: unknown, code: C) =>
  validate(input).issues.filter((i): i is IssueOf<C> => i.code === code);

describe('validate on bad input', () => {
  it('answers text that is not JSON with JSON_SYNTAX naming line and column', () => {
    const result = validate('{\n  "format": "2021",\n}');
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'JSON_SYNTAX', severity: 'error', path: [] });
    expect(result.issues[0]!.message).toMatch(/第 3 行第 1 列/);
  });

  it('answers YAML indented with tabs with JSON_SYNTAX', () => {
    const [issue] = validate('format: "2021"\nrequests:\n\tnewReceived: 1\n').issues;
    expect(issue).toMatchObject({ code: 'JSON_SYNTAX' });
    expect(issue!.message).toMatch(/YAML 语法错误 第 3 行/);
  });

  it('answers an empty text, a number, null and an array with one issue each', () => {
    for (const input of ['', '   ', 42, null, [], undefined]) {
      const result = validate(input);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expectWellFormed(result.issues);
    }
  });

  it('reports a wrong format and keeps checking against the edition of the year', () => {
    const report = seedReport();
    report.format = '2019-draft';
    report.requests.newReceived.total = 9;
    const codes = validate(report)
      .issues.filter((i) => i.severity === 'error')
      .map((i) => i.code);
    expect(codes).toEqual(['FORMAT_UNKNOWN', 'T3_ROW_TOTAL']);
    expect(only(report, 'FORMAT_UNKNOWN')[0]).toMatchObject({
      path: ['format'],
      expected: '2021',
      actual: '2019-draft',
      params: { received: 'string', assumed: '2021', allowed: ['2021'] },
    });
  });

  it('reports each missing section as SECTIONS_PRESENT', () => {
    const report = seedReport();
    delete report.requests;
    delete report.otherMatters;
    const issues = only(report, 'SECTIONS_PRESENT');
    expect(issues.map((i) => i.path)).toEqual([['requests'], ['otherMatters']]);
    expect(issues.map((i) => i.message)).toEqual([
      '缺少“三、收到和处理政府信息公开申请情况”部分',
      '缺少“六、其他需要报告的事项”部分',
    ]);
  });

  it('reports unknown keys with a suggestion for typos', () => {
    const report = seedReport();
    report.requests.results.grnted = report.requests.results.granted;
    delete report.requests.results.granted;
    report.extra = true;
    const unknown = only(report, 'UNKNOWN_KEY');
    expect(unknown.map((i) => [i.path.join('.'), i.params?.suggestion])).toEqual([
      ['requests.results.grnted', 'granted'],
      ['extra', undefined],
    ]);
    expect(unknown[0]!.message).toBe('表三 三、本年度办理结果：格式中没有字段“grnted”，是否应为“granted”？');
    // The misspelt row is missing where it belongs, and said so.
    expect(only(report, 'FIELD_MISSING').map((i) => i.path.join('.'))).toEqual(['requests.results.granted']);
  });

  it.each([
    ['a negative count', -1, -1],
    ['a fractional count', 1.5, 1.5],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['an unsafe integer', 2 ** 53, 2 ** 53],
    ['a string', '3', '3'],
    ['null', null, null],
  ])('reports %s in a count as NONNEG_INT', (_, value, actual) => {
    const report = seedReport();
    report.requests.carriedOver.research = value;
    const issues = only(report, 'NONNEG_INT');
    expect(issues).toEqual([
      expect.objectContaining({ path: ['requests', 'carriedOver', 'research'], actual, severity: 'error' }),
    ]);
    expect(issues[0]!.message).toMatch(/^表三 二、上年结转政府信息公开申请数量 · 科研机构：应为非负整数/);
  });

  it('reports a negative fee as FEE_NONNEG and accepts any decimal', () => {
    const report = seedReport();
    report.activeDisclosure.fees = -0.5;
    expect(only(report, 'FEE_NONNEG')).toEqual([
      expect.objectContaining({
        path: ['activeDisclosure', 'fees'],
        actual: -0.5,
        message: '表二 行政事业性收费 · 本年收费金额（单位：万元）：应为非负数（单位：万元），实为 -0.5',
      }),
    ]);
    report.activeDisclosure.fees = 24252.311082;
    expect(validate(report).ok).toBe(true);
  });

  it('reports a 1 MB paragraph as TEXT_TOO_LONG without copying it into the issue', () => {
    const report = seedReport();
    report.problems = ['长'.repeat(1_000_000)];
    const [issue] = only(report, 'TEXT_TOO_LONG');
    expect(issue).toMatchObject({ path: ['problems', 0], expected: 20000, actual: 1_000_000 });
    expect(issue!.message).toBe('五、存在的主要问题及改进情况 第1段：长度为 1000000 字符，超过上限 20000 字符');
    expect(JSON.stringify(validate(report).issues).length).toBeLessThan(5000);
  });

  it('reports empty text, control characters and empty narrative sections', () => {
    const report = seedReport();
    report.agency = '  ';
    report.overview[1].paragraphs[0] = 'a\u0007b';
    report.problems = [];
    const codes = validate(report)
      .issues.filter((i) => i.severity === 'error')
      .map((i) => [i.code, i.path.join('.')]);
    expect(codes).toEqual([
      ['TEXT_EMPTY', 'agency'],
      ['CONTROL_CHARACTER', 'overview.1.paragraphs.0'],
      ['NARRATIVE_EMPTY', 'problems'],
    ]);
  });

  it('reports wrong types of header fields, and an impossible date', () => {
    const report = seedReport();
    report.year = '2023';
    report.publishedAt = '2024-02-30';
    report.agencyKind = 'county';
    const issues = validate(report).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path.join('.'), i.actual])).toEqual([
      ['FIELD_TYPE', 'year', '2023'],
      ['DATE_INVALID', 'publishedAt', '2024-02-30'],
      ['FIELD_TYPE', 'agencyKind', 'county'],
    ]);
    expectWellFormed(issues);
  });

  it('reports a year out of range', () => {
    const report = seedReport();
    report.year = 1999;
    expect(only(report, 'YEAR_RANGE')).toEqual([
      expect.objectContaining({ path: ['year'], actual: 1999, params: { min: 2008, max: 2100 } }),
    ]);
  });

  it('reports a block of the wrong shape against the branch the input chose', () => {
    const report = seedReport();
    report.overview[1] = { heading: '主动公开情况', paragraphs: 'not a list' };
    report.overview[2] = 7;
    const issues = validate(report).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['FIELD_TYPE', 'overview.1.paragraphs'],
      ['FIELD_TYPE', 'overview.2'],
    ]);
  });

  it('still runs every arithmetic check when other fields fail', () => {
    const report = seedReport();
    report.agency = 12;
    report.unknown = 1;
    delete report.overview;
    report.requests.results.total.naturalPerson = 0;
    report.reviewLitigation.review.total = 4;
    const codes = validate(report)
      .issues.filter((i) => i.severity === 'error')
      .map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['FIELD_TYPE', 'UNKNOWN_KEY', 'SECTIONS_PRESENT', 'T3_RESULTS_SUM', 'T4_GROUP_TOTAL']),
    );
  });

  it('never throws, even on exotic objects', () => {
    const cyclic: Record<string, unknown> = seedReport();
    cyclic['preamble'] = [cyclic];
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    for (const input of [cyclic, hostile, new Date(), () => 1, Symbol('x'), 10n]) {
      expect(() => validate(input)).not.toThrow();
      expect(validate(input).ok).toBe(false);
    }
  });
});

/** Valid and invalid reports, each with the options it is validated with. */
const corpus: [string, () => { input: Record<string, any>; options?: ValidateOptions }][] = [
  ['the seed', () => ({ input: seedReport() })],
  ['淮安 2024', () => ({ input: huaianReport() })],
  [
    'a report with its totals left out',
    () => {
      const input = seedReport();
      delete input.requests.newReceived.total;
      delete input.requests.results.total;
      delete input.reviewLitigation.review.total;
      return { input };
    },
  ],
  [
    'a report with wrong totals, unknown keys and wrong types',
    () => {
      const input = seedReport();
      input.requests.results.total.naturalPerson = 0;
      input.requests.results.grnted = {};
      input.year = '2023';
      input.overview[1] = { heading: '主动公开情况', paragraphs: 'not a list' };
      delete input.problems;
      return { input };
    },
  ],
  [
    'cells typed by hand, read leniently',
    () => {
      const input = seedReport();
      input.requests.newReceived.naturalPerson = ' ３';
      input.requests.carriedOver.research = '/';
      input.reviewLitigation.review.total = '';
      delete input.requests.carriedForward.other;
      return { input, options: { mode: 'lenient' } };
    },
  ],
  [
    'a report checked against last year',
    () => {
      const input = seedReport();
      input.year = 2024;
      input.publishedAt = '2025-01-20';
      input.title = '工布江达县人民政府2024年政府信息公开工作年度报告';
      return { input, options: { previous: seedReport() } };
    },
  ],
  [
    'a lenient report checked against a lenient last year with a total left out',
    () => {
      const input = seedReport();
      input.year = 2024;
      input.requests.newReceived.commercial = '0';
      const previous = seedReport();
      previous.requests.carriedForward.total = '';
      delete previous.requests.newReceived.total;
      return { input, options: { mode: 'lenient', previous } };
    },
  ],
];

describe('validate never changes its input', () => {
  it.each(corpus)('leaves %s and its options as they were', (_, make) => {
    const { input, options } = make();
    const before = structuredClone({ input, options });
    validate(input, options);
    expect({ input, options }).toEqual(before);
  });

  it.each(corpus)('gives the same answer for %s when it is deep-frozen', (_, make) => {
    // A write to a frozen object throws; validate turns that into INTERNAL_ERROR, so the answers differ.
    const plain = make();
    const frozen = make();
    deepFreeze(frozen);
    const answer = validate(frozen.input, frozen.options);
    expect(answer.issues.filter((i) => i.code === 'INTERNAL_ERROR')).toEqual([]);
    expect(answer).toEqual(validate(plain.input, plain.options));
  });
});
