import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-messages-'));
const write = (name: string, value: unknown) => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

describe('the messages the CLI prints', () => {
  it('says once that a missing file cannot be read', async () => {
    const run = await zfxxgk(['validate', 'nowhere.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('无法读取 nowhere.json：文件或目录不存在');
    expect(run.stdout.match(/无法读取/g)).toHaveLength(1);
  });

  it('reports a date written 2025/01/20 once', async () => {
    const file = write('slash-date.json', { ...seedReport(), publishedAt: '2025/01/20' });
    const { data } = envelopeOf(await zfxxgk(['validate', file, '--json'], { cwd: dir }));
    expect(data.files[0].issues.filter((i: { code: string }) => i.code === 'DATE_INVALID')).toHaveLength(1);
  });

  it('names an empty sub-heading in Chinese, with no English key', async () => {
    const file = write('empty-heading.json', {
      ...seedReport(),
      overview: [{ heading: '主动公开情况', paragraphs: [] }],
    });
    const run = await zfxxgk(['validate', file], { cwd: dir });
    expect(run.stdout).toContain('一、总体情况 第1段 正文');
    expect(run.stdout).not.toContain('paragraphs');
  });

  it('gives the syntax error, not an unknown year, as why aggregate left a file out', async () => {
    const good = write('good.json', seedReport());
    const broken = write('broken.json', '{"agency": "某县", ');
    const run = await zfxxgk(['aggregate', good, broken, '-o', 'sum.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('broken.json'))!;
    expect(line).not.toContain('未知');
    expect(line).toMatch(/JSON/);
  });
});
