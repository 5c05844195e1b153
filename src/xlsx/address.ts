/** A1-style cell addresses, as spreadsheets name cells. */

/**
 * The letters of a 1-based column number.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The number of a column's letters.
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The address of a 1-based row and column.
 * @example address(5, 4) // 'D5'
 */
export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
