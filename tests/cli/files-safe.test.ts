/** No command loses a file: an output that is an input, or two outputs on one path, are refused before anything is written. */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const SEED = readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8');

/** A fresh folder holding the seed report as `report.json`. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-files-'));
  writeFileSync(join(dir, 'report.json'), SEED);
  return dir;
}

const unchanged = (dir: string, name = 'report.json') => expect(readFileSync(join(dir, name), 'utf8')).toBe(SEED);

describe('an output that is an input', () => {
  it('render refuses -o naming its input, by the same name, a symbolic link or a hard link', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'report.json'), join(dir, 'link.json'));
    linkSync(join(dir, 'report.json'), join(dir, 'hard.json'));
    for (const [input, output] of [
      ['report.json', 'report.json'],
      ['link.json', 'report.json'],
      ['report.json', 'link.json'],
      ['report.json', 'hard.json'],
    ]) {
      const run = await zfxxgk(['render', input!, '--format', 'html', '-o', output!], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('输出文件就是输入文件，写出会覆盖它，未写任何文件');
      unchanged(dir);
    }
    const json = envelopeOf(
      await zfxxgk(['render', 'report.json', '--format', 'html', '-o', 'report.json', '--json'], { cwd: dir }),
    );
    expect(json.error.code).toBe('OUTPUT_IS_INPUT');
  });

  it('import refuses -o naming its input', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'published.txt'), '2023年政府信息公开工作年度报告\n');
    const run = await zfxxgk(['import', 'published.txt', '-o', 'published.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'published.txt'), 'utf8')).toBe('2023年政府信息公开工作年度报告\n');
  });

  it('aggregate refuses -o naming one of the reports it sums', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'other.json'), SEED);
    const run = await zfxxgk(['aggregate', 'other.json', 'report.json', '-o', './report.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  ./report.json (= report.json)');
    unchanged(dir);
  });

  it('init --force refuses to write over the report it carries over from', async () => {
    const dir = folder();
    const run = await zfxxgk(['init', '--from', 'report.json', '-o', 'report.json', '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    unchanged(dir);
  });
});

describe('batch outputs', () => {
  it('refuses two reports that would write one file, lists them, and writes nothing', async () => {
    const dir = folder();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'r.json'), SEED);
    writeFileSync(join(input, 'r.fragment.json'), SEED);
    const out = join(dir, 'out');
    const run = await zfxxgk(['batch', input, '--out', out, '--format', 'html,fragment'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('这些输出会互相覆盖或覆盖输入文件，未写任何文件');
    expect(run.stderr).toContain('out/r.fragment.html ← in/r.json (fragment), in/r.fragment.json (html)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a report named where its summary goes, and an output hard-linked to an input', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'zfxxgk-summary.json'), SEED);
    const summary = await zfxxgk(['batch', 'out/zfxxgk-summary.json', '--out', 'out', '--format', 'html'], {
      cwd: dir,
    });
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain('out/zfxxgk-summary.html ← out/zfxxgk-summary.json (html), zfxxgk');
    expect(summary.stderr).toMatch(/^  out\/zfxxgk-summary\.json$/m);
    unchanged(join(dir, 'out'), 'zfxxgk-summary.json');

    linkSync(join(dir, 'report.json'), join(dir, 'out', 'report.html'));
    const linked = await zfxxgk(['batch', 'report.json', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('  out/report.html (= report.json)');
    unchanged(dir);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['report.html', 'zfxxgk-summary.json']);
  });
});

describe('the batch summary as CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const dir = folder();
    const input = join(dir, 'in');
    mkdirSync(input);
    const report = seedReport();
    report.agency = '=HYPERLINK("http://example.invalid","点我")';
    report.requests.results.total.naturalPerson = 0;
    writeFileSync(join(input, '@sum.json'), JSON.stringify(report));
    writeFileSync(join(input, '+cmd.json'), JSON.stringify({ ...report, agency: '-2+3' }));
    const run = await zfxxgk(['batch', 'in', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(run.code).toBe(1);
    const rows = readFileSync(join(dir, 'out', 'zfxxgk-summary.csv'), 'utf8').split('\r\n');
    // Columns after the counts (outputs, digests, …) are empty for an invalid report.
    expect(rows.find((r) => r.startsWith('in/+cmd.json,'))).toMatch(/^in\/\+cmd\.json,'-2\+3,2023,invalid,1,\d+,3,/);
    expect(rows.find((r) => r.startsWith('in/@sum.json'))).toContain(
      `"'=HYPERLINK(""http://example.invalid"",""点我"")",2023,invalid`,
    );
    // The JSON summary keeps the value as it is.
    expect(
      JSON.parse(readFileSync(join(dir, 'out', 'zfxxgk-summary.json'), 'utf8')).reports.map((r: any) => r.agency),
    ).toContain(report.agency);
  });
});

describe('aggregate', () => {
  it('counts a report named twice (again, with ./, or through a link) once, and says so', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'report.json'), join(dir, 'link.json'));
    const once = seedReport().requests.results.total.naturalPerson;
    const run = await zfxxgk(['aggregate', 'report.json', './report.json', 'link.json', '-o', 'sum.json', '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const summed = JSON.parse(readFileSync(join(dir, 'sum.json'), 'utf8'));
    expect(summed.requests.results.total.naturalPerson).toBe(once);
    expect(envelopeOf(run).data.members).toEqual([
      expect.objectContaining({ file: 'report.json', included: true }),
      {
        file: './report.json',
        included: false,
        duplicateOf: 'report.json',
        reason: '与 report.json 是同一个文件，只计一次',
        excludedFor: 'duplicate',
      },
      {
        file: 'link.json',
        included: false,
        duplicateOf: 'report.json',
        reason: '与 report.json 是同一个文件，只计一次',
        excludedFor: 'duplicate',
      },
    ]);
    const human = await zfxxgk(['aggregate', 'report.json', 'link.json', '-o', 'sum2.json'], { cwd: dir });
    expect(human.stdout).toContain('汇总 1 份报告，排除 1 份');
    expect(human.stdout).toContain('排除  link.json：与 report.json 是同一个文件，只计一次');
  });
});
