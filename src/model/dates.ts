/**
 * Calendar dates as ISO text (`YYYY-MM-DD`), in the proleptic Gregorian calendar. Plain domain
 * code rather than a date library: a report needs only this format, and the browser core stays
 * small (date-fns added 30 kB to a bundle of validate()).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` has a 29 February. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The year, month and day written in `text`, when it is an existing date written `YYYY-MM-DD`. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // No year 0: the calendar goes from 1 BC to AD 1.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether `text` is an existing calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2024-02-29') // true; isIsoDate('2023-02-29') // false
 */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** `YYYY-MM-DD` of a year, month and day (ISO dates compare correctly as strings). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
