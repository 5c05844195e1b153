/** batch reads the regular files of the folders it searches: no link out of them, no pipe, unless asked. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath } from '../helpers/reports.js';

const SEED = readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8');
const PASSWD_LINE = /root:x?:0:0/;

/** A folder `in/` with a report, a link out of it to /etc/passwd, a link within it, and a pipe. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-links-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'in', 'sub', 'report.json'), SEED);
  symlinkSync('/etc/passwd', join(dir, 'in', 'passwd.json'));
  symlinkSync('/etc', join(dir, 'in', 'etc'));
  symlinkSync(join(dir, 'in', 'sub', 'report.json'), join(dir, 'in', 'alias.json'));
  symlinkSync(join(dir, 'in'), join(dir, 'in', 'sub', 'loop'));
  execFileSync('mkfifo', [join(dir, 'in', 'pipe.json')]);
  return dir;
}

describe('batch and symbolic links', () => {
  it('leaves out links that lead out of the folder and pipes, says so, and reads links within it', async () => {
    const dir = folder();
    const run = await zfxxgk(['batch', 'in', '--out', 'out', '--format', 'html', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(PASSWD_LINE);
    const data = envelopeOf(run).data;
    expect(data.reports.map((r: any) => r.file).sort()).toEqual(['in/alias.json', 'in/sub/report.json']);
    expect(data.excluded).toEqual([
      { file: 'in/etc', reason: 'outside', target: '/etc' },
      { file: 'in/passwd.json', reason: 'outside', target: '/etc/passwd' },
      { file: 'in/pipe.json', reason: 'special' },
    ]);
    expect(readFileSync(join(dir, 'out', 'zfxxgk-summary.csv'), 'utf8')).not.toMatch(PASSWD_LINE);
    const human = await zfxxgk(['batch', 'in', '--out', 'out2', '--format', 'html'], { cwd: dir });
    expect(human.stderr).toContain(
      '跳过 / skipped in/passwd.json：符号链接指向所搜目录之外（/etc/passwd），未读取；确需读取时加 --follow-symlinks',
    );
    expect(human.stderr).toContain('跳过 / skipped in/pipe.json：不是普通文件（管道、设备或套接字），未读取');
  });

  it('follows them with --follow-symlinks', async () => {
    const dir = folder();
    rmSync(join(dir, 'in', 'etc')); // followed, it would search all of /etc
    const run = await zfxxgk(
      ['batch', 'in/*.json', '--out', 'out', '--format', 'html', '--json', '--follow-symlinks'],
      { cwd: dir },
    );
    expect(
      envelopeOf(run)
        .data.reports.map((r: any) => r.file)
        .sort(),
    ).toEqual(['in/alias.json', 'in/passwd.json']);
  });
});
