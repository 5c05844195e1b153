/**
 * How fast the CLI starts (issue 9, item 8): `zfxxgk --help` and `zfxxgk validate` on the example
 * report should take within 1.5× of bare `node -e 0` plus the work itself. Each command is started
 * as a user starts it (the built bin in a child process), 15 times, interleaved with bare Node so
 * that a burst of load from elsewhere falls on all alike. Printed: the median wall time and the
 * mean CPU time (user + system, from /proc: on a shared machine wall time also says how busy the
 * neighbours were, CPU time only what the start costs), each with its ratio to bare Node and the
 * budget. The work itself is validate() on the same file, cold (its first call), in this process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reapedChildrenCpuMs } from './process-cpu.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const example = 'examples/gongbujiangda-2023.json';
const RUNS = 15;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const importOf = (specifier: string) => ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`];
const STARTS: Record<string, readonly string[]> = {
  'node -e 0': ['-e', '0'],
  'zfxxgk --help': [cli, '--help'],
  [`zfxxgk validate ${example}`]: [cli, 'validate', example],
  // Where the rest goes: loading the SDK, and its two largest dependencies, in a bare process.
  'import the SDK (dist/index.js)': importOf('./dist/index.js'),
  'import zod/mini': importOf('zod/mini'),
  'import yaml': importOf('yaml'),
};

/** One run of `node …args`: its wall time and CPU time in ms. */
function runOnce(args: readonly string[]): { wall: number; cpu: number } {
  const cpuBefore = reapedChildrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: reapedChildrenCpuMs() - cpuBefore };
}

const walls = new Map<string, number[]>(Object.keys(STARTS).map((name) => [name, []]));
const cpus = new Map<string, number>(Object.keys(STARTS).map((name) => [name, 0]));
for (const args of Object.values(STARTS)) runOnce(args); // warm the file cache, unmeasured
for (let round = 0; round < RUNS; round++) {
  for (const [name, args] of Object.entries(STARTS)) {
    const { wall, cpu } = runOnce(args);
    walls.get(name)!.push(wall);
    cpus.set(name, cpus.get(name)! + cpu / RUNS);
  }
}

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

const bareWall = median(walls.get('node -e 0')!);
const bareCpu = cpus.get('node -e 0')!;
const budgeted: Record<string, number> = { 'zfxxgk --help': 0, [`zfxxgk validate ${example}`]: cold };
console.log(`${RUNS} interleaved runs each (Node ${process.version}); wall: median, CPU: mean`);
for (const name of Object.keys(STARTS)) {
  const wall = median(walls.get(name)!);
  const cpu = cpus.get(name)!;
  const work = budgeted[name];
  const verdict = (ms: number, bare: number) =>
    work === undefined
      ? ''
      : ` (budget ${(1.5 * bare + work).toFixed(0)} → ${ms <= 1.5 * bare + work ? 'within' : 'OVER'})`;
  console.log(
    `${name.padEnd(52)} wall ${wall.toFixed(1).padStart(6)} ms ${(wall / bareWall).toFixed(2)}×${verdict(wall, bareWall)}` +
      `  CPU ${cpu.toFixed(1).padStart(6)} ms ${(cpu / bareCpu).toFixed(2)}×${verdict(cpu, bareCpu)}`,
  );
}
console.log(
  `budget = 1.5 × bare node + the work itself: validate() in process ${cold.toFixed(1)} ms cold (first call), ` +
    `${median(warm).toFixed(2)} ms warm (median)`,
);
