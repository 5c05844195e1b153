/**
 * The creation date a rendered file carries (PDF `/CreationDate`, DOCX `dcterms:created`, zip entry
 * times). It comes from the report, never from the clock, so that the same report always gives the
 * same bytes: the report's 成文日期 (`publishedAt`) at midnight Beijing time, or a fixed date when
 * the report has none.
 */
import { parseIsoDate } from '../model/dates.js';

/** A calendar day, as written in a report. */
export interface DocumentDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The date of a report without a usable 成文日期: 29 September 2021, the fixed time our DOCX zip
 * entries always had, so that those files keep their bytes.
 */
export const FIXED_DOCUMENT_DATE: DocumentDate = { year: 2021, month: 9, day: 29 };

// A zip entry's (MS-DOS) time holds the years 1980–2107; a PDF date four digits. A date outside
// them (possible only in a draft) falls back to the fixed date rather than wrapping around.
const FIRST_YEAR = 1980;
const LAST_YEAR = 2107;

/**
 * The creation date of the document of a report.
 * @param publishedAt the report's 成文日期 as `YYYY-MM-DD`, or empty
 * @returns that day, or {@link FIXED_DOCUMENT_DATE} when there is none (or it is out of range)
 * @example documentDate('2024-01-27') // { year: 2024, month: 1, day: 27 }
 */
export function documentDate(publishedAt: string): DocumentDate {
  const date = parseIsoDate(publishedAt);
  if (!date || date.year < FIRST_YEAR || date.year > LAST_YEAR) return FIXED_DOCUMENT_DATE;
  return date;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A PDF date string for midnight of the day in Beijing time (the offset written, so a reader shows
 * the day the report was dated wherever it is opened).
 * @example pdfDate({ year: 2024, month: 1, day: 27 }) // "D:20240127000000+08'00'"
 */
export function pdfDate(date: DocumentDate): string {
  return `D:${date.year}${two(date.month)}${two(date.day)}000000+08'00'`;
}

/**
 * The same instant as a W3C date-time in UTC, as OOXML core properties want it.
 * @example w3cDateTime({ year: 2024, month: 1, day: 27 }) // "2024-01-26T16:00:00Z"
 */
export function w3cDateTime(date: DocumentDate): string {
  // Midnight at +08:00 is 16:00 UTC the day before; Date.UTC carries the day and month over.
  return new Date(Date.UTC(date.year, date.month - 1, date.day, -8)).toISOString().replace('.000Z', 'Z');
}
