/**
 * Chinese numerals and the ordinals reports number things with (`一、`, `（一）`, `1.`). One home
 * for these patterns so that the checks, the importer and the renderer read numbering alike.
 * Generic: imports nothing of ours.
 */

/** The numerals ordinals are written with, up to 十 (`十一` is `十` + `一`). */
export const ORDINAL_NUMERALS = '一二三四五六七八九十';

/** Blanks a clerk or a PDF leaves inside numbering: spaces, no-break and ideographic spaces. */
const SPACE = '[\\s\\u00a0\\u3000]*';
const NUMBER = `[${ORDINAL_NUMERALS}\\d]{1,3}`;

/**
 * A leading ordinal in any form reports use: `（一）`, `(1)`, `一、`, `1.`, `1、`, `1）`, with the
 * blanks around it.
 * @example LEADING_ORDINAL.exec('（二）依申请公开情况')?.[0] === '（二）'
 */
export const LEADING_ORDINAL = new RegExp(
  `^${SPACE}(?:[（(]${SPACE}${NUMBER}${SPACE}[）)]|${NUMBER}${SPACE}[、.．）)])${SPACE}`,
  'u',
);

/**
 * The bracketed number of a sub-heading (`（一）`, `( 二 )`) at the very start of a text, with the
 * blanks after it. Chinese numerals only: `(1)` numbers a list, not a sub-heading.
 */
export const SUBHEADING_NUMBER = new RegExp(`^[（(]${SPACE}[${ORDINAL_NUMERALS}]{1,3}${SPACE}[）)]${SPACE}`, 'u');

/**
 * The ordinal of a section heading (`一、`, `二.`, `三，`): one numeral and its separator, with the
 * blanks around them; group 1 is the numeral.
 */
export const SECTION_ORDINAL = new RegExp(`^${SPACE}([${ORDINAL_NUMERALS}])${SPACE}[、.．,，:：]${SPACE}`, 'u');

/** A run of up to three numerals at the start of a text whose punctuation has been taken out. */
export const LEADING_NUMERALS = new RegExp(`^${NUMBER}`, 'u');

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  О: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const DIGIT_CLASS = '[〇О零一二三四五六七八九]';

/**
 * The value of a number written in Arabic digits, digit by digit in Chinese (`二〇二四`, as years are
 * written), or as a Chinese number below 100 (`七`, `十二`, `二十七`).
 * @returns the number, or `undefined` when the text is none of these
 * @example readChineseNumber('二〇二四') === 2024
 * @example readChineseNumber('二十七') === 27
 */
export function readChineseNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (new RegExp(`^${DIGIT_CLASS}{4}$`, 'u').test(text)) return Number([...text].map((c) => DIGIT_VALUES[c]).join(''));
  if (!text.includes('十')) return text.length === 1 ? DIGIT_VALUES[text] : undefined;
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(text);
  if (!m) return undefined;
  return (m[1] ? DIGIT_VALUES[m[1]]! : 1) * 10 + (m[2] ? DIGIT_VALUES[m[2]]! : 0);
}

/**
 * A number from 1 to 99 in Chinese numerals, as sub-headings are numbered (`（十二）`).
 * @returns the numerals, or Arabic digits outside 1–99
 * @example chineseNumeral(12) === '十二'
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unit = units === 0 ? '' : ORDINAL_NUMERALS[units - 1]!;
  if (tens === 0) return unit;
  return `${tens === 1 ? '' : ORDINAL_NUMERALS[tens - 1]!}十${unit}`;
}
