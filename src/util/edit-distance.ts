/**
 * Levenshtein distance between two strings, counted in code points (a CJK character or an emoji is
 * one step). Generic: imports nothing of ours.
 */

/**
 * The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
 * @param limit give up once the distance is sure to exceed it, returning `limit + 1` (the typo and
 *   label matchers only care whether a text is within a few edits, and this keeps them fast)
 * @example editDistance('行政止公开', '行政法规禁止公开', 5) === 3
 * @example editDistance('agncy', 'agency') === 1
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    previous = row;
  }
  return previous[y.length]!;
}
