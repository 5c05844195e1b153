/**
 * validate() now against validate() of an earlier commit (by default fa875f5, the first version),
 * in one process: CPU time per call (process.cpuUsage, so GC threads count and other processes on
 * the machine do not), over the same JSON.parse'd generated reports, in alternating rounds.
 *
 * Each side is `src/validate.ts` bundled by esbuild the same way: the old one from `git archive` of
 * its commit, the new one from the working tree (or from a second commit). Needs git and a clone
 * with history (CI's clone is one). A package the old commit used and the tree no longer has
 * (date-fns for fa875f5) is installed once by npm into .cache/validate-ab/, at the old lockfile's
 * version: the first run needs the registry or npm's cache.
 *
 *   npx tsx bench/validate-ab.bench.ts [--old fa875f5] [--new <commit>] [--rounds 9] [--reports 4000] [--case good]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { generateReport } from './generate.js';

type Validate = (input: unknown, options?: { mode?: 'strict' | 'lenient' }) => { ok: boolean };

const { values: args } = parseArgs({
  options: {
    old: { type: 'string', default: 'fa875f5' },
    new: { type: 'string' },
    rounds: { type: 'string', default: '9' },
    reports: { type: 'string', default: '4000' },
    // Only the cases whose name holds this (`good`, `wrong`, `lenient`); all by default.
    case: { type: 'string' },
  },
});
const ROUNDS = Number(args.rounds);
const N = Number(args.reports);
const root = fileURLToPath(new URL('..', import.meta.url));
// Bundles (and packages an old commit needed that are no longer installed) are kept per commit.
const cache = join(root, '.cache/validate-ab');

/** `src/validate.ts` of `commit` (or of the working tree), bundled into one CommonJS file, loaded. */
async function bundleValidate(commit: string | undefined): Promise<Validate> {
  const sha = commit && git('rev-parse', `${commit}^{commit}`).toString().trim();
  const dir = join(cache, sha ?? 'working-tree');
  const outfile = join(dir, 'validate.cjs');
  if (!sha || !existsSync(outfile)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let source = root;
    if (sha) {
      source = join(dir, 'tree');
      mkdirSync(source);
      execFileSync('tar', ['-x', '-C', source], {
        input: git('archive', '--format=tar', sha, 'src', 'package-lock.json'),
      });
    }
    await bundle(join(source, 'src/validate.ts'), outfile, sha ? join(source, 'package-lock.json') : undefined);
  }
  return (createRequire(import.meta.url)(outfile) as { validate: Validate }).validate;
}

function git(...argv: string[]): Buffer {
  return execFileSync('git', argv, { cwd: root, maxBuffer: 1 << 28 });
}

/**
 * Bundles `entry` with esbuild, packages resolved from the repository's node_modules. A package an
 * old commit used and the tree no longer has (date-fns in fa875f5) is installed beside the bundle,
 * at the version of that commit's lockfile.
 */
async function bundle(entry: string, outfile: string, lockfile: string | undefined): Promise<void> {
  const extra = join(dirname(outfile), 'deps');
  const options: BuildOptions = {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    nodePaths: [join(root, 'node_modules'), join(extra, 'node_modules')],
    logLevel: 'silent',
  };
  try {
    await build(options);
  } catch (error) {
    const missing = new Set(
      ((error as { errors?: { text: string }[] }).errors ?? [])
        .map((e) => /^Could not resolve "((?:@[^/"]+\/)?[^/"]+)/.exec(e.text)?.[1])
        .filter((name): name is string => name !== undefined),
    );
    if (!lockfile || missing.size === 0) throw error;
    const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, { version: string }> };
    const specs = [...missing].map((name) => `${name}@${lock.packages[`node_modules/${name}`]?.version ?? 'latest'}`);
    console.log(`installing ${specs.join(' ')} for the old commit (${extra})`);
    mkdirSync(extra, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--prefer-offline',
        '--prefix',
        extra,
        ...specs,
      ],
      { stdio: 'ignore' },
    );
    await build(options);
  }
}

const sides: Record<'old' | 'new', Validate> = {
  old: await bundleValidate(args.old),
  new: await bundleValidate(args.new),
};

// Plain objects as JSON.parse makes them, as a caller reading a file has.
const good = Array.from({ length: N }, (_, i) => JSON.parse(JSON.stringify(generateReport(i))));
const broken = good.map((r) => {
  const copy = JSON.parse(JSON.stringify(r));
  copy.requests.results.granted.naturalPerson += 1;
  return copy;
});
const allCases: Record<string, { run: (v: Validate, i: number) => { ok: boolean }; ok: boolean }> = {
  'good report': { run: (v, i) => v(good[i]), ok: true },
  'one wrong cell': { run: (v, i) => v(broken[i]), ok: false },
  'lenient mode': { run: (v, i) => v(good[i], { mode: 'lenient' }), ok: true },
};
const cases = Object.fromEntries(Object.entries(allCases).filter(([name]) => name.includes(args.case ?? '')));

// Both sides must agree on every input, or the figures compare different work.
for (const [name, { run, ok }] of Object.entries(cases)) {
  for (const [side, v] of Object.entries(sides)) {
    for (let i = 0; i < N; i++) {
      if (run(v, i).ok !== ok) throw new Error(`${side}: ${name} #${i} gave ok=${!ok}`);
    }
  }
}

/** CPU µs per call of one pass over every report. */
function measure(v: Validate, run: (v: Validate, i: number) => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < N; i++) run(v, i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / N;
}

const times: Record<string, Record<'old' | 'new', number[]>> = {};
for (const name of Object.keys(cases)) times[name] = { old: [], new: [] };
for (let round = -1; round < ROUNDS; round++) {
  // Round -1 warms both up; the order alternates so that neither always runs first.
  const order: ('old' | 'new')[] = round % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
  for (const [name, { run }] of Object.entries(cases)) {
    for (const side of order) {
      const t = measure(sides[side], run);
      if (round >= 0) times[name]![side].push(t);
    }
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const f = (x: number) => x.toFixed(1).padStart(6);
console.log(
  `validate() ${args.new ?? 'working tree'} against ${args.old}: CPU µs per call over ${N} generated reports, ${ROUNDS} alternating rounds, Node ${process.version}`,
);
console.log(
  `  ${''.padEnd(16)} ${'old min / median / max'.padEnd(24)} ${'new min / median / max'.padEnd(24)} new÷old (medians; median of the rounds' own ratios)`,
);
for (const [name, t] of Object.entries(times)) {
  const [o, n] = [sorted(t.old), sorted(t.new)];
  const ratio = median(t.new) / median(t.old);
  // Each round's new÷old, from two passes run back to back: load that comes and goes between
  // rounds (other processes on the machine) weighs on both sides of one ratio alike.
  const paired = median(t.new.map((x, i) => x / t.old[i]!));
  console.log(
    `  ${name.padEnd(16)} ${f(o[0]!)} ${f(median(o))} ${f(o.at(-1)!)}    ${f(n[0]!)} ${f(median(n))} ${f(n.at(-1)!)}    ${ratio.toFixed(2)}  ${paired.toFixed(2)}`,
  );
}
