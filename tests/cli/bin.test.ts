/**
 * The built bin as a user runs it: a few end-to-end runs of `node dist/cli.js` for what only a
 * real process shows — its exit status and a piped standard input. The rest of tests/cli runs
 * the same dispatcher in process. Signals: tests/cli/batch; another user: tests/cli/render.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgkBin } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

describe('the zfxxgk bin', () => {
  it('exits 0 for a good report, 1 for a report with errors, 2 for bad usage', async () => {
    const wrong = seedReport();
    wrong.requests.results.total.naturalPerson = 0;
    const file = join(mkdtempSync(join(tmpdir(), 'zfxxgk-bin-')), 'wrong.json');
    writeFileSync(file, JSON.stringify(wrong));
    const [good, bad, usage] = await Promise.all([
      zfxxgkBin(['validate', 'examples/gongbujiangda-2023.json']).done,
      zfxxgkBin(['validate', file]).done,
      zfxxgkBin(['validate', '--bogus']).done,
    ]);
    expect([good.code, bad.code, usage.code]).toEqual([0, 1, 2]);
    expect(bad.stdout).toContain('表三 （七）总计 · 自然人：应为 3，实为 0');
    expect(usage.stderr).toContain('未知选项 --bogus / unknown option --bogus');
  }, 60_000);

  it('reads a report piped to standard input', async () => {
    const run = await zfxxgkBin(['validate', '-', '--json'], {
      input: readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'),
    }).done;
    expect(run.code).toBe(0);
    expect(envelopeOf(run)).toMatchObject({
      command: 'validate',
      ok: true,
      data: { files: [{ file: '-', ok: true, agency: '工布江达县人民政府' }] },
    });
  }, 60_000);
});
