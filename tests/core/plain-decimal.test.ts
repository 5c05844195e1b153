import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../../src/model/decimal.js';
import { printValue } from '../../src/render/view-model.js';

describe('plainDecimal', () => {
  it('writes small and large numbers without an exponent', () => {
    expect([1e-7, -1.5e-10, 1.25e-8, 3e21, 24252.311082, 0, 12].map(plainDecimal)).toEqual([
      '0.0000001',
      '-0.00000000015',
      '0.0000000125',
      '3000000000000000000000',
      '24252.311082',
      '0',
      '12',
    ]);
  });

  it('reads back as the same number, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainDecimal(n);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 5000 },
    );
  });

  it('is how the view model prints a cell', () => {
    expect(printValue(1e-7)).toBe('0.0000001');
  });
});
