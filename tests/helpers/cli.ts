/** Runs the built CLI (dist/cli.js) as a child process, the way a user or script would. */
import { spawnSync } from 'node:child_process';
import { projectPath } from './reports.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function zfxxgk(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [projectPath('dist/cli.js'), ...args], {
    cwd: options.cwd ?? projectPath(''),
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses the `--json` envelope of a run. */
export function envelopeOf(run: CliRun): any {
  return JSON.parse(run.stdout);
}
