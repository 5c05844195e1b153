/** How alike two texts are, for the 内容雷同 check across years. */
import { forEachBlockText } from '../util/blocks.js';

/** Text of a list of blocks (headings and paragraphs), digits folded so that years do not count. */
export function narrativeText(blocks: unknown): string {
  let text = '';
  forEachBlockText(blocks, (piece) => {
    text += piece;
  });
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Sørensen–Dice coefficient of the two texts' character bigrams: 1 for the same text, near 0 for
 * unrelated ones. Counts repeated bigrams (a multiset).
 */
export function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
