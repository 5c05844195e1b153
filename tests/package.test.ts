import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from './helpers/reports.js';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: projectPath(''),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });

describe('the packed package', () => {
  it('has been built (npm test builds before testing)', () => {
    for (const entry of ['index', 'html', 'pdf', 'docx', 'import']) {
      for (const file of [`${entry}.js`, `${entry}.d.ts`, `${entry}.cjs`, `${entry}.d.cts`])
        expect(existsSync(projectPath(`dist/${file}`)), file).toBe(true);
    }
    expect(existsSync(projectPath('dist/cli.js'))).toBe(true);
    expect(existsSync(projectPath('dist/report.schema.json'))).toBe(true);
  });

  it('ships the licence, the changelog and the examples the help text points at', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--loglevel=error'])) as {
      files: { path: string }[];
    }[];
    const files = packed!.files.map((f) => f.path);
    for (const file of [
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'examples/gongbujiangda-2023.json',
      'examples/build-report.ts',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(readFileSync(projectPath('LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).license).toBe('MIT');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([]);
  });

  it('passes publint', () => {
    const out = run('npx', ['--no-install', 'publint', '--strict']);
    expect(out).toContain('All good!');
  });

  it('has types and code that resolve for every consumer: node10, CommonJS, ESM, bundlers (are the types wrong)', () => {
    // attw's default profile, no rule ignored: it exits non-zero, failing the test, on any problem
    // (a CommonJS consumer that cannot resolve an entry point included) or when it cannot run.
    const out = run('npx', ['--no-install', 'attw', '--pack', '.', '--format', 'table-flipped']);
    expect(out).toContain('No problems found');
    for (const resolution of ['node10', 'node16 (from CJS)', 'node16 (from ESM)', 'bundler'])
      expect(out).toContain(resolution);
  }, 120_000);
});
