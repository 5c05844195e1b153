import { describe, expect, it } from 'vitest';
import { readCellNumber } from '../../src/import/numbers.js';
import { readLenientNumber, validate } from '../../src/index.js';
import { isBlankMark } from '../../src/util/blank.js';
import { deepFreeze, seedReport } from '../helpers/reports.js';

/** What clerks put in an empty cell, in published reports and in hand-filled files. */
const MARKS = [
  '',
  ' ',
  '/',
  '／',
  '\\',
  '-',
  '－',
  '—',
  '——',
  '–',
  '、',
  '_',
  '＿',
  '~',
  '～',
  '— —',
  '无',
  '空',
  '\u3000/\u3000',
];

describe('the marks of an empty cell', () => {
  it.each(MARKS)('%j is read as 0 alike by lenient validation and by the importer', (mark) => {
    expect(isBlankMark(mark)).toBe(true);
    expect(readLenientNumber(mark)).toBe(0);
    expect(readCellNumber(mark)).toEqual({ ok: true, value: 0, blank: true });
  });

  it.each(['0', '3', '-3', '无无', '/3', '三'])('%j is no empty-cell mark', (text) => {
    expect(isBlankMark(text)).toBe(false);
  });

  it('reads a clerk’s 、 ~ and _ as 0 in lenient mode, each noted as LENIENT_VALUE with its path', () => {
    const report = seedReport() as unknown as { requests: { newReceived: Record<string, unknown> } };
    report.requests.newReceived['commercial'] = '、';
    report.requests.newReceived['research'] = '~';
    report.requests.newReceived['socialWelfare'] = '_';
    const result = validate(deepFreeze(report), { mode: 'lenient' });
    expect(result.ok).toBe(true);
    const notes = result.issues.filter((i) => i.code === 'LENIENT_VALUE');
    expect(notes.map((i) => [i.severity, i.path.join('.'), i.actual, i.expected])).toEqual([
      ['info', 'requests.newReceived.commercial', '、', 0],
      ['info', 'requests.newReceived.research', '~', 0],
      ['info', 'requests.newReceived.socialWelfare', '_', 0],
    ]);
  });
});
