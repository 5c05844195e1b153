/**
 * The marks clerks put in a table cell that has nothing to report. One set, shared by lenient
 * validation and the importer, so that a cell read as 0 by one is never rejected by the other.
 * Generic: imports nothing of ours.
 */

/**
 * Blank, or only a run of marks that stand for "none": slashes `/ ／ \`, dashes and hyphens
 * `- － — – ‒ ―`, the enumeration comma `、`, underscores `_ ＿`, tildes `~ ～`, or the words 无 / 空 —
 * with any whitespace (including no-break and ideographic spaces) around or between them.
 */
const BLANK_MARKS = /^(?:[/／\\\-－—–‒―、_＿~～]*|无|空)$/u;

/** Whitespace of every kind a document may carry, taken out before a cell is read. */
const WHITESPACE = /[\s\u00a0\u3000\ufeff]+/gu;

/**
 * Whether a cell's text says "nothing here", to be read as 0.
 * @example isBlankMark(' —— ') === true
 * @example isBlankMark('、') === true
 * @example isBlankMark('0') === false
 */
export function isBlankMark(text: string): boolean {
  return BLANK_MARKS.test(text.replace(WHITESPACE, ''));
}
