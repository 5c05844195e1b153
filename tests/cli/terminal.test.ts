/** What the CLI prints can never steer the terminal: user text shows its control characters as escapes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/output.js';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-terminal-'));
/** Erase the line, go back to its start, draw a green 通过; then reverse what follows. */
const FAKE_PASS = '\u001b[2K\r\u001b[32m通过\u001b[0m\u202e';
/** Every kind of character that steers a terminal. */
const STEERING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function hostile(name: string, agency: string, broken = false): string {
  const report = seedReport();
  report.agency = agency;
  if (broken) report.requests.results.total.naturalPerson = 0;
  writeFileSync(join(dir, name), JSON.stringify(report));
  return name;
}

describe('terminalSafe', () => {
  it('shows controls, bidi characters, separators and lone surrogates as visible escapes', () => {
    expect(terminalSafe('某县\u001b[2K\r通过\u202e\u2066\u2028\u0085\ud800\t\n')).toBe(
      '某县\\u001B[2K\\r通过\\u202E\\u2066\\u2028\\u0085\\uD800\\t\\n',
    );
  });

  it('keeps Chinese, emoji pairs and our own line feeds when asked', () => {
    expect(terminalSafe('工布江达县 😀\n第二行\r', { keepNewlines: true })).toBe('工布江达县 😀\n第二行\\r');
  });
});

describe('the CLI on a terminal', () => {
  it('validate prints an agency name that holds escape sequences as visible text', async () => {
    const file = hostile('agency.json', `某县${FAKE_PASS}`, true);
    const run = await zfxxgk(['validate', file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(STEERING);
    expect(run.stdout).toContain('（某县\\u001B[2K\\r\\u001B[32m通过\\u001B[0m\\u202E 2023年度）：未通过');
  });

  it('escapes a file name and a missing file the same way, on both streams', async () => {
    const file = hostile(`x${FAKE_PASS}.json`, '某县');
    const ok = await zfxxgk(['validate', file], { cwd: dir });
    expect(ok.stdout).not.toMatch(STEERING);
    expect(ok.stdout).toContain('x\\u001B[2K');
    const missing = await zfxxgk(['render', `nope${FAKE_PASS}.json`, '-o', 'a.html'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(STEERING);
    expect(missing.stderr).toContain('nope\\u001B[2K\\r');
  });

  it('batch escapes agencies and issue messages in its list and its progress lines', async () => {
    const input = mkdtempSync(join(tmpdir(), 'zfxxgk-terminal-batch-'));
    const report = seedReport();
    report.agency = `某县${FAKE_PASS}`;
    report.requests.results.total.naturalPerson = 0;
    writeFileSync(join(input, `r${FAKE_PASS}.json`), JSON.stringify(report));
    const run = await zfxxgk(['batch', input, '--out', join(input, 'out'), '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(STEERING);
    expect(run.stderr).toContain('r\\u001B[2K\\r');
  });

  it('--json stays the same value but carries no raw bidi or C1 character', async () => {
    const file = hostile('json.json', '某县\u202e\u0085\u2028', true);
    const run = await zfxxgk(['validate', file, '--json'], { cwd: dir });
    expect(run.stdout).not.toMatch(STEERING);
    expect(envelopeOf(run).data.files[0].agency).toBe('某县\u202e\u0085\u2028');
  });
});

describe('import on a terminal', () => {
  it('prints the report JSON with bidi and C1 characters escaped, the same value for a program', async () => {
    const text = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), 'utf8').replace(
      '根据《中华人民共和国',
      '根据\u202e\u0085《中华人民共和国',
    );
    const run = await zfxxgk(['import', '-'], { input: text });
    expect(run.stdout).not.toMatch(STEERING);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('根据\u202e\u0085《中华人民共和国');
  });
});
