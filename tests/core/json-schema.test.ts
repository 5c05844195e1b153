import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/index.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(reportJsonSchema());

describe('the JSON Schema of a report file', () => {
  it('accepts both real reports, with and without their totals', () => {
    expect(check(seedReport())).toBe(true);
    expect(check(huaianReport())).toBe(true);
    const withoutTotals = seedReport();
    delete withoutTotals.requests.results.total;
    delete withoutTotals.reviewLitigation.review.total;
    expect(check(withoutTotals)).toBe(true);
  });

  it('rejects unknown keys, negative and fractional counts, missing sections and bad dates', () => {
    const cases: [string, (r: any) => void][] = [
      ['unknown key', (r) => (r.requests.results.grnted = {})],
      ['negative', (r) => (r.requests.newReceived.naturalPerson = -1)],
      ['fraction', (r) => (r.reviewLitigation.review.upheld = 0.5)],
      ['missing section', (r) => delete r.problems],
      ['bad date', (r) => (r.publishedAt = '2024/1/27')],
      ['wrong format', (r) => (r.format = '2019')],
      ['empty narrative', (r) => (r.overview = [])],
    ];
    for (const [name, spoil] of cases) {
      const report = seedReport();
      spoil(report);
      expect(check(report), name).toBe(false);
    }
  });

  it('carries the official labels as descriptions', () => {
    const text = JSON.stringify(reportJsonSchema());
    expect(text).toContain('一、本年新收政府信息公开申请数量');
    expect(text).toContain('3.危及“三安全一稳定”');
    expect(text).toContain('本年收费金额（单位：万元）');
  });

  it('refuses an edition it does not know', () => {
    expect(() => reportJsonSchema('1999')).toThrow(RangeError);
  });
});
