/** "Did you mean": the known word closest to a mistyped one. */
import { editDistance } from '../util/edit-distance.js';

/**
 * The candidate nearest to `word`, if it is near enough to be a typo: at most 2 edits, and fewer
 * than half the word's length (so `x` never suggests `fix`).
 * @example closestWord('valdiate', ['validate', 'render']) // 'validate'
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(2, Math.floor((word.length - 1) / 2));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 3 ? 0.5 : editDistance(word, candidate, limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
