import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
