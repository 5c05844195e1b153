/**
 * A stand-in for npm in the tests of the first-use install: a script named `npm-cli.js` (so that
 * `npm_execpath` picks it), which logs how it was called and then, as `FAKE_NPM` says, installs a
 * tiny `puppeteer-core` into `--prefix` after a pause, or fails as npm does offline.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = String.raw`
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_NPM_LOG, JSON.stringify({ args, skip: process.env.PUPPETEER_SKIP_DOWNLOAD, global: process.env.npm_config_global }) + '\n');
if (process.env.FAKE_NPM === 'offline') {
  process.stderr.write('npm error code ENOTFOUND\nnpm error syscall getaddrinfo\nnpm error errno ENOTFOUND\nnpm error network request to https://registry.npmjs.org/puppeteer-core failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org\nnpm error A complete log of this run can be found in: /x.log\n');
  process.exit(1);
}
const prefix = args[args.indexOf('--prefix') + 1];
const pkg = join(prefix, 'node_modules', 'puppeteer-core');
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, 'index.js'), 'exports.launch = () => "fake launch"; exports.installedBy = ' + process.pid + ';\n');
setTimeout(() => {
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'puppeteer-core', version: '24.99.0', main: 'index.js' }));
}, Number(process.env.FAKE_NPM_DELAY_MS ?? 0));
`;

/** The fake npm: its folder, the environment that selects it, and what it was asked. */
export interface FakeNpm {
  readonly dir: string;
  /** `npm_execpath` and the log, plus `XDG_CACHE_HOME` pointing at a fresh cache in `dir`. */
  readonly env: Record<string, string>;
  readonly cache: string;
  /** Each call: its arguments and the environment it saw. */
  calls(): { args: string[]; skip?: string; global?: string }[];
  remove(): void;
}

/** Makes a fake npm with its own empty cache folder. */
export function fakeNpm(): FakeNpm {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-fake-npm-'));
  const script = join(dir, 'npm-cli.js');
  const log = join(dir, 'calls.jsonl');
  writeFileSync(script, SCRIPT);
  // CommonJS whatever a package.json above the temp folder says.
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(log, '');
  const cache = join(dir, 'cache');
  return {
    dir,
    cache,
    env: { npm_execpath: script, FAKE_NPM_LOG: log, XDG_CACHE_HOME: cache, PATH: process.env['PATH'] ?? '' },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
