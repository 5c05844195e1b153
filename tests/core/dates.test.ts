import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDate, parseIsoDate } from '../../src/model/dates.js';
import { chineseDate } from '../../src/render/view-model.js';

describe('ISO dates', () => {
  it('accepts 29 February in leap years only (every 4th year, not centuries, but every 400th)', () => {
    expect(['2024-02-29', '2000-02-29', '1600-02-29'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2100-02-29'].map(isIsoDate)).toEqual([false, false, false]);
  });

  it('knows the length of every month', () => {
    const lengths = Array.from({ length: 12 }, (_, m) =>
      [31, 30, 29, 28].find((d) => isIsoDate(isoDate(2023, m + 1, d))),
    );
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('refuses other spellings, month 0 or 13, day 0 and year 0', () => {
    for (const text of [
      '2024-1-27',
      '2024/01/27',
      '20240127',
      ' 2024-01-27',
      '2024-01-27T00:00',
      '2024-00-10',
      '2024-13-01',
      '2024-01-00',
      '0000-01-01',
      '２０２４-01-27',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('reads the parts of a date', () => {
    expect(parseIsoDate('2024-01-27')).toEqual({ year: 2024, month: 1, day: 27 });
    expect(parseIsoDate('2024-02-30')).toBeUndefined();
  });

  it('writes a date in Chinese without leading zeros, and refuses what is not a date', () => {
    expect(chineseDate('2024-01-07')).toBe('2024年1月7日');
    expect(() => chineseDate('2024-02-30')).toThrow(RangeError);
  });
});
