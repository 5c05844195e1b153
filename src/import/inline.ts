/**
 * Tidying text taken from markup or from a PDF's text layer: runs of whitespace become one space,
 * and a space beside a Chinese character or full-width mark (a line break in the HTML source, a
 * WPS gap between `2024` and `年`) is dropped. Latin words keep the space between them.
 */

/** Chinese characters, full-width forms and CJK punctuation (including “”‘’…—). */
export const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026\u2014\u00b7]/u;

/**
 * Tidies inline text.
 * @example tidyInline(' 2024 年\n  全市 ') === '2024年全市'
 */
export function tidyInline(text: string): string {
  const collapsed = text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ').trim();
  if (!collapsed.includes(' ')) return collapsed;
  const chars = [...collapsed];
  let out = '';
  chars.forEach((ch, i) => {
    if (ch === ' ' && (WIDE.test(chars[i - 1] ?? '') || WIDE.test(chars[i + 1] ?? ''))) return;
    out += ch;
  });
  return out;
}

/** Whether two pieces of Latin text meet across a gap that stood for a space (`hello` `world`). */
export function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after);
}
