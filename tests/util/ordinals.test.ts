import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  LEADING_ORDINAL,
  readChineseNumber,
  SECTION_ORDINAL,
  SUBHEADING_NUMBER,
} from '../../src/util/ordinals.js';

describe('LEADING_ORDINAL', () => {
  it.each(['（一）', '(1)', '（ 十二 ）', '一、', '1.', '1、', '2．', '3）'])(
    'finds %s at the start of a text',
    (ordinal) => {
      expect(LEADING_ORDINAL.exec(`${ordinal}主动公开情况`)?.[0].trim()).toBe(ordinal);
    },
  );
  it.each(['主动公开情况', '2023年', '一是加强', '10000件'])('finds none in %s', (text) => {
    expect(LEADING_ORDINAL.test(text)).toBe(false);
  });
});

describe('SUBHEADING_NUMBER and SECTION_ORDINAL', () => {
  it('reads a sub-heading number with the blanks after it, Chinese numerals only', () => {
    expect(SUBHEADING_NUMBER.exec('（一）\u3000主动公开')?.[0]).toBe('（一）\u3000');
    expect(SUBHEADING_NUMBER.test('(1) 主动公开')).toBe(false);
  });
  it('reads a section ordinal and its numeral', () => {
    expect(SECTION_ORDINAL.exec(' 五 ， 存在的主要问题')?.[1]).toBe('五');
    expect(SECTION_ORDINAL.test('（五）存在的主要问题')).toBe(false);
  });
});

describe('Chinese numbers', () => {
  it.each([
    ['二〇二四', 2024],
    ['2024', 2024],
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十七', 27],
  ])('reads %s as %d', (text, n) => {
    expect(readChineseNumber(text)).toBe(n);
  });
  it.each(['', '十十', '二〇二', 'abc'])('does not guess at %j', (text) => {
    expect(readChineseNumber(text)).toBeUndefined();
  });
  it('writes 1–99 in numerals and reads them back', () => {
    expect([1, 10, 11, 20, 27, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十七', '九十九']);
    for (let n = 1; n < 100; n++) expect(readChineseNumber(chineseNumeral(n))).toBe(n);
    expect(chineseNumeral(0)).toBe('0');
  });
});
