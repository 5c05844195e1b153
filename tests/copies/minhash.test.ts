import { describe, expect, it } from 'vitest';
import { bandKeys } from '../../src/copies/minhash.js';
import { foldText, ownNames, sharedCount, shingles } from '../../src/copies/shingles.js';

/** An ascending set of `n` distinct 32-bit values starting at the `from`-th. */
const setOf = (from: number, n: number) =>
  new Uint32Array(Array.from({ length: n }, (_, i) => Math.imul(from + i + 1, 2654435761) >>> 0)).sort();

describe('bandKeys', () => {
  it('gives the same set the same keys', () => {
    expect(bandKeys(setOf(0, 60))).toEqual(bandKeys(setOf(0, 60).slice()));
  });

  it('lets similar sets share bands, in proportion to their similarity', () => {
    const equal = (a: Uint32Array, b: Uint32Array) => {
      const [ka, kb] = [bandKeys(a), bandKeys(b)];
      return ka.filter((k, i) => k === kb[i]).length;
    };
    // Jaccard 2/3: each band (two minima) agrees with probability 4/9, so about 14 of 32.
    expect(equal(setOf(0, 60), setOf(0, 40))).toBeGreaterThanOrEqual(8);
    // Disjoint sets share none.
    expect(equal(setOf(0, 60), setOf(1000, 60))).toBe(0);
  });
});

describe('shingles', () => {
  it('folds away the agency’s own name, figures, spaces and punctuation', () => {
    const a = foldText('2023年，工布江达县共发布信息 320 条。', ownNames('工布江达县人民政府'));
    const b = foldText('2024年，米林县共发布信息15条', ownNames('米林县人民政府'));
    expect(a).toBe(b);
    expect(shingles(a)).toEqual(shingles(b));
  });

  it('counts shared shingles of two sets', () => {
    const a = shingles(foldText('加强政务公开标准化规范化建设'));
    const b = shingles(foldText('推进政务公开标准化规范化'));
    expect(sharedCount(a, b)).toBe(shingles(foldText('政务公开标准化规范化')).length);
  });
});
