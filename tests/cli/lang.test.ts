/**
 * `--lang en` (or ZFXXGK_LANG=en): every word the CLI prints of its own is English. What is not the
 * CLI's own is taken out before looking for Chinese, each piece named with where it comes from:
 * the report's content (agency names), the SDK's issue and import messages (English under `lang:
 * 'en'`, but naming the format's official labels such as 表二, as they are printed on the forms;
 * tested in tests/core and tests/import), and example command lines in help (which quote agency
 * and file names). Anything Chinese left over is the CLI's own words and fails the test.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_CODES, ASSUMPTIONS } from '../../src/import/assumptions.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { envelopeOf, zfxxgk, type CliRun } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const HAN = /\p{Script=Han}/u;
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-lang-'));
const seed = seedReport();
const AGENCY = seed.agency as string;

/** A copy of the seed report with one wrong total, so that it has errors. */
const broken = structuredClone(seed);
broken.requests.newReceived.total += 7;
writeFileSync(join(dir, 'good.json'), JSON.stringify(seed));
writeFileSync(join(dir, 'bad.json'), JSON.stringify(broken));
copyFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), join(dir, 'published.txt'));

/** Every string value found anywhere in `value` under a key named `message`, `reason` or `agency`. */
function contentOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) contentOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && ['message', 'reason', 'agency', 'label', 'found', 'canonical'].includes(key))
        out.push(v);
      else contentOf(v, out);
    }
  }
  return out;
}

/** The lines of `text` that still hold Chinese once `content` is taken out. */
function chineseLeft(text: string, content: readonly string[]): string[] {
  let rest = text;
  // Longest first, so that a message is not cut by an agency name inside it.
  for (const piece of [...content].sort((a, b) => b.length - a.length)) rest = rest.split(piece).join('');
  return rest.split('\n').filter((line) => HAN.test(line));
}

/** Runs the CLI under --lang en, and once more with --json to learn what content it printed. */
async function english(args: readonly string[], options: { input?: string } = {}): Promise<CliRun> {
  return zfxxgk(['--lang', 'en', ...args], { cwd: dir, ...options });
}

function expectEnglish(run: CliRun, content: readonly string[] = []): void {
  expect(chineseLeft(run.stdout, content)).toEqual([]);
  expect(chineseLeft(run.stderr, content)).toEqual([]);
}

describe('--lang en', () => {
  it('gives the main help in English', async () => {
    const run = await english(['--help']);
    expect(run.code).toBe(0);
    expectEnglish(run);
    expect(run.stdout).toContain('usage: zfxxgk <command> [options]');
  });

  it('gives the help of every command in English, examples aside', async () => {
    // The importer's own descriptions of its --assume choices name official labels.
    const assumptions = ASSUMPTION_CODES.map((code) => ASSUMPTIONS[code].en);
    // A file name, not words: template's default output is named as the clerks' spreadsheet is.
    const fileNames = ['年报.xlsx'];
    for (const { name } of COMMANDS) {
      const run = await english([name, '--help']);
      expect(run.code, name).toBe(0);
      const examples = run.stdout.split('\n').filter((line) => /^\s+(?:zfxxgk|curl|ZFXXGK_|-H|")/.test(line));
      expect(chineseLeft(run.stdout, [...examples, ...assumptions, ...fileNames]), name).toEqual([]);
    }
  });

  it('validate: the verdict, the counts and the severities', async () => {
    const json = await english(['validate', 'good.json', 'bad.json', '--json']);
    const run = await english(['validate', 'good.json', 'bad.json']);
    expect(run.code).toBe(1);
    expectEnglish(run, contentOf(envelopeOf(json)));
    expect(run.stdout).toMatch(/good\.json \(.+\): passed, 0 error\(s\)/);
    expect(run.stdout).toMatch(/bad\.json \(.+\): not passed, [1-9]\d* error\(s\)/);
    expect(run.stdout).toMatch(/^ {2}error {2}/m);
    expect(run.stdout).toContain('2 files: 1 passed, 1 not passed');
  });

  it('validate: a file that cannot be read, and --json carries the message in English', async () => {
    const run = await english(['validate', 'missing.json']);
    expect(run.code).toBe(2);
    expectEnglish(run);
    expect(run.stdout).toContain('cannot read missing.json: no such file or folder');
    const json = envelopeOf(await english(['validate', 'missing.json', '--json']));
    expect(json.data.files[0].error).toEqual({
      code: 'ENOENT',
      message: 'cannot read missing.json: no such file or folder',
    });
  });

  it('usage errors, "did you mean" and the JSON envelope of a failure', async () => {
    const typo = await english(['valdate', 'good.json']);
    expect(typo.code).toBe(2);
    expectEnglish(typo);
    expect(typo.stderr).toContain('unknown command valdate, did you mean validate?');
    const option = await english(['validate', 'good.json', '--prevous', 'x.json']);
    expectEnglish(option);
    expect(option.stderr).toContain('unknown option --prevous, did you mean --previous?');
    const json = envelopeOf(await english(['render', 'good.json', '--json']));
    expect(json.error).toEqual({ code: 'USAGE', message: 'give the output file with -o, as in -o report.pdf' });
    for (const args of [
      ['render', 'good.json', '-o', 'x.unknown'],
      ['schema', '--format', '1999'],
      ['fonts', '--coverage', 'all'],
      ['serve', '--port', 'eighty'],
      ['init'],
      ['batch', 'good.json'],
      ['aggregate', 'good.json'],
      ['import'],
      ['edit'],
      ['template'],
      ['validate', 'good.json', '--max-input-bytes', 'lots'],
      ['--color=sometimes', 'validate', 'good.json'],
    ]) {
      const run = await english(args);
      expect(run.code, args.join(' ')).toBe(2);
      expectEnglish(run);
    }
  });

  it('render: what it wrote, and a report with errors refused', async () => {
    const run = await english(['render', 'good.json', '-o', 'good.html']);
    expect(run.code).toBe(0);
    expectEnglish(run);
    expect(run.stdout).toMatch(/^wrote good\.html \(HTML, \d+ KB\)$/m);
    const json = await english(['render', 'bad.json', '-o', 'bad.html', '--json']);
    const refused = await english(['render', 'bad.json', '-o', 'bad.html']);
    expect(refused.code).toBe(1);
    expectEnglish(refused, contentOf(envelopeOf(json)));
    expect(refused.stdout).toContain('has errors, not rendered');
  });

  it('init, template and aggregate say what they wrote in English', async () => {
    const init = await english(['init', '--agency', 'Test County', '--year', '2024', '-o', 'new.json']);
    expect(init.code).toBe(0);
    expectEnglish(init);
    expect(init.stdout).toContain('wrote new.json (Test County, 2024)');
    const template = await english(['template', '--xlsx', '-o', 'blank.xlsx']);
    expect(template.code).toBe(0);
    expectEnglish(template);
    const aggregate = await english(['aggregate', 'good.json', 'bad.json', '-o', 'sum.json']);
    expect(aggregate.code).toBe(0);
    expectEnglish(aggregate, [AGENCY, ...contentOf(envelopeOf(await english(['validate', 'bad.json', '--json'])))]);
    expect(aggregate.stdout).toMatch(/^ {2}summed {2}good\.json/m);
    expect(aggregate.stdout).toMatch(/^ {2}left out {2}bad\.json .+: \d+ error\(s\)$/m);
    // --json gives why as a value too, the same in every language.
    const json = envelopeOf(await english(['aggregate', 'good.json', 'bad.json', '-o', 'sum.json', '--json']));
    expect(json.data.members[1]).toMatchObject({ file: 'bad.json', included: false, excludedFor: 'errors' });
  });

  it('import: the summary of one import', async () => {
    const json = await english(['import', 'published.txt', '--json']);
    const run = await english(['import', 'published.txt', '-o', 'imported.json']);
    expect(run.code, run.stderr).toBeLessThan(2);
    expectEnglish(run, contentOf(envelopeOf(json)));
    expect(run.stdout).toContain('written to imported.json');
  });

  it('batch: progress, the totals and the summary files', async () => {
    const run = await english(['batch', 'good.json', 'bad.json', '--out', 'out', '--format', 'html', '--no-copies']);
    expect(run.code).toBe(1);
    expectEnglish(run, contentOf(envelopeOf(await english(['validate', 'bad.json', '--json']))));
    expect(run.stdout).toMatch(/^done: 2 report\(s\), 1 rendered, 0 skipped \(up to date\), 1 invalid, 0 failed; /m);
  });

  it('is chosen by ZFXXGK_LANG too; --lang wins; a language it does not have is a usage error', async () => {
    const env = await zfxxgk(['validate', 'missing.json'], { cwd: dir, env: { ZFXXGK_LANG: 'en_US.UTF-8' } });
    expect(env.stdout).toContain('cannot read missing.json');
    const flag = await zfxxgk(['validate', 'missing.json', '--lang', 'zh'], { cwd: dir, env: { ZFXXGK_LANG: 'en' } });
    expect(flag.stdout).toContain('无法读取 missing.json');
    const bad = await zfxxgk(['validate', 'good.json'], { cwd: dir, env: { ZFXXGK_LANG: 'fr' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ZFXXGK_LANG takes zh or en, not fr');
  });
});

describe('Chinese, the default', () => {
  it('keeps a usage error bilingual, Chinese first, and words what a clerk reads in Chinese only', async () => {
    const clerk = await zfxxgk(['validate', 'good.json'], { cwd: dir });
    expect(clerk.stdout).toMatch(/good\.json（.+）：通过，0 个错误，0 个警告，\d+ 个提示/);
    expect(clerk.stdout).not.toContain('passed');
    const run = await zfxxgk(['render', 'good.json'], { cwd: dir });
    expect(run.stderr).toContain(
      '请用 -o 给出输出文件，如 -o report.pdf / give the output file with -o, as in -o report.pdf',
    );
  });
});
