/**
 * Pathological text: every family below made a regular expression of ours backtrack over a long run
 * (a heading of spaces took validate() 150 s). Time must grow linearly with the input: validating an
 * input 10× larger may take at most 12× as long (the median of a few runs at each size). No
 * wall-clock bound: the machine is shared, the ratio is what tells linear from quadratic.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';
import { PATHOLOGICAL, timeRatio } from '../helpers/pathological.js';

describe('validate() on pathological text', () => {
  it.each(Object.entries(PATHOLOGICAL))(
    'takes time linear in the size of %s',
    (_, make) => {
      // Texts longer than the default limits are still checked in full: lift the limits.
      const limits = { maxTextLength: Infinity, maxLineLength: Infinity, maxInputBytes: Infinity };
      const run = (n: number) => {
        const text = JSON.stringify(make(seedReport(), n));
        return () => validate(text, { limits });
      };
      expect(timeRatio(run, 20_000)).toBeLessThanOrEqual(12);
    },
    120_000,
  );
});
