/**
 * `-` for standard input and output, command by command: every command that reads a report or
 * writes one file takes `-`; a binary file is written to a pipe and refused on a terminal; where
 * one `-` cannot mean anything (an output folder, standard input read twice) it is a usage error
 * (exit 2) and nothing is written. validate --fix -o - is tested in clerk-start.test.ts, render
 * - -o - as HTML in stdio.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

const seed = seedReport();
const SEED = JSON.stringify(seed);

/** A fresh folder holding the seed report as report.json. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-dash-'));
  writeFileSync(join(dir, 'report.json'), SEED);
  return dir;
}

const TTY = { columns: 80 };

describe('- as standard input', () => {
  it('reads a report from one -, and refuses - named twice (standard input is read once)', async () => {
    const dir = folder();
    const once = await zfxxgk(['validate', '-', '--json'], { input: SEED, cwd: dir });
    expect(once.code).toBe(0);
    expect(envelopeOf(once).data.files[0]).toMatchObject({ file: '-', ok: true, agency: seed.agency });
    for (const args of [
      ['validate', '-', '-'],
      ['validate', '-', '--previous', '-'],
      ['aggregate', '-', '-', '-o', 'sum.json'],
    ]) {
      const run = await zfxxgk(args, { input: SEED, cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('标准输入（-）只能读一次');
    }
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses - where it cannot be read: batch, edit, importing many files', async () => {
    const dir = folder();
    const batch = await zfxxgk(['batch', '-', '--out', 'out', '--format', 'html'], { input: SEED, cwd: dir });
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('batch 不读标准输入（-）');
    const edit = await zfxxgk(['edit', '-'], { input: SEED, cwd: dir });
    expect(edit.code).toBe(2);
    expect(edit.stderr).toContain('edit does not read standard input');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

describe('-o - as standard output', () => {
  it('init writes the new report to standard output and what it says to standard error', async () => {
    const dir = folder();
    const run = await zfxxgk(['init', '--agency', '某县人民政府', '--year', '2024', '-o', '-'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ agency: '某县人民政府', year: 2024 });
    expect(run.stderr).toContain('已写出 标准输出');
    expect(readdirSync(dir)).toEqual(['report.json']);
    const json = await zfxxgk(['init', '--agency', '某县人民政府', '-o', '-', '--json'], { cwd: dir });
    expect(json.code).toBe(2);
    // And from a report on standard input to a new one on standard output.
    const carried = await zfxxgk(['init', '--from', '-', '-o', '-'], { input: SEED, cwd: dir });
    expect(carried.code, carried.stderr).toBe(0);
    expect(JSON.parse(carried.stdout)).toMatchObject({ agency: seed.agency, year: seed.year + 1 });
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('aggregate writes the summary report to standard output', async () => {
    const dir = folder();
    const run = await zfxxgk(['aggregate', 'report.json', '-', '-o', '-', '--agency', '汇总'], {
      input: SEED,
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ agency: '汇总', year: seed.year });
    expect(summary.requests.newReceived.naturalPerson).toBe(2 * seed.requests.newReceived.naturalPerson);
    expect(run.stderr).toContain('汇总 2 份报告');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('schema writes to standard output with -o - and to a file with -o file', async () => {
    const dir = folder();
    const piped = await zfxxgk(['schema', '-o', '-'], { cwd: dir });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).$schema).toMatch(/2020-12/);
    const written = await zfxxgk(['schema', '-o', 'report.schema.json'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.schema.json'), 'utf8'))).toEqual(JSON.parse(piped.stdout));
  });

  it('import of one file writes the report to standard output with -o -, as without -o', async () => {
    const dir = folder();
    const text = readFileSync(join(__dirname, '../fixtures/gongbujiangda-2023.txt'), 'utf8');
    const run = await zfxxgk(['import', '-', '-o', '-'], { input: text, cwd: dir });
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ agency: '工布江达县人民政府' });
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('render writes Word and Excel bytes to a pipe, and refuses them on a terminal', async () => {
    for (const format of ['docx', 'xlsx']) {
      const dir = folder();
      const piped = await zfxxgk(['render', 'report.json', '-o', '-', '--format', format], { cwd: dir });
      expect(piped.code, piped.stderr).toBe(0);
      expect(piped.stdout.startsWith('PK')).toBe(true); // a zip: the body itself
      const tty = await zfxxgk(['render', 'report.json', '-o', '-', '--format', format], { cwd: dir, tty: TTY });
      expect(tty.code).toBe(2);
      expect(tty.stdout).toBe('');
      expect(tty.stderr).toContain('是二进制文件，不写到终端');
      expect(readdirSync(dir)).toEqual(['report.json']);
    }
    const twice = await zfxxgk(['render', 'report.json', '-o', '-', '-o', '-', '--format', 'html'], { cwd: folder() });
    expect(twice.code).toBe(2);
  });

  it('template writes the workbook to a pipe, and refuses a terminal', async () => {
    const dir = folder();
    const piped = await zfxxgk(['template', '--xlsx', '-o', '-'], { cwd: dir });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
    const tty = await zfxxgk(['--lang', 'en', 'template', '--xlsx', '-o', '-'], { cwd: dir, tty: TTY });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('is a binary file and is not written to a terminal');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses - for an output folder (batch --out, import of many, fonts --out) and writes nothing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'other.json'), SEED);
    for (const args of [
      ['batch', 'report.json', '--out', '-', '--format', 'html'],
      ['import', 'report.json', 'other.json', '-o', '-'],
      ['fonts', '--out', '-'],
    ]) {
      const run = await zfxxgk(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('不能是 -');
    }
    expect(readdirSync(dir).sort()).toEqual(['other.json', 'report.json']);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
