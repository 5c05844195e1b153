/**
 * Calendar dates as ISO text (`YYYY-MM-DD`), in the proleptic Gregorian calendar. Plain domain
 * code rather than a date library: a report needs only this format, and the browser core stays
 * small (date-fns added 30 kB to a bundle of validate()).
 */

/** Whether `year` has a 29 February. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `count` ASCII digits of `text` from `from`; -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Whether a year, month and day make an existing date (-1 stands for a part that is not a number).
 * No year 0: the calendar goes from 1 BC to AD 1.
 */
function exists(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `text` has the form `DDDD-DD-DD` (read by character: every report's date goes through here). */
function hasIsoForm(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d;
}

/** The year, month and day written in `text`, when it is an existing date written `YYYY-MM-DD`. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  if (!hasIsoForm(text)) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return exists(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Whether `text` is an existing calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2024-02-29') // true; isIsoDate('2023-02-29') // false
 */
export function isIsoDate(text: string): boolean {
  return hasIsoForm(text) && exists(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

/** `YYYY-MM-DD` of a year, month and day (ISO dates compare correctly as strings). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
