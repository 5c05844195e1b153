/**
 * The printed page of GB/T 9704-2012 (SPEC B §10) in Word's units: twips (1/20 pt), half-points
 * for type sizes. Everything else in the DOCX renderer takes its measures from here.
 */

/** Twips in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** Points to half-points (`w:sz`). */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** A4 portrait and the GB/T 9704 margins: 天头 37, bottom 35, 订口 28, 切口 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** Header distance from the top edge (only drafts have a header). */
  header: mm(15),
  /**
   * Footer distance from the bottom edge: the page-number line's top sits 7 mm below the text
   * block (35 − 7 = 28 mm up), and the 4号 line is about 6 mm tall.
   */
  footer: mm(22),
} as const;

/** Width of the text block (版心): 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Lines per page and characters per line of 3号 text. */
export const GRID = { lines: 22, chars: 28 } as const;

/** Type sizes in points (SPEC B §10.2). */
export const SIZE = {
  /** 2号: the title. */
  title: 22,
  /** 3号: body and headings. */
  body: 16,
  /** 4号: page numbers. */
  pageNumber: 14,
  /** Table text: 宋体 10 pt as in the template; 小五 (9 pt) for the wide tables. */
  table: 10,
  wideTable: 9,
} as const;

/** Line pitch: 22 lines fill the 225 mm text block (≈ 28.95 pt), rounded down so all 22 fit. */
export const LINE_PITCH = Math.floor(mm(225) / GRID.lines);

/** One character of body text (3号), in twips: the unit of indents in 字. */
export const BODY_CHAR = SIZE.body * 20;

/**
 * How much each body character is condensed (`w:spacing`, in twips, negative) so that 28 of them
 * fit the 156 mm line: 3号 characters are 16 pt wide and only 27 fit. Word squeezes them onto a
 * character grid (`linesAndChars` with a negative `w:charSpace`), but LibreOffice gives a character
 * wider than its grid cell two cells, which made 14 characters a line. A line grid with condensed
 * characters gives 28 a line in Word, WPS and LibreOffice alike. Whole twips, rounded away from
 * zero, because LibreOffice counts the spacing after the line's last character too.
 */
export const CHAR_CONDENSE = Math.floor(TEXT_WIDTH / GRID.chars - BODY_CHAR);

/** The advance of one condensed body character, in twips. */
export const CHAR_PITCH = BODY_CHAR + CHAR_CONDENSE;

/** The page-number line's inset from the side, one 4号 character (GB/T 9704 7.5). */
export const PAGE_NUMBER_INSET = SIZE.pageNumber * 20;

/** Fill of table 二's block-title rows in the official template. */
export const BLOCK_TITLE_FILL = 'C6D9F1';
