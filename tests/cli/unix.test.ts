import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

const broken = () => {
  const report = seedReport();
  report.requests.results.granted.naturalPerson += 1;
  return JSON.stringify(report);
};

describe('did you mean', () => {
  it('suggests the nearest command for a typo', async () => {
    const run = await zfxxgk(['valdiate', 'a.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '未知命令 valdiate，是否应为 validate？ / unknown command valdiate, did you mean validate?',
    );
  });

  it('suggests the nearest output format and profile for a typo', async () => {
    const format = await zfxxgk(['--lang', 'en', 'batch', 'examples', '--out', 'never', '--format', 'htm']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown output format htm, did you mean html?');
    const profile = await zfxxgk(['validate', 'examples/gongbujiangda-2023.json', '--profile', 'wuwei-2024']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('没有名为 wuwei-2024 的地方规则（是否应为 wuwei-2025？）');
  });

  it('suggests the nearest option of the command for a typo', async () => {
    const run = await zfxxgk(['validate', '-', '--prevous', 'last.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '未知选项 --prevous，是否应为 --previous？ / unknown option --prevous, did you mean --previous?',
    );
  });

  it('says in Chinese and English what is wrong with an option value', async () => {
    const run = await zfxxgk(['validate', 'a.json', '--previous']);
    expect(run.stderr).toContain('选项 --previous 后面缺少值 / option --previous needs a value');
    expect(run.stderr).toContain('see zfxxgk validate --help');
  });
});

describe('--quiet, --color and --lang', () => {
  it('--quiet prints nothing for a report that passes, and the issues of one that does not', async () => {
    const pass = await zfxxgk(['validate', '-', '--quiet'], { input: JSON.stringify(seedReport()) });
    expect(pass).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const fail = await zfxxgk(['-q', 'validate', '-'], { input: broken() });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('T3_');
  });

  it('colours a pipe with FORCE_COLOR or --color, and never with --color=never or NO_COLOR', async () => {
    const input = broken();
    const esc = '\u001b[';
    expect(
      (await zfxxgk(['validate', '-'], { input, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout,
    ).toContain(esc);
    expect((await zfxxgk(['validate', '-', '--color'], { input })).stdout).toContain(esc);
    expect((await zfxxgk(['validate', '-', '--color=always'], { input })).stdout).toContain(esc);
    expect(
      (await zfxxgk(['validate', '-', '--color=never'], { input, tty: { columns: 80 }, env: { NO_COLOR: undefined } }))
        .stdout,
    ).not.toContain(esc);
    expect(
      (await zfxxgk(['validate', '-'], { input, tty: { columns: 80 }, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
    expect((await zfxxgk(['validate', '-', '--color=sometimes'], { input })).stderr).toContain(
      '--color takes always, never or auto',
    );
  });

  it('--lang en gives every issue message in English', async () => {
    const run = await zfxxgk(['validate', '-', '--lang', 'en', '--json'], { input: broken() });
    const issues = envelopeOf(run).data.files[0].issues as { message: string }[];
    expect(issues.length).toBeGreaterThan(0);
    // Official labels and quoted titles stay Chinese (`表三 （一）予以公开 · 自然人`); what is said of them is English.
    for (const issue of issues) expect(issue.message).toMatch(/[a-z]+ [a-z]+ [a-z]+/);
    const zh = await zfxxgk(['validate', '-', '--json'], { input: broken() });
    expect(envelopeOf(zh).data.files[0].issues[0].message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/);
  });
});
