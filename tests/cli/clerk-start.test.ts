import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileEdition, CURRENT_EDITION, validate } from '../../src/index.js';
import { readPath } from '../../src/util/path.js';
import { zfxxgk } from '../helpers/cli.js';
import { huaianReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-clerk-'));
chmodSync(dir, 0o755);
const totals = compileEdition(CURRENT_EDITION).cells.filter((c) => c.role !== 'leaf');

/** The clerk's first edit: two requests received from people, both answered 其他处理. */
function fillTwoRequests(report: any): void {
  report.requests.newReceived.naturalPerson = 2;
  report.requests.results.other.other.naturalPerson = 2;
}

describe('zfxxgk init, then a clerk fills in detail cells', () => {
  it('writes no total, so filling detail cells gives no error on any total', async () => {
    const path = join(dir, 'blank.json');
    const run = await zfxxgk(['init', '--agency', '工布江达县人民政府', '--year', '2024', '-o', path]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path, 'utf8'));
    expect(totals.filter((c) => readPath(report, c.path) !== undefined).map((c) => c.path.join('.'))).toEqual([]);
    fillTwoRequests(report);
    const result = validate(report);
    const onTotals = result.issues.filter(
      (i) => i.severity === 'error' && totals.some((c) => c.path.join('.') === i.path.join('.')),
    );
    expect(onTotals).toEqual([]);
  });

  it('leaves totals out when starting from last year too, keeping what is carried over', async () => {
    writeFileSync(join(dir, 'last.json'), JSON.stringify(huaianReport()));
    const path = join(dir, 'next.json');
    const run = await zfxxgk(['init', '--from', join(dir, 'last.json'), '-o', path]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path, 'utf8'));
    expect(totals.filter((c) => readPath(report, c.path) !== undefined).map((c) => c.path.join('.'))).toEqual([]);
    const { total: _, ...carried } = huaianReport().requests.carriedForward;
    expect(report.requests.carriedOver).toEqual(carried);
    fillTwoRequests(report);
    const errors = validate(report).issues.filter(
      (i) => i.severity === 'error' && totals.some((c) => c.path.join('.') === i.path.join('.')),
    );
    expect(errors).toEqual([]);
  });
});

/** A valid report with some totals left out, as a clerk who knows they are derived would write it. */
function withoutSomeTotals(): any {
  const report = huaianReport() as any;
  delete report.requests.newReceived.total;
  delete report.requests.results.total;
  return report;
}

describe('zfxxgk validate --fix', () => {
  it('writes the derived totals into a copy and names each cell it filled', async () => {
    const input = join(dir, 'partial.json');
    const output = join(dir, 'fixed.json');
    const original = JSON.stringify(withoutSomeTotals());
    writeFileSync(input, original);
    const run = await zfxxgk(['validate', input, '--fix', '-o', output]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const full = huaianReport() as any;
    const fixed = JSON.parse(readFileSync(output, 'utf8'));
    expect(fixed.requests.newReceived.total).toBe(full.requests.newReceived.total);
    expect(fixed.requests.results.total).toEqual(full.requests.results.total);
    expect(run.stdout).toContain('补填');
    expect(run.stdout).toContain(`表三 （七）总计 · 自然人 = ${full.requests.results.total.naturalPerson}`);
    // 1 cell of 二 and the 7 cells of （七）总计, and nothing else.
    expect(run.stdout.split('\n').filter((l) => / = \d+$/.test(l))).toHaveLength(8);
    expect(readFileSync(input, 'utf8')).toBe(original);
    expect(validate(fixed).ok).toBe(true);
  });

  it('lists the filled cells as data with --json, and writes the report to standard output with -o -', async () => {
    const input = join(dir, 'partial-json.json');
    writeFileSync(input, JSON.stringify(withoutSomeTotals()));
    const json = await zfxxgk(['validate', input, '--fix', '-o', join(dir, 'fixed-json.json'), '--json']);
    expect(json.code).toBe(0);
    const filled = JSON.parse(json.stdout).data.filled;
    expect(filled[0]).toMatchObject({
      path: ['requests', 'newReceived', 'total'],
      label: expect.stringContaining('表三'),
    });
    expect(filled).toHaveLength(8);
    const piped = await zfxxgk(['validate', '-', '--fix', '-o', '-'], { input: JSON.stringify(withoutSomeTotals()) });
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout).requests.results.total).toEqual((huaianReport() as any).requests.results.total);
    expect(piped.stderr).toContain('补填');
  });

  it('writes nothing and exits 1 when the report has errors other than missing totals', async () => {
    const input = join(dir, 'wrong.json');
    const output = join(dir, 'never-fixed.json');
    const report = withoutSomeTotals();
    report.reviewLitigation.review.total = 999;
    writeFileSync(input, JSON.stringify(report));
    const run = await zfxxgk(['validate', input, '--fix', '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('未写出任何文件');
    expect(existsSync(output)).toBe(false);
  });

  it('refuses an output that is the input, two inputs, and -o without --fix', async () => {
    const input = join(dir, 'same.json');
    const original = JSON.stringify(withoutSomeTotals());
    writeFileSync(input, original);
    const same = await zfxxgk(['validate', input, '--fix', '-o', input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('输出文件就是输入文件');
    expect(readFileSync(input, 'utf8')).toBe(original);
    expect((await zfxxgk(['validate', input, input, '--fix', '-o', join(dir, 'two.json')])).code).toBe(2);
    expect((await zfxxgk(['validate', input, '-o', join(dir, 'no-fix.json')])).stderr).toContain('-o 只与 --fix');
    expect((await zfxxgk(['validate', input, '--fix'])).stderr).toContain('--fix 需要用 -o');
  });
});
