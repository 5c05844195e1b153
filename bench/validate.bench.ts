/**
 * validate() throughput over 10,000 generated reports, beside a hand-written minimal checker of the
 * same arithmetic, in the same process. Aim: validate() no slower than 3× the hand-written checker.
 */
import { validate } from '../src/index.js';
import { handChecker } from './baseline-checker.js';
import { generateReport } from './generate.js';

const N = 10_000;
const reports = Array.from({ length: N }, (_, i) => generateReport(i));

function measure(name: string, run: (r: unknown) => unknown, rounds = 3): number {
  for (let i = 0; i < 1000; i++) run(reports[i % N]); // warm-up
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (const r of reports) run(r);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  const perSecond = N / best;
  console.log(`${name.padEnd(34)} ${perSecond.toFixed(0).padStart(8)} reports/s  (${((best / N) * 1e6).toFixed(1)} µs each, best of ${rounds})`);
  return perSecond;
}

let failures = 0;
for (const r of reports) if (!validate(r).ok || handChecker(r).length > 0) failures++;
if (failures > 0) throw new Error(`${failures} generated reports did not validate`);

console.log(`validate(): ${N} generated reports (all valid), Node ${process.version}`);
const hand = measure('hand-written checker', handChecker);
const full = measure('validate() (strict)', (r) => validate(r));
measure('validate() (lenient)', (r) => validate(r, { mode: 'lenient' }));
const broken = reports.map((r) => {
  const copy = structuredClone(r) as any;
  copy.requests.results.granted.naturalPerson += 1;
  return copy;
});
let i = 0;
measure('validate() (one wrong cell each)', () => validate(broken[i++ % N]));
const ratio = hand / full;
console.log(`ratio: validate() takes ${ratio.toFixed(2)}× the time of the hand-written checker (aim: ≤ 3×) — ${ratio <= 3 ? 'met' : 'NOT met'}`);
