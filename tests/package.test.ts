import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from './helpers/reports.js';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: projectPath(''), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

describe('the packed package', () => {
  it('has been built (npm test builds before testing)', () => {
    expect(existsSync(projectPath('dist/index.js'))).toBe(true);
    expect(existsSync(projectPath('dist/index.d.ts'))).toBe(true);
    expect(existsSync(projectPath('dist/cli.js'))).toBe(true);
    expect(existsSync(projectPath('dist/report.schema.json'))).toBe(true);
  });

  it('passes publint', () => {
    const out = run('npx', ['--no-install', 'publint', '--strict']);
    expect(out).toContain('All good!');
  });

  it('has types that resolve for ESM consumers (are the types wrong)', () => {
    // Throws, failing the test, when attw cannot run or finds a problem.
    const out = run('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']);
    expect(out).toMatch(/node16 \(from ESM\)/);
  }, 120_000);
});
