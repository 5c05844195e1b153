import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { encodeGbk } from '../helpers/gbk.js';
import { seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-validate-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('zfxxgk validate', () => {
  it('says once that a GBK file is not UTF-8, and prints no replacement characters', async () => {
    const path = join(dir, 'gbk.json');
    writeFileSync(path, encodeGbk(JSON.stringify(seedReport())));
    const run = await zfxxgk(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[ENCODING_INVALID]');
    expect(run.stdout).toContain('GBK');
    expect(run.stdout).not.toContain('\uFFFD');
    expect(run.stdout.match(/错误  /g)).toHaveLength(1);
  });

  it('passes the seed example with exit 0 and names it', async () => {
    const run = await zfxxgk(['validate', 'examples/gongbujiangda-2023.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'examples/gongbujiangda-2023.json（工布江达县人民政府 2023年度）：通过，0 个错误，0 个警告，3 个提示',
    );
  });

  it('lists wrong totals by their official labels and exits 1', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    const run = await zfxxgk(['validate', file('wrong.json', JSON.stringify(report))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('错误  表三 （七）总计 · 自然人：应为 3，实为 0');
    expect(run.stdout).not.toContain('requests.results');
  });

  it('reads YAML from standard input', async () => {
    const yaml = readFileSync('examples/gongbujiangda-2023.json', 'utf8'); // JSON is YAML too
    const run = await zfxxgk(['validate', '-', '--json'], { input: yaml });
    expect(run.code).toBe(0);
    expect(envelopeOf(run)).toMatchObject({
      command: 'validate',
      ok: true,
      exitCode: 0,
      data: { files: [{ ok: true, agency: '工布江达县人民政府', year: 2023 }] },
    });
  });

  it('reports broken JSON, YAML with tabs and unknown keys with exit 1', async () => {
    const report = seedReport();
    report.requests.grand = 1;
    const run = await zfxxgk([
      'validate',
      file('broken.json', '{"format": "2021",'),
      file('tabs.yaml', 'format: "2021"\nrequests:\n\tx: 1\n'),
      file('unknown.json', JSON.stringify(report)),
      '--json',
    ]);
    expect(run.code).toBe(1);
    const files = envelopeOf(run).data.files;
    expect(files.map((f: any) => f.issues[0].code)).toEqual(['JSON_SYNTAX', 'JSON_SYNTAX', 'UNKNOWN_KEY']);
  });

  it('exits 2 for a missing file, and still checks the others', async () => {
    const run = await zfxxgk(['validate', join(dir, 'missing.json'), 'examples/gongbujiangda-2023.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('文件或目录不存在');
    expect(run.stdout).toContain('通过');
  });

  it('adds the cross-year checks with --previous', async () => {
    const next = seedReport();
    next.year = 2024;
    next.publishedAt = '2025-01-20';
    next.title = '工布江达县人民政府2024年政府信息公开工作年度报告';
    next.requests.carriedOver.naturalPerson = 1;
    next.requests.newReceived.naturalPerson = 2;
    next.requests.newReceived.total = 2;
    next.requests.carriedOver.total = 1;
    const run = await zfxxgk([
      'validate',
      file('next.json', JSON.stringify(next)),
      '--previous',
      'examples/gongbujiangda-2023.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '警告  表三 二、上年结转政府信息公开申请数量 · 自然人：上年报告“四、结转下年度继续办理”为 0，本年报告为 1',
    );
  });

  it('explains usage errors with exit 2', async () => {
    expect((await zfxxgk(['validate'])).code).toBe(2);
    const run = await zfxxgk(['validate', '--bogus', 'x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未知选项 --bogus / unknown option --bogus');
    expect((await zfxxgk(['nonsense'])).stderr).toContain('未知命令 nonsense');
    const json = await zfxxgk(['nonsense', '--json']);
    expect(envelopeOf(json)).toMatchObject({ ok: false, exitCode: 2, error: { code: 'UNKNOWN_COMMAND' } });
  });

  it('has --help', async () => {
    const run = await zfxxgk(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法 / usage: zfxxgk validate');
    expect(run.stdout).toContain('--previous');
  });
});

describe('zfxxgk schema', () => {
  it('prints the JSON Schema', async () => {
    const run = await zfxxgk(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
    });
  });
});
