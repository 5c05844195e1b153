import { describe, expect, it } from 'vitest';
import { readLenientNumber, validate } from '../../src/index.js';
import { deepFreeze, seedReport } from '../helpers/reports.js';

describe('lenient reading', () => {
  it.each([
    ['  0', 0],
    ['', 0],
    ['/', 0],
    ['—', 0],
    ['－', 0],
    ['１２', 12],
    [' 3 ', 3],
    ['1,234', 1234],
    ['\u3000７\u3000', 7],
    [null, 0],
  ])('reads %j as %d', (text, n) => {
    expect(readLenientNumber(text)).toBe(n);
  });

  it.each([['三'], ['1,23'], ['-3'], ['3件'], [{}]])('does not guess at %j', (text) => {
    expect(readLenientNumber(text)).toBeUndefined();
  });

  it('reads hand-typed cells of a real report and reports each as info with its path', () => {
    const report = seedReport();
    report.requests.newReceived.commercial = '  0';
    report.requests.newReceived.naturalPerson = '３';
    report.activeDisclosure.regulations.issued = '/';
    delete report.requests.carriedOver.research;
    const result = validate(deepFreeze(report), { mode: 'lenient' });
    expect(result.ok).toBe(true);
    const notes = result.issues.filter((i) => i.code === 'LENIENT_VALUE');
    expect(notes.map((i) => [i.severity, i.path.join('.'), i.actual, i.expected])).toEqual([
      ['info', 'activeDisclosure.regulations.issued', '/', 0],
      ['info', 'requests.newReceived.naturalPerson', '３', 3],
      ['info', 'requests.newReceived.commercial', '  0', 0],
      ['info', 'requests.carriedOver.research', undefined, 0],
    ]);
    expect(notes[1]!.message).toBe('表三 一、本年新收政府信息公开申请数量 · 自然人：“３”按 3 读入');
    expect(result.report?.requests.newReceived.naturalPerson).toBe(3);
  });

  it('is off by default: strict mode reports the same cells as errors', () => {
    const report = seedReport();
    report.requests.newReceived.commercial = '  0';
    const result = validate(report);
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['NONNEG_INT']);
  });

  it('leaves omitted totals to be derived rather than reading them as 0', () => {
    const report = seedReport();
    delete report.requests.newReceived.total;
    const result = validate(report, { mode: 'lenient' });
    expect(result.issues.some((i) => i.code === 'LENIENT_VALUE')).toBe(false);
    expect(result.report?.requests.newReceived.total).toBe(3);
  });

  it('still reports text it cannot read as a number', () => {
    const report = seedReport();
    report.requests.newReceived.commercial = '三';
    expect(validate(report, { mode: 'lenient' }).issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'NONNEG_INT', path: ['requests', 'newReceived', 'commercial'], actual: '三' }),
    ]);
  });
});
