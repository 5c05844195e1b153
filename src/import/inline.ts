/**
 * Tidying text taken from markup or from a PDF's text layer: runs of whitespace become one space,
 * and a space beside a Chinese character or full-width mark (a line break in the HTML source, a
 * WPS gap between `2024` and `年`) is dropped. Latin words keep the space between them.
 */

/** Chinese characters, full-width forms and CJK punctuation (including “”‘’…—). */
export const WIDE =
  /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026\u2014\u00b7]/u;

/**
 * Tidies inline text: whitespace runs become one space; a run that holds a line break (a break in
 * the markup's source) is dropped where it touches a Chinese character; spaces typed by the author
 * stay.
 * @example tidyInline(' 2024年\n  全市 ') === '2024年全市'
 */
export function tidyInline(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, (run, at: number, whole: string) => {
      if (!/[\n\r\t]/.test(run)) return ' ';
      const before = whole[at - 1] ?? '';
      const after = whole[at + run.length] ?? '';
      return WIDE.test(before) || WIDE.test(after) ? '' : ' ';
    })
    .trim();
}

/** Whether two pieces of Latin text meet across a gap that stood for a space (`hello` `world`). */
export function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after);
}
