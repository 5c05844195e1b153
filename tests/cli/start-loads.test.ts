/**
 * What the built bin loads to start (issue 9, fast start): `zfxxgk validate` reads the dispatcher
 * and that command's own file, and none of what it does not use (other commands, the copy
 * detector's csv-parse, node:crypto). The time it takes is a benchmark (bench/cli-start.bench.ts);
 * this is the structure behind it, counted with a module-resolution hook in a real process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../helpers/reports.js';

/** Logs each module a process loads, one URL per line on stderr. */
const HOOK = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(
  'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("LOADED " + r.url + "\\\\n"); return r; }'
));`;

function loadedBy(args: readonly string[]): string[] {
  const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(HOOK)}`, bin, ...args],
    {
      cwd: projectPath('.'),
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  // A module imported from two files is resolved twice and loaded once: each URL counts once.
  return [...new Set([...run.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!))];
}

describe('what the bin loads to start', () => {
  it('zfxxgk validate loads the dispatcher, the message table and its own file, not the other commands, csv-parse or node:crypto', () => {
    const loaded = loadedBy(['validate', 'examples/gongbujiangda-2023.json']);
    const ours = loaded.filter((url) => url.includes('/dist/')).map((url) => url.replace(/^.*\/dist\//, ''));
    expect(ours.sort()).toEqual(['cli-messages.js', 'cli.js', 'commands/validate.js']);
    expect(loaded.filter((url) => /csv-parse|node:crypto/.test(url))).toEqual([]);
  }, 60_000);

  it('zfxxgk render to PDF loads the driver’s CommonJS build, not its hundreds of ES modules', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zfxxgk-loads-')), 'x.pdf');
    const loaded = loadedBy(['render', 'examples/gongbujiangda-2023.json', '-o', out, '--quiet']);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(loaded.filter((url) => url.includes('puppeteer-core/lib/esm/'))).toEqual([]);
  }, 60_000);

  it('zfxxgk --help loads the dispatcher and the message table alone', () => {
    const loaded = loadedBy(['--help']);
    const ours = loaded.filter((url) => url.includes('/dist/')).map((url) => url.replace(/^.*\/dist\//, ''));
    expect(ours.sort()).toEqual(['cli-messages.js', 'cli.js']);
  }, 60_000);
});
