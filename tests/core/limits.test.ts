import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, validate } from '../../src/index.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const seedText = () => readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8');
const codesOf = (input: unknown, options = {}) =>
  validate(input, options)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => i.code);

describe('the bounds of validation', () => {
  it('are exported with their defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxInputBytes: 8_388_608,
      maxTextLength: 20_000,
      maxLineLength: 10_000,
      maxItems: 5_000,
      maxDepth: 16,
      maxValues: 100_000,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('refuse text and bytes larger than maxInputBytes, before reading them', () => {
    const text = seedText();
    const size = new TextEncoder().encode(text).length;
    for (const input of [text, new TextEncoder().encode(text)]) {
      expect(validate(input, { limits: { maxInputBytes: 1000 } }).issues).toEqual([
        expect.objectContaining({
          code: 'LIMIT_EXCEEDED',
          path: [],
          expected: 1000,
          actual: size,
          params: { limit: 'maxInputBytes' },
        }),
      ]);
    }
    expect(validate(text, { limits: { maxInputBytes: size } }).ok).toBe(true);
    const [issue] = validate(text, { limits: { maxInputBytes: 1000 } }).issues;
    expect(issue!.message).toBe(
      '报告：文件大小超过上限 1000 字节（maxInputBytes），未再检查其余内容；如确需处理更大的报告，可调高此上限',
    );
  });

  it('measure text fields against maxTextLength as the caller sets it', () => {
    const report = seedReport();
    report.problems = ['长'.repeat(30_000)];
    expect(validate(report).issues.filter((i) => i.code === 'TEXT_TOO_LONG')).toEqual([
      expect.objectContaining({ path: ['problems', 0], expected: 20_000, actual: 30_000 }),
    ]);
    expect(validate(report, { limits: { maxTextLength: 40_000, maxLineLength: 40_000 } }).ok).toBe(true);
    report.problems = ['长'.repeat(600)];
    expect(
      validate(report, { limits: { maxTextLength: 500 } }).issues.filter((i) => i.code === 'TEXT_TOO_LONG'),
    ).toEqual([expect.objectContaining({ path: ['problems', 0], expected: 500, actual: 600 })]);
  });

  it('measure each line of a text against maxLineLength', () => {
    const report = seedReport();
    report.problems = [`短\n${'长'.repeat(12_000)}\n短`];
    const issues = validate(report).issues.filter((i) => i.code === 'LINE_TOO_LONG');
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['problems', 0],
        expected: 10_000,
        actual: 12_000,
        params: { limit: 'maxLineLength', line: 2 },
      }),
    ]);
    expect(issues[0]!.message).toBe(
      '五、存在的主要问题及改进情况 第1段：第 2 行长 12000 字符，超过一行的上限 10000 字符',
    );
    report.problems = [`${'长'.repeat(9_000)}\n${'长'.repeat(9_000)}`];
    expect(codesOf(report)).toEqual([]);
  });

  it('stop at more paragraphs and blocks than maxItems, naming the list', () => {
    const report = seedReport();
    report.problems = Array.from({ length: 6_000 }, () => '无。');
    const issues = validate(report).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'LIMIT_EXCEEDED',
        path: ['problems'],
        expected: 5_000,
        params: { limit: 'maxItems' },
      }),
    ]);
    expect(validate(report, { limits: { maxItems: 10_000 } }).ok).toBe(true);
  });

  it('stop at nesting deeper than maxDepth: objects, a cycle, JSON and YAML text', () => {
    const report = seedReport();
    let deep: Record<string, unknown> = {};
    report.extra = deep;
    for (let i = 0; i < 100; i++) deep = (deep.next = {}) as Record<string, unknown>;
    expect(validate(report).issues).toEqual([
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', expected: 16, params: { limit: 'maxDepth' } }),
    ]);
    const cyclic = seedReport();
    cyclic.preamble = [cyclic];
    expect(codesOf(cyclic)).toEqual(['LIMIT_EXCEEDED']);
    const n = 10_000;
    expect(validate('['.repeat(n) + ']'.repeat(n)).issues).toEqual([
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', actual: 17, params: { limit: 'maxDepth' } }),
    ]);
    expect(validate(`a: ${'['.repeat(n)}${']'.repeat(n)}`).issues).toEqual([
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', params: { limit: 'maxDepth' } }),
    ]);
  });

  it('stop at more values than maxValues (a million unknown keys)', () => {
    const report = seedReport();
    const junk: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) junk[`k${i}`] = i;
    report.extra = junk;
    const start = performance.now();
    expect(validate(report).issues).toEqual([
      expect.objectContaining({
        code: 'LIMIT_EXCEEDED',
        path: ['extra'],
        expected: 100_000,
        params: { limit: 'maxValues' },
      }),
    ]);
    // Not a bound on time (the machine is shared): a check that the keys were not each looked at by zod.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
