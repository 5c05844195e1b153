import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { projectPath } from './helpers/reports.js';

describe('the examples', () => {
  it('gongbujiangda-2023.json validates with zero errors and zero warnings', () => {
    const result = validate(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('gongbujiangda-2023.json holds every number of the seed report', () => {
    // The numbers of the seed text, in reading order, must equal the cells of the example in order.
    const seed = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), 'utf8');
    const tables = seed.slice(seed.indexOf('二、主动公开政府信息情况'), seed.indexOf('五、存在的主要问题及改进情况'));
    const published = tables
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d+$/.test(l))
      .map(Number);
    const example = JSON.parse(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
    const values: number[] = [];
    const walk = (node: unknown) => {
      if (typeof node === 'number') values.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk([example.activeDisclosure, example.requests, example.reviewLitigation]);
    expect(values).toEqual(published);
  });

  it('build-report.ts builds the seed report through the builder with zero errors', () => {
    const out = execFileSync(
      process.execPath,
      [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath('examples/build-report.ts')],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/^通过：0 个错误，0 个警告/);
  });
});
