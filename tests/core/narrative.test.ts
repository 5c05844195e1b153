import { describe, expect, it } from 'vitest';
import { validate, type IssueCode, type IssueOf } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';

const of = <C extends IssueCode>(report: unknown, code: C) =>
  validate(report).issues.filter((i): i is IssueOf<C> => i.code === code);

describe('advice on the narrative', () => {
  it('finds the five areas of 一、总体情况 in the seed report', () => {
    expect(of(seedReport(), 'OVERVIEW_TOPICS')).toEqual([]);
  });

  it('names the areas an overview leaves out', () => {
    const report = seedReport();
    report.overview = report.overview.filter((b: any) => typeof b === 'string' || !b.heading.startsWith('监督保障'));
    report.overview[1].heading = '处理群众咨询和投诉工作情况。';
    const [issue] = of(report, 'OVERVIEW_TOPICS');
    expect(issue).toMatchObject({ severity: 'info', params: { missing: ['主动公开', '监督保障'] } });
    expect(issue!.message).toBe('一、总体情况：格式要求分方面报告，未见小标题：主动公开、监督保障');
  });

  it('warns when a sub-heading carries its own number', () => {
    const report = seedReport();
    report.overview[1].heading = '（一）主动公开情况。';
    report.problems = [{ heading: '1. 存在问题', paragraphs: ['略。'] }];
    expect(of(report, 'HEADING_NUMBERED').map((i) => [i.path.join('.'), i.params.number])).toEqual([
      ['overview.1.heading', '（一）'],
      ['problems.0.heading', '1.'],
    ]);
  });

  it('notes how the opening paragraph names the parts', () => {
    const [variant] = of(seedReport(), 'HEADING_TEXT');
    expect(variant).toMatchObject({
      severity: 'info',
      path: ['preamble'],
      expected: '政府信息公开行政复议、行政诉讼情况',
      actual: '政府信息公开行政复议和行政诉讼情况',
    });
    const report = seedReport();
    report.preamble[1] = report.preamble[1].replace('政府信息公开行政复议和行政诉讼情况、', '');
    expect(of(report, 'HEADING_TEXT')[0]!.message).toBe(
      '开头段落：列举报告各部分时未提到“政府信息公开行政复议、行政诉讼情况”',
    );
  });

  it('hints that section 六 should state 信息处理费, and stops once it does', () => {
    expect(of(seedReport(), 'SECTION6_FEE_HINT')).toHaveLength(1);
    expect(of({ ...seedReport(), otherMatters: ['本年度未收取信息处理费。'] }, 'SECTION6_FEE_HINT')).toEqual([]);
  });
});

describe('what the text says against the tables', () => {
  it('finds the seed report\'s "共收到依申请公开3件，其中办结3件" consistent with table 三', () => {
    expect(of(seedReport(), 'NARRATIVE_TABLE_MISMATCH')).toEqual([]);
  });

  it('warns when the overview states other counts than table 三', () => {
    const report = seedReport();
    report.overview[2].paragraphs[0] = report.overview[2].paragraphs[0].replace(
      '共收到依申请公开3件，其中办结3件',
      '共收到依申请公开5件，其中办结4件',
    );
    const issues = of(report, 'NARRATIVE_TABLE_MISMATCH');
    expect(issues.map((i) => [i.severity, i.path.join('.'), i.expected, i.actual])).toEqual([
      ['warning', 'overview.2.paragraphs.0', 3, 5],
      ['warning', 'overview.2.paragraphs.0', 3, 4],
    ]);
    expect(issues[0]!.message).toBe(
      '一、总体情况 第3段 第1自然段：文字写“收到依申请公开5件”，而表三 一、本年新收政府信息公开申请数量 · 总计为 3',
    );
  });

  it('warns when the notice of the format is cited with a wrong document number', () => {
    const report = seedReport();
    report.preamble[0] = report.preamble[0].replace('国办公开办函〔2021〕30号', '国办发〔2021〕30号');
    expect(of(report, 'DOC_NUMBER_CITATION')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['preamble', 0],
        expected: '国办公开办函〔2021〕30号',
        actual: '国办发〔2021〕30号',
      }),
    ]);
    expect(of(seedReport(), 'DOC_NUMBER_CITATION')).toEqual([]);
  });
});

describe('plausibility hints', () => {
  it('notes a fee that looks entered in 元', () => {
    const report = seedReport();
    report.activeDisclosure.fees = 3_500_000;
    expect(of(report, 'FEE_UNIT_SUSPECT')).toEqual([
      expect.objectContaining({ severity: 'info', path: ['activeDisclosure', 'fees'] }),
    ]);
  });

  it('notes 规章 reported by a county', () => {
    const report = seedReport();
    report.activeDisclosure.regulations = { issued: 1, repealed: 0, inForce: 1 };
    expect(of(report, 'REGULATIONS_LOCAL')).toEqual([
      expect.objectContaining({ severity: 'info', path: ['activeDisclosure', 'regulations', 'issued'], actual: 1 }),
    ]);
    expect(of({ ...report, agency: '淮安市人民政府' }, 'REGULATIONS_LOCAL')).toEqual([]);
  });

  it('notes applications of which none was concluded', () => {
    const report = seedReport();
    report.requests.results.other.other = {
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      other: 0,
      total: 0,
    };
    report.requests.results.total = { ...report.requests.results.other.other };
    report.requests.carriedForward = { ...report.requests.newReceived };
    expect(validate(report).ok).toBe(true);
    expect(of(report, 'ALL_CARRIED_FORWARD')).toEqual([
      expect.objectContaining({
        severity: 'info',
        path: ['requests', 'results', 'total', 'total'],
        actual: 0,
        params: { pending: 3 },
      }),
    ]);
  });
});
