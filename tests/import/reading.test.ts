/**
 * The small readers the importer is made of: label keys and matching, cell numbers, titles and
 * dates, sub-headings, encodings and the kind of a file.
 */
import { describe, expect, it } from 'vitest';
import { EDITION_2021 } from '../../src/format/edition-2021.js';
import { decodeText } from '../../src/import/decode.js';
import { formatLabels, matchSectionHeading } from '../../src/import/format-labels.js';
import { guessKind } from '../../src/import/index.js';
import { tidyInline } from '../../src/import/inline.js';
import { createLabelMatcher, labelKey } from '../../src/import/labels.js';
import { readCellNumber } from '../../src/import/numbers.js';
import { toBlocks } from '../../src/import/subheadings.js';
import { isoDate, periodYear, titleFacts } from '../../src/import/title.js';
import { encodeGbk } from './helpers/gbk.js';

const labels = formatLabels(EDITION_2021);
const canonicalOf = (text: string) => labels.table(text)?.canonical;

describe('labelKey', () => {
  it('ignores width, spaces, line breaks, punctuation and the style of numbering', () => {
    expect(labelKey('（二）部分公开\n(区分处理的,只计这一情形， 不计其他情形)')).toBe(
      labelKey('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    );
    expect(labelKey('1、申请人')).toBe(labelKey('1.申请人'));
    expect(labelKey('3.危及"三安全一稳定"')).toBe(labelKey('3.危及“三安全一稳定”'));
  });
});

describe('table label matching', () => {
  it('finds a label whatever its brackets, spacing and separators', () => {
    expect(canonicalOf('第二十条  第(一)项')).toBe('第二十条第（一）项');
    expect(canonicalOf('1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请')).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
    expect(canonicalOf('四、结转下年度\n继续办理')).toBe('四、结转下年度继续办理');
  });

  it('knows the typos listed in the format description', () => {
    expect(labels.table('2.其他法律行政止公开')).toMatchObject({
      canonical: '2.其他法律行政法规禁止公开',
      quality: 'alias',
      differs: true,
    });
    expect(labels.table('规范性文件')).toMatchObject({ canonical: '行政规范性文件', quality: 'alias' });
    expect(labels.table('本年废纸件数')).toMatchObject({ canonical: '本年废止件数', quality: 'alias' });
  });

  it('accepts a label without its number, or with a slip of a character or two', () => {
    expect(labels.table('予以公开')).toMatchObject({ canonical: '（一）予以公开', quality: 'loose' });
    expect(labels.table('1.本机关不掌握相关政府的信息')).toMatchObject({
      canonical: '1.本机关不掌握相关政府信息',
      quality: 'fuzzy',
    });
  });

  it('tells the column 总计 from row （七）总计 printed without its number', () => {
    const match = labels.table('总计')!;
    expect(match.targets.every((t) => t.kind === 'column')).toBe(true);
    expect(match.alsoLoosely?.[0]?.canonical).toBe('（七）总计');
  });

  it('does not match text that is no label', () => {
    expect(labels.table('发布日期：2025-02-25')).toBeUndefined();
    expect(labels.table('其')).toBeUndefined();
  });

  it('returns every entry sharing a label', () => {
    const match = createLabelMatcher([
      { canonical: '本年处理决定数量', target: 'licensing' },
      { canonical: '本年处理决定数量', target: 'punishment' },
    ])('本年处理决定数量');
    expect(match?.targets).toEqual(['licensing', 'punishment']);
  });
});

describe('matchSectionHeading', () => {
  it('recognises the canonical headings and the variants real reports use', () => {
    expect(matchSectionHeading(labels, '一、总体情况')).toMatchObject({ canonical: '一、总体情况', differs: false });
    expect(matchSectionHeading(labels, '五、政府信息公开工作存在的主要问题及改进情况')).toMatchObject({
      canonical: '五、存在的主要问题及改进情况',
      differs: true,
    });
    expect(matchSectionHeading(labels, '四. 政府信息公开行政复议和行政诉讼情况')?.section.key).toBe('reviewLitigation');
    expect(matchSectionHeading(labels, '六、其它需要报告事项。')?.section.key).toBe('otherMatters');
    expect(matchSectionHeading(labels, '总体情况')?.section.key).toBe('overview');
  });

  it('leaves alone paragraphs that only mention a section', () => {
    expect(matchSectionHeading(labels, '本报告包括总体情况、主动公开政府信息情况等六个部分。')).toBeUndefined();
    expect(matchSectionHeading(labels, '一、本年新收政府信息公开申请数量')).toBeUndefined();
    expect(matchSectionHeading(labels, '总体情况良好')).toBeUndefined();
  });
});

describe('readCellNumber', () => {
  it.each([
    ['  0', 0, false],
    ['１２', 12, false],
    ['3,001', 3001, false],
    ['1，234', 1234, false],
    ['96171.6', 96171.6, false],
    ['3件', 3, false],
    ['12.5万元', 12.5, false],
    ['', 0, true],
    ['&nbsp;'.replace('&nbsp;', '\u00a0'), 0, true],
    ['/', 0, true],
    ['—', 0, true],
    ['无', 0, true],
  ])('reads %j as %d (blank: %s)', (raw, value, blank) => {
    expect(readCellNumber(raw)).toEqual({ ok: true, value, blank });
  });

  it('answers text that is not a number with ok: false (the importer words the reason from its code)', () => {
    expect(readCellNumber('约5')).toEqual({ ok: false });
    expect(readCellNumber('-8')).toEqual({ ok: false });
  });
});

describe('titles and dates', () => {
  it('reads agency and year from a title, whichever comes first', () => {
    expect(titleFacts('工布江达县人民政府2023年政府信息公开工作年度报告')).toEqual({
      agency: '工布江达县人民政府',
      year: 2023,
    });
    expect(titleFacts('2023年度某某市生态环境局政府信息公开工作年度报告')).toEqual({
      agency: '某某市生态环境局',
      year: 2023,
    });
    expect(titleFacts('淮安市人民政府 2024 年政府信息公开工作年度报告')).toEqual({
      agency: '淮安市人民政府',
      year: 2024,
    });
    expect(titleFacts('政府信息公开工作年度报告格式模板')).toEqual({});
  });

  it('reads the year from the statistical period', () => {
    expect(periodYear('所列数据统计时限为2023年1月1日至2023年12月31日。')).toBe(2023);
  });

  it('reads a closing date in Arabic or Chinese numerals, and nothing else', () => {
    expect(isoDate('2024年1月27日')).toBe('2024-01-27');
    expect(isoDate('二〇二四年一月二十七日')).toBe('2024-01-27');
    expect(isoDate('２０２５年２月２５日')).toBe('2025-02-25');
    expect(isoDate('2024年2月30日')).toBeUndefined();
    expect(isoDate('于2024年1月27日印发')).toBeUndefined();
  });
});

describe('toBlocks', () => {
  const p = (text: string, lead?: string) => ({
    kind: 'paragraph' as const,
    text,
    where: {},
    ...(lead ? { lead } : {}),
  });

  it('keeps plain paragraphs, run-in sub-headings with their 。, and sub-headings on their own line', () => {
    expect(
      toBlocks([
        p('开头。'),
        p('（一）主动公开情况。一是……。'),
        p('第二段。'),
        p('（二）依申请公开'),
        p('内容。'),
        p('（三）监督保障', '（三）监督保障'),
        p('内容。'),
      ]),
    ).toEqual([
      '开头。',
      { heading: '主动公开情况。', paragraphs: ['一是……。', '第二段。'], runIn: true },
      { heading: '依申请公开', paragraphs: ['内容。'] },
      { heading: '监督保障', paragraphs: ['内容。'] },
    ]);
  });

  it('takes a sub-heading without a full stop from the emphasised lead', () => {
    expect(toBlocks([p('（二）依申请公开情况依申请公开的内容。', '（二）依申请公开情况')])).toEqual([
      { heading: '依申请公开情况', paragraphs: ['依申请公开的内容。'], runIn: true },
    ]);
  });

  it('leaves a long numbered paragraph as a paragraph', () => {
    const long = `（一）${'很长的一句话'.repeat(10)}，没有句号`;
    expect(toBlocks([p(long)])).toEqual([long]);
  });
});

describe('decoding and guessing', () => {
  it('decodes UTF-8, a BOM, a declared charset and undeclared GBK', () => {
    expect(decodeText(new TextEncoder().encode('年度报告'))).toEqual({ text: '年度报告', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('报告')]))).toEqual({
      text: '报告',
      encoding: 'utf-8',
    });
    expect(decodeText(encodeGbk('<meta charset="GB2312"><p>报告</p>'), { html: true })).toEqual({
      text: '<meta charset="GB2312"><p>报告</p>',
      encoding: 'gbk',
    });
    expect(decodeText(encodeGbk('政府信息公开'))).toEqual({ text: '政府信息公开', encoding: 'gb18030' });
  });

  it('guesses the kind from the name, then from the bytes', () => {
    expect(guessKind('', 'a.PDF')).toBe('pdf');
    expect(guessKind('', 'a.shtml')).toBe('html');
    expect(guessKind(new TextEncoder().encode('%PDF-1.4'))).toBe('pdf');
    expect(guessKind(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('docx');
    expect(guessKind('<!DOCTYPE html><html>')).toBe('html');
    expect(guessKind('一、总体情况')).toBe('text');
  });

  it('tidies markup text: source line breaks beside Chinese go, typed spaces stay', () => {
    expect(tidyInline(' 2024年\n  全市\u00a0 ')).toBe('2024年全市');
    expect(tidyInline('含 ASCII words 与')).toBe('含 ASCII words 与');
  });
});
