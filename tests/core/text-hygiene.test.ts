import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, validate, type Issue } from '../../src/index.js';
import { isCleanText, textFaults } from '../../src/model/text-rules.js';
import { seedReport } from '../helpers/reports.js';

/** The text fields of the seed report, each with a way to write into it. */
const FIELDS: readonly [string, (r: Record<string, any>, text: string) => void, readonly (string | number)[]][] = [
  ['the agency', (r, t) => (r.agency = t), ['agency']],
  ['the title', (r, t) => (r.title = t), ['title']],
  ['a paragraph', (r, t) => (r.problems[0] = t), ['problems', 0]],
  ['a sub-heading', (r, t) => (r.overview[1].heading = t), ['overview', 1, 'heading']],
  ['a paragraph under a sub-heading', (r, t) => (r.overview[1].paragraphs[0] = t), ['overview', 1, 'paragraphs', 0]],
];

const errorsOf = (report: unknown): Issue[] => validate(report).issues.filter((i) => i.severity === 'error');

describe('characters a text field may not hold', () => {
  it.each([
    ['BEL (C0)', '\u0007', 'CONTROL_CHARACTER', 'U+0007'],
    ['carriage return (C0)', '\r', 'CONTROL_CHARACTER', 'U+000D'],
    ['DEL', '\u007f', 'CONTROL_CHARACTER', 'U+007F'],
    ['NEL (C1)', '\u0085', 'CONTROL_CHARACTER', 'U+0085'],
    ['CSI (C1)', '\u009b', 'CONTROL_CHARACTER', 'U+009B'],
    ['right-to-left override', '\u202e', 'BIDI_CONTROL', 'U+202E'],
    ['left-to-right embedding', '\u202a', 'BIDI_CONTROL', 'U+202A'],
    ['first strong isolate', '\u2068', 'BIDI_CONTROL', 'U+2068'],
    ['pop directional isolate', '\u2069', 'BIDI_CONTROL', 'U+2069'],
    ['a lone high surrogate', '\ud800', 'LONE_SURROGATE', 'U+D800'],
    ['a lone low surrogate', '\udc00', 'LONE_SURROGATE', 'U+DC00'],
    ['the line separator', '\u2028', 'LINE_SEPARATOR', 'U+2028'],
    ['the paragraph separator', '\u2029', 'LINE_SEPARATOR', 'U+2029'],
    ['the replacement character', '\ufffd', 'REPLACEMENT_CHARACTER', 'U+FFFD'],
  ])('reports %s in every text field, with its path, code point and offset', (_, char, code, codePoint) => {
    for (const [, write, path] of FIELDS) {
      const report = seedReport();
      write(report, `政务${char}公开`);
      expect(errorsOf(report)).toEqual([
        expect.objectContaining({ code, path, actual: codePoint, params: { offset: 2 } }),
      ]);
    }
  });

  it('reports each kind once per field, at its first place', () => {
    const report = seedReport();
    report.problems[0] = 'a\u202eb\u0007c\u202ed\u0007';
    expect(errorsOf(report).map((i) => [i.code, i.actual, i.params])).toEqual([
      ['BIDI_CONTROL', 'U+202E', { offset: 1 }],
      ['CONTROL_CHARACTER', 'U+0007', { offset: 3 }],
    ]);
  });

  it('allows tab, line feed and characters outside the BMP (a surrogate pair)', () => {
    const report = seedReport();
    report.problems[0] = '第一行\n第二行\t𠀀（U+20000）';
    expect(errorsOf(report)).toEqual([]);
  });

  it('words each in Chinese and English', () => {
    const report = seedReport();
    report.problems[0] = '甲\u202e乙';
    const [issue] = errorsOf(report);
    expect(issue!.message).toBe(
      '五、存在的主要问题及改进情况 第1段：第 2 个字符是不可见的双向控制字符 U+202E，会打乱文字的显示顺序，请删除',
    );
    expect(formatMessage(issue!, 'en')).toMatch(
      /^五、存在的主要问题及改进情况 .*: character 2 is the invisible bidirectional control U\+202E/,
    );
  });
});

describe('text that shows nothing', () => {
  const INVISIBLE = [
    '\u200b',
    '\u200c\u200d',
    '\u2060',
    '\ufeff\u200b',
    '\u00ad',
    '\u180e',
    '\u3164',
    ' \u200b\u3000',
    '\u200e\u200f',
    '\u034f',
    '\u2061\u2062',
  ];

  it.each(FIELDS.map(([name, write, path]) => [name, write, path] as const))(
    'reports %s made only of zero-width characters, joiners or marks as TEXT_INVISIBLE',
    (_, write, path) => {
      for (const text of INVISIBLE) {
        const report = seedReport();
        write(report, text);
        expect(errorsOf(report)).toEqual([
          expect.objectContaining({ code: 'TEXT_INVISIBLE', path, params: { length: text.length } }),
        ]);
      }
    },
  );

  it('keeps TEXT_EMPTY for blank text, and accepts visible text holding a zero-width space', () => {
    const report = seedReport();
    report.problems[0] = ' \u3000 ';
    expect(errorsOf(report).map((i) => i.code)).toEqual(['TEXT_EMPTY']);
    report.problems[0] = '信息\u200b公开';
    expect(errorsOf(report)).toEqual([]);
  });
});

describe('isCleanText', () => {
  it('agrees with textFaults on any text, Chinese runs, controls and lone surrogates among it', () => {
    const unit = fc.oneof(
      fc.constantFrom('中', '文', '。', '　', 'a', ' ', '\n', '\t', '“', '\u00ad', '\ud83d\ude00', '\u{20000}'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(isCleanText(text)).toBe(textFaults(text).length === 0);
      }),
      { numRuns: 20_000 },
    );
  });
});
