/** `zfxxgk import <folder|glob…> -o <folder>`: many published reports at once, run in process. */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';
import { mergeOther, page, singleRowOther } from './helpers/patterns.js';

const seedTxt = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), 'utf8');
let dir: string;

/** `zfxxgk import …args` in process, with its working folder in `dir`. */
const run = (args: string[]) => zfxxgk(['import', ...args], { cwd: dir });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zfxxgk-import-many-'));
  mkdirSync(join(dir, 'in', 'towns'), { recursive: true });
  writeFileSync(join(dir, 'in', 'county.txt'), seedTxt);
  writeFileSync(join(dir, 'in', 'page.html'), await page());
  writeFileSync(join(dir, 'in', 'towns', 'merged.htm'), mergeOther(await page(), 1, 1, 2, '0'));
  writeFileSync(join(dir, 'in', 'towns', 'cut.txt'), seedTxt.replace('\t821', '\t约821'));
  writeFileSync(join(dir, 'in', 'notes.txt'), '今天天气很好。\n');
  writeFileSync(join(dir, 'in', 'ignored.json'), '{}');
});

describe('zfxxgk import of a folder', () => {
  it('imports each file into the output folder and says of each whether it is complete', async () => {
    const { code, stdout, stderr } = await run(['in', '-o', 'out']);
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'county.json'), 'utf8'))).toEqual(seedReport());
    expect(JSON.parse(readFileSync(join(dir, 'out', 'towns', 'merged.json'), 'utf8'))).toEqual(seedReport());
    // An incomplete import is written too, for a person to finish; a file that is not a report is not.
    expect(JSON.parse(readFileSync(join(dir, 'out', 'towns', 'cut.json'), 'utf8')).agency).toBe('工布江达县人民政府');
    expect(() => statSync(join(dir, 'out', 'notes.json'))).toThrow();
    expect(stdout).toContain('in/county.txt → out/county.json：完整\n');
    expect(stdout).toContain('in/towns/merged.htm → out/towns/merged.json：完整（推断 1 个单元格）\n');
    expect(stdout).toContain('in/towns/cut.txt → out/towns/cut.json：不完整（未读 1 个单元格）\n');
    expect(stdout).toMatch(/in\/notes\.txt：失败：未找到政府信息公开工作年度报告/);
    expect(stdout).toContain('共 5 个文件：完整 2，完整（含推断的单元格） 1，不完整 1，失败 1');
    // Progress on standard error, one line a file when it is not a terminal.
    expect(stderr.match(/^\[\d\/5\] /gm)).toHaveLength(5);

    const summary = JSON.parse(readFileSync(join(dir, 'out', 'zfxxgk-import-summary.json'), 'utf8'));
    expect(summary.totals).toEqual({
      complete: 2,
      'complete-inferred': 1,
      incomplete: 1,
      failed: 1,
      kept: 0,
      interrupted: 0,
    });
    expect(summary.files.find((f: { file: string }) => f.file === 'in/towns/cut.txt')).toMatchObject({
      status: 'incomplete',
      kind: 'text',
      cells: { read: 199, inferred: 0, assumed: 0, unread: 1 },
      counts: { error: expect.any(Number) },
    });
    const csv = readFileSync(join(dir, 'out', 'zfxxgk-import-summary.csv'), 'utf8');
    expect(csv).toContain(
      'in/towns/merged.htm,out/towns/merged.json,html,2021,工布江达县人民政府,2023,complete-inferred,199,1,0,0,0,0,',
    );
  });

  it('keeps outputs that exist unless --force, and says so', async () => {
    const before = statSync(join(dir, 'out', 'county.json')).mtimeMs;
    const again = await run(['in/*.txt', '-o', 'out', '--json']);
    const data = JSON.parse(again.stdout).data;
    expect(data.totals).toMatchObject({ kept: 1, failed: 1 });
    expect(data.files[0]).toMatchObject({ file: 'in/county.txt', status: 'kept', output: 'out/county.json' });
    expect(statSync(join(dir, 'out', 'county.json')).mtimeMs).toBe(before);
    const forced = await run(['in/county.txt', 'in/page.html', '-o', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('in/county.txt → out/county.json：完整\n');
  });

  it('applies --assume to every file and counts the cells it filled', async () => {
    mkdirSync(join(dir, 'single'));
    writeFileSync(join(dir, 'single', 'a.html'), singleRowOther(await page(), ['3', '0', '0', '0', '0', '', '3']));
    const without = await run(['single', '-o', 'single-out']);
    expect(without.stdout).toContain('不完整（未读 6 个单元格）');
    const { code, stdout } = await run(['single', '-o', 'single-out2', '--assume', 'single-row-to-other', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout).data;
    expect(data.assume).toEqual(['SINGLE_ROW_TO_OTHER']);
    expect(data.files[0]).toMatchObject({ status: 'complete-inferred', cells: { assumed: 6, unread: 0 } });
  });

  it('refuses two inputs that would write one output, and an unknown assumption, writing nothing', async () => {
    mkdirSync(join(dir, 'twins'));
    writeFileSync(join(dir, 'twins', 'a.txt'), seedTxt);
    writeFileSync(join(dir, 'twins', 'a.html'), await page());
    const twins = await run(['twins', '-o', 'twins-out']);
    expect(twins.code).toBe(2);
    expect(twins.stderr).toContain('twins-out/a.json ← twins/a.html (JSON), twins/a.txt (JSON)');
    expect(() => statSync(join(dir, 'twins-out'))).toThrow();
    const unknown = await run(['in', '-o', 'x', '--assume', 'split-evenly']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--assume 应为 single-row-to-other、merged-to-first');
    const noOut = await run(['in']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('请用 -o 给出输出目录');
  });

  it('stops when interrupted, writes the summary, and says which files were not imported', async () => {
    const stop = new AbortController();
    stop.abort();
    const { code } = await zfxxgk(['import', 'in', '-o', 'stopped'], { cwd: dir, signal: stop.signal });
    expect(code).toBe(130);
    const summary = JSON.parse(readFileSync(join(dir, 'stopped', 'zfxxgk-import-summary.json'), 'utf8'));
    expect(summary).toMatchObject({ interrupted: true, totals: { interrupted: 5 } });
    expect(() => statSync(join(dir, 'stopped', 'county.json'))).toThrow();
  });

  it('draws a progress bar on a terminal', async () => {
    const { stderr } = await zfxxgk(['import', 'in/county.txt', 'in/page.html', '-o', 'tty-out'], {
      cwd: dir,
      tty: { columns: 100 },
    });
    expect(stderr).toContain('2/2 ✓2 ✗0 ↷0');
  });
});
