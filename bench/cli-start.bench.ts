/**
 * How fast the CLI starts (issue 9, item 8): `zfxxgk --help` and `zfxxgk validate` on the example
 * report should take within 1.5× of bare `node -e 0` plus the work itself. Each command is started
 * as a user starts it (the built bin in a child process), 15 times; the median wall time is printed
 * with its ratio to bare Node. The work itself is validate() on the same file in this process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const example = 'examples/gongbujiangda-2023.json';
const RUNS = 15;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Median wall time in ms of starting `node …args` to its exit, after one unmeasured warm-up run. */
function timeSpawn(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    if (i > 0) times.push(ms);
  }
  return median(times);
}

const bare = timeSpawn(['-e', '0']);
const help = timeSpawn([cli, '--help']);
const check = timeSpawn([cli, 'validate', example]);
// Where the rest goes: loading the SDK, and its two largest dependencies, in a bare process.
const load = (specifier: string) =>
  timeSpawn(['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`]);
const sdk = load('./dist/index.js');
const zodMini = load('zod/mini');
const yaml = load('yaml');

// The work itself: validate() on the same bytes, cold (the first call) and warm (median).
const { validate } = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as typeof import('../src/index.js');
const bytes = readFileSync(new URL(`../${example}`, import.meta.url));
let start = performance.now();
validate(bytes);
const cold = performance.now() - start;
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  start = performance.now();
  validate(bytes);
  warm.push(performance.now() - start);
}

const line = (name: string, ms: number, work = 0) =>
  console.log(
    `${name.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / bare).toFixed(2)}× bare node` +
      (work
        ? `; budget 1.5 × bare + work = ${(1.5 * bare + work).toFixed(1)} ms → ${ms <= 1.5 * bare + work ? 'within' : 'OVER'}`
        : ''),
  );
console.log(`median of ${RUNS} runs each (Node ${process.version})`);
line('node -e 0', bare);
line('zfxxgk --help', help, Number.EPSILON);
line(`zfxxgk validate ${example}`, check, cold);
line('import the SDK (dist/index.js)', sdk);
line('import zod/mini', zodMini);
line('import yaml', yaml);
console.log(
  `validate() in process: ${cold.toFixed(1)} ms cold (first call), ${median(warm).toFixed(2)} ms warm (median)`,
);
