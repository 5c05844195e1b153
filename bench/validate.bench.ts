/**
 * validate() throughput over 10,000 generated reports, beside a hand-written minimal checker of the
 * same arithmetic, in the same process. Aim: validate() no slower than 3× the hand-written checker.
 * The two are measured in alternating rounds and the best round of each is kept, so that load from
 * other processes on this 2-core machine affects both alike.
 */
import { validate } from '../src/index.js';
import { handChecker } from './baseline-checker.js';
import { generateReport } from './generate.js';

const N = 10_000;
const ROUNDS = 7;
const reports = Array.from({ length: N }, (_, i) => generateReport(i));
const broken = reports.map((r) => {
  const copy = structuredClone(r) as any;
  copy.requests.results.granted.naturalPerson += 1;
  return copy;
});

let failures = 0;
for (const r of reports) if (!validate(r).ok || handChecker(r).length > 0) failures++;
if (failures > 0) throw new Error(`${failures} generated reports did not validate`);

const runs: Record<string, (r: unknown, i: number) => unknown> = {
  'hand-written checker': (r) => handChecker(r),
  'validate() strict': (r) => validate(r),
  'validate() lenient': (r) => validate(r, { mode: 'lenient' }),
  'validate() one wrong cell each': (_, i) => validate(broken[i]),
};
const best: Record<string, number> = {};
for (const run of Object.values(runs)) for (let i = 0; i < 2000; i++) run(reports[i], i); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(runs)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) run(reports[i], i);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best[name] = Math.min(best[name] ?? Infinity, seconds);
  }
}

console.log(
  `validate(): ${N} generated reports (all valid), Node ${process.version}, best of ${ROUNDS} alternating rounds`,
);
for (const [name, seconds] of Object.entries(best)) {
  console.log(
    `  ${name.padEnd(32)} ${(N / seconds).toFixed(0).padStart(8)} reports/s  ${((seconds / N) * 1e6).toFixed(1).padStart(6)} µs each`,
  );
}
const ratio = best['validate() strict']! / best['hand-written checker']!;
console.log(
  `  ratio: validate() takes ${ratio.toFixed(2)}× the time of the hand-written checker (aim ≤ 3×: ${ratio <= 3 ? 'met' : 'not met'})`,
);
