import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../src/index.js';
import { projectPath } from './helpers/reports.js';

const readme = readFileSync(projectPath('README.md'), 'utf8');

describe('the README', () => {
  it('explains every issue code', () => {
    const missing = Object.keys(ISSUE_CODES).filter((code) => !readme.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('documents every command with an example of what it prints', () => {
    const help = execFileSync(process.execPath, [projectPath('dist/cli.js'), '--help'], { encoding: 'utf8' });
    const commands = [...help.matchAll(/^  (\w+)\s{2}/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const name of commands) expect(readme, name).toContain(`### \`zfxxgk ${name}`);
  });

  it('carries exactly the two set-up commands, which .ci/run and package.json agree with', () => {
    expect(readme).toContain('npm run example');
    expect(readme).toContain('npm test ');
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8'));
    expect(pkg.scripts.test).toBe('bash scripts/test.sh');
    expect(readFileSync(projectPath('.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
