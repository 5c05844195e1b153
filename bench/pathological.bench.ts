/**
 * validate() on pathological text (tests/helpers/pathological.ts): for each family, the time of one
 * validation at three sizes 10× apart and the ratios between them. Linear work gives ratios near
 * 10 (less at the small sizes, where the report's fixed cost weighs), quadratic near 100. The
 * medians of several runs; limits lifted so that every size is checked in full. On a loaded
 * machine a single ratio can jump; the test (tests/core/pathological.test.ts) counts the work
 * instead of timing it, so its verdict does not.
 */
import { readFileSync } from 'node:fs';
import { validate } from '../src/index.js';
import { medianTime, PATHOLOGICAL } from '../tests/helpers/pathological.js';

const seed = readFileSync(new URL('../examples/gongbujiangda-2023.json', import.meta.url), 'utf8');
const limits = { maxTextLength: Infinity, maxLineLength: Infinity, maxInputBytes: Infinity };
const SIZES = [20_000, 200_000, 2_000_000];

console.log(
  `validate() on pathological text, Node ${process.version}: ms per validation (median of 5) at ${SIZES.map((n) => `${n / 1000}k`).join(' / ')} characters, and the ratios`,
);
let worst = 0;
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const times = SIZES.map((n) => {
    const text = JSON.stringify(make(JSON.parse(seed), n));
    return medianTime(() => validate(text, { limits }));
  });
  const ratios = times.slice(1).map((t, i) => t / times[i]!);
  worst = Math.max(worst, ...ratios);
  console.log(
    `  ${name.padEnd(64)} ${times.map((t) => t.toFixed(1).padStart(8)).join(' ')}   ×${ratios.map((r) => r.toFixed(1)).join(' ×')}`,
  );
}
console.log(
  `  worst ratio between sizes 10× apart: ${worst.toFixed(1)} (aim ≤ 12: ${worst <= 12 ? 'met' : 'not met'})`,
);
