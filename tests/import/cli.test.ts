/** `zfxxgk import`, run in process through the dispatcher (tests/helpers/cli.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-import-'));
const seedTxt = projectPath('tests/fixtures/gongbujiangda-2023.txt');

/** `zfxxgk import …args` in process, through the dispatcher, with its working folder in `dir`. */
const run = (args: string[], stdin = '') => zfxxgk(['import', ...args], { cwd: dir, input: stdin });

describe('zfxxgk import', () => {
  it('writes the report with -o and prints a summary, exit 0', async () => {
    const { code, stdout } = await run([seedTxt, '-o', 'seed.json']);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8'))).toEqual(seedReport());
    expect(stdout).toContain('读取 200/200 个单元格，完整');
    expect(stdout).toContain('校验：0 个错误');
    expect(stdout).toContain('已写入 seed.json');
  });

  it('prints the report on standard output without -o, the summary on standard error', async () => {
    const { code, stdout, stderr } = await run([seedTxt]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(seedReport());
    expect(stderr).toContain('（文本，2021 版表格）');
  });

  it('prints the whole import report in the --json envelope', async () => {
    const { code, stdout } = await run([seedTxt, '--json']);
    const envelope = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(envelope).toMatchObject({
      command: 'import',
      ok: true,
      exitCode: 0,
      data: { kind: 'text', edition: '2021', complete: true, unread: [], labels: [], notes: [] },
    });
    expect(envelope.data.report).toEqual(seedReport());
    expect(envelope.data.cells).toHaveLength(200);
    expect(envelope.data.validation).toMatchObject({ ok: true, counts: { error: 0 } });
  });

  it('exits 1 and lists what it could not read when the import is incomplete', async () => {
    const text = readFileSync(seedTxt, 'utf8').replace('\t821', '\t约821');
    writeFileSync(join(dir, 'cut.txt'), text);
    const { code, stdout } = await run(['cut.txt', '-o', 'cut.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('读取 199/200 个单元格，不完整');
    expect(stdout).toContain('表二 行政许可 · 本年处理决定数量：无法识别的数值“约821”（第 ');
    expect(stdout).toMatch(/约821”（第 \d+ 行）  \[NOT_A_NUMBER\]/);
  });

  it('counts and lists the cells it inferred, with the rule of each', async () => {
    const text = readFileSync(seedTxt, 'utf8')
      .replaceAll('工布江达县人民政府', '工布江达县教育局')
      .replace('\t规章\n\t0\n\t0\n\t0\n', '');
    writeFileSync(join(dir, 'department.txt'), text);
    const { code, stdout } = await run(['department.txt', '-o', 'department.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('读取 197/200 个单元格，推断 3 个，完整');
    expect(stdout).toContain(
      '表二 规章 · 本年制发件数 = 0：表格中没有“规章”一行，而本机关不能制定规章：按 0 计  [NO_REGULATIONS_ROW]',
    );
  });

  it('fills what the page does not settle with --assume, listing each cell with the choice', async () => {
    const text = readFileSync(seedTxt, 'utf8').replace('\t规章\n\t0\n\t0\n\t0\n', '');
    writeFileSync(join(dir, 'no-regulations.txt'), text);
    const without = await run(['no-regulations.txt', '-o', 'no-regulations.json']);
    expect(without.code).toBe(1);
    const { code, stdout } = await run([
      'no-regulations.txt',
      '-o',
      'no-regulations.json',
      '--assume',
      'no-regulations-zero',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('读取 197/200 个单元格，按假设填入 3 个，完整');
    expect(stdout).toContain(
      '表二 规章 · 本年制发件数 = 0：表二没有“规章”一行时，无论机关类型，该行按 0 计  [NO_REGULATIONS_ZERO]',
    );
    expect(stdout).toContain('[ASSUMED]');
  });

  it('words notes, reasons and issues in English with --lang en, codes unchanged', async () => {
    const text = readFileSync(seedTxt, 'utf8').replace('\t821', '\t约821');
    writeFileSync(join(dir, 'cut-en.txt'), text);
    const { code, stdout } = await run(['cut-en.txt', '-o', 'cut-en.json', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/表二 行政许可 · 本年处理决定数量: not a number: “约821” \(line \d+\)  \[NOT_A_NUMBER\]/);
    const json = JSON.parse((await run(['cut-en.txt', '--lang', 'en', '--json'])).stdout);
    expect(json.data.unread).toEqual([
      expect.objectContaining({ code: 'NOT_A_NUMBER', reason: 'not a number: “约821”' }),
    ]);
    const wrong = await run(['cut-en.txt', '--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang 只能是 zh 或 en，实为 fr');
  });

  it('exits 1 and writes nothing for a file that is not a report', async () => {
    writeFileSync(join(dir, 'notes.txt'), '今天天气很好。\n');
    const { code, stdout } = await run(['notes.txt', '-o', 'notes.json', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).data.notes).toEqual([
      expect.objectContaining({ code: 'NOT_A_REPORT', severity: 'error' }),
    ]);
    expect(() => readFileSync(join(dir, 'notes.json'))).toThrow();
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await run(['-', '--kind', 'text'], readFileSync(seedTxt, 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).agency).toBe('工布江达县人民政府');
  });

  it('refuses a missing file, an unknown kind and an unknown encoding as usage errors', async () => {
    const cases: [string[], string][] = [
      [['missing.pdf'], '文件或目录不存在'],
      [[seedTxt, '--kind', 'xls'], '--kind 应为 text、docx、html、pdf、xlsx 之一'],
      [[seedTxt, '--encoding', 'klingon'], '不认识的编码'],
      [[], '请给出一个要导入的文件'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});
