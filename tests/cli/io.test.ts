/** What the CLI takes from its `io` rather than from its process: the environment and the working folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';
import { seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-io-'));
const wrong = seedReport();
wrong.requests.results.total.naturalPerson = 0;
writeFileSync(join(dir, 'wrong.json'), JSON.stringify(wrong));
const ESC = '\u001b[';

describe('the CLI io', () => {
  it('colours a terminal, unless NO_COLOR is set in its environment', async () => {
    const coloured = await zfxxgk(['validate', 'wrong.json'], {
      cwd: dir,
      tty: { columns: 100 },
      env: { NO_COLOR: undefined },
    });
    expect(coloured.stdout).toContain(`${ESC}31m错误${ESC}0m`);
    const plain = await zfxxgk(['validate', 'wrong.json'], { cwd: dir, tty: { columns: 100 }, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('错误  表三 （七）总计 · 自然人：应为 3，实为 0');
  });

  it('never colours what is not a terminal', async () => {
    const run = await zfxxgk(['validate', 'wrong.json'], { cwd: dir, env: { NO_COLOR: undefined } });
    expect(run.stdout).not.toContain(ESC);
  });
});
