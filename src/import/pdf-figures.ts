/**
 * What counts as a figure on a PDF table line, and figures the text layer split. A number may come
 * out of a PDF's text layer in pieces (`1` and `0` for 10: glyphs placed one by one, or spaced to
 * fill the cell); the pieces are joined by their positions, and only when the gap says one number.
 * A cell whose text is no number (`约3`, `1O`) is still a cell: it is kept, to be reported with its
 * text, never read as 0 nor taken for a label.
 */
import { LEADING_ORDINAL } from '../util/ordinals.js';
import { looksLikeValue } from './numbers.js';
import type { Frag } from './pdf-cells.js';

/** The longest text taken for a stray mark in a value cell rather than for a label. */
const MAX_STRAY_CHARS = 8;

/**
 * Whether a segment is a value cell: a number or a blank mark, or short text with a digit in it
 * (`约3`, `3（注）`) that is no label — no ordinal, no label of the format.
 * @param isLabel whether the text is (part of) a label of the format
 * @example isValueText('约3', () => false) // true
 */
export function isValueText(text: string, isLabel: (text: string) => boolean): boolean {
  if (looksLikeValue(text)) return true;
  const t = text.normalize('NFKC').trim();
  return t.length <= MAX_STRAY_CHARS && /\d/.test(t) && !LEADING_ORDINAL.test(t) && !isLabel(t);
}

const DIGITS = /^\d+$/u;
const digits = (f: Frag) => DIGITS.test(f.seg.text.normalize('NFKC').trim());

/**
 * A gap narrower than this share of a font size may lie inside one number (a digit is about half
 * an em wide; the cells of a row are much further apart).
 */
const MAX_GAP_EM = 0.8;
/** … and it says one number when it is also below this share of the row's other gaps. */
const GAP_SHARE = 1 / 3;

/**
 * Joins the pieces of numbers a line's text layer split: two neighbouring runs of digits whose gap
 * is under 0.8 em and either under a third of the line's typical gap between cells, or one of the
 * narrowest while the line has more figures than its row has columns.
 * @param values the line's figures, left to right
 * @param columns how many cells the row has, when known
 * @returns the figures, pieces joined (a new list; the input is not changed)
 * @example joinSplitDigits([f('1', 100, 104), f('0', 106, 110), f('3', 150, 154)]) // ['10', '3']
 */
export function joinSplitDigits(values: readonly Frag[], columns?: number): Frag[] {
  const out = [...values];
  const gapAt = (i: number) => out[i + 1]!.seg.x - out[i]!.seg.x2;
  const joinable = (i: number) =>
    digits(out[i]!) && digits(out[i + 1]!) && gapAt(i) < MAX_GAP_EM * Math.max(out[i]!.seg.size, out[i + 1]!.seg.size);
  for (;;) {
    const gaps = out.slice(1).map((_, i) => gapAt(i));
    const candidates = gaps.map((g, i) => ({ g, i })).filter(({ i }) => joinable(i));
    if (candidates.length === 0) return out;
    const narrowest = candidates.reduce((a, b) => (b.g < a.g ? b : a));
    const others = gaps.filter((_, i) => i !== narrowest.i).sort((a, b) => a - b);
    // With no other gap to compare with, only a count of columns can say the pieces are one number.
    const typical = others[Math.floor(others.length / 2)];
    const tooMany = columns !== undefined && out.length > columns;
    if (!((typical !== undefined && narrowest.g < GAP_SHARE * typical) || tooMany)) return out;
    const [a, b] = [out[narrowest.i]!, out[narrowest.i + 1]!];
    out.splice(narrowest.i, 2, {
      page: a.page,
      seg: {
        ...a.seg,
        text: a.seg.text.trim() + b.seg.text.trim(),
        x2: b.seg.x2,
        runs: [...a.seg.runs, ...b.seg.runs],
      },
    });
  }
}
