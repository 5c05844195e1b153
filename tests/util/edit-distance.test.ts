import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/util/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('行政止公开', '行政法规禁止公开')).toBe(3);
    expect(editDistance('agncy', 'agency')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('counts a character outside the BMP as one step', () => {
    expect(editDistance('a😀b', 'ab')).toBe(1);
  });
  it('gives up past the limit, returning limit + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefghijkl', 3)).toBe(4);
  });
});
