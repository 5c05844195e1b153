/**
 * Text as a set of hashed character n-grams ("shingles"), the unit copy detection compares. Chinese
 * has no spaces between words, so a shingle is a run of characters, not of words; before cutting,
 * text is folded so that what a copier changes without writing anything new does not count: the
 * agency's own name, figures, punctuation, spaces, full-width forms.
 */

/** Characters per shingle: long enough that common two- and three-character words do not match alone. */
export const SHINGLE_LENGTH = 5;

/** Stands for the agency's own name in folded text, so a copy with the name changed still matches. */
const NAME_MARK = '\u0001';
/** Stands for a run of digits, so a copy with its figures changed still matches. */
const FIGURE_MARK = '#';

/** The names a report's text may call its own agency: the full name, and the place without 人民政府 or the like. */
export function ownNames(agency: string): string[] {
  const name = agency.normalize('NFKC').replace(/\s+/g, '');
  const place = name.replace(/(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府)$/u, '');
  return [...new Set([name, place])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

/**
 * Folds text for comparison: NFKC (full-width forms), the agency's names replaced by one mark,
 * each run of digits by `#`, everything that is not a letter or a digit dropped.
 * @example foldText('2023年，工布江达县共发布 320 条。', ['工布江达县']) === '#年\u0001共发布#条'
 */
export function foldText(text: string, names: readonly string[] = []): string {
  let folded = text.normalize('NFKC');
  for (const name of names) if (name) folded = folded.split(name).join(NAME_MARK);
  return folded.replace(/[^\p{L}\p{N}\u0001]+/gu, '').replace(/\p{N}+/gu, FIGURE_MARK);
}

/**
 * The distinct shingles of folded text, as 32-bit FNV-1a hashes in ascending order (so that two
 * sets intersect in one merge). Text shorter than a shingle has none.
 */
export function shingles(folded: string): Uint32Array {
  const count = folded.length - SHINGLE_LENGTH + 1;
  if (count <= 0) return new Uint32Array(0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_LENGTH; j++) h = Math.imul(h ^ folded.charCodeAt(j), 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** How many values two ascending sets share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
