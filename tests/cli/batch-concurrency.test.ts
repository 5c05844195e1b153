import { describe, expect, it } from 'vitest';
import { defaultConcurrency, MAX_CONCURRENCY } from '../../src/cli/batch/concurrency.js';

describe('defaultConcurrency', () => {
  it('renders one report more than there are cores: 3 on a 2-core machine', () => {
    expect(defaultConcurrency(2)).toBe(3);
    expect(defaultConcurrency(1)).toBe(2);
  });

  it('stays within what --concurrency accepts', () => {
    expect(defaultConcurrency(64)).toBe(MAX_CONCURRENCY);
    expect(defaultConcurrency(0)).toBe(2);
  });
});
