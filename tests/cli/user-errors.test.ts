/** Mistakes the user can fix are told as such (exit 2, what to do), never as '内部错误' with a stack trace. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath } from '../helpers/reports.js';

const SEED = projectPath('examples/gongbujiangda-2023.json');
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-user-errors-'));

/** A templates folder holding one file. */
function templates(file: string, text: string): string {
  const root = mkdtempSync(join(dir, 'templates-'));
  mkdirSync(join(root, 'partials'));
  writeFileSync(join(root, file), text);
  return root;
}

function expectUserError(run: { code: number | null; stderr: string }, ...parts: string[]): void {
  expectUserErrorWith(2, run, ...parts);
}

/** A user error ending with `exit`: 2 for usage, 3 when rendering could not be done. */
function expectUserErrorWith(exit: number, run: { code: number | null; stderr: string }, ...parts: string[]): void {
  expect(run.code).toBe(exit);
  expect(run.stderr).not.toContain('内部错误');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  for (const part of parts) expect(run.stderr).toContain(part);
}

describe('a bad template', () => {
  it('that does not compile is named, with Handlebars’ own account of where', async () => {
    const root = templates('document.hbs', '<html>{{#if view}}\n<p>{{view.title}}</p>\n</html>');
    const run = await zfxxgk(['render', SEED, '-o', join(dir, 'a.html'), '--templates', root]);
    expectUserError(
      run,
      `模板 ${join(root, 'document.hbs')} 无法编译`,
      'Parse error on line 3',
      '模板目录（--templates）是受信任的配置',
    );
    expect(
      envelopeOf(await zfxxgk(['render', SEED, '-o', join(dir, 'a.html'), '--templates', root, '--json'])).error.code,
    ).toBe('TEMPLATE_SYNTAX');
  });

  it('that calls a partial or a helper that does not exist is named before anything is rendered', async () => {
    const partial = templates('partials/title.hbs', '<h1>{{> subtitle}}</h1>');
    expectUserError(
      await zfxxgk(['render', SEED, '-o', join(dir, 'b.html'), '--templates', partial]),
      `模板 ${join(partial, 'partials', 'title.hbs')} 引用了不存在的片段 {{> subtitle}}`,
    );
    const helper = templates('partials/footer.hbs', '<footer>{{upper view.agency}}</footer>');
    expectUserError(
      await zfxxgk(['batch', SEED, '--out', join(dir, 'out'), '--format', 'html', '--templates', helper]),
      '调用了不存在的助手函数 upper',
    );
  });
});

describe('a bad --fonts path', () => {
  it('that is a file, or a folder of files that are not fonts, is refused with what it should hold', async () => {
    expectUserError(
      await zfxxgk(['render', SEED, '-o', join(dir, 'c.pdf'), '--fonts', SEED]),
      '--fonts 应为字体目录',
      '不是目录',
    );
    const fonts = join(dir, 'fake-fonts');
    mkdirSync(fonts);
    writeFileSync(join(fonts, 'body.ttf'), 'not a font');
    expectUserError(
      await zfxxgk(['render', SEED, '-o', join(dir, 'c.pdf'), '--fonts', fonts]),
      'body.ttf 不是字体文件',
    );
  });
});

describe('Chromium', () => {
  it('missing: render and batch say how to install it or point ZFXXGK_CHROMIUM at it, and write nothing', async () => {
    const env = { ZFXXGK_CHROMIUM: join(dir, 'no-such-chromium') };
    const render = await zfxxgk(['render', SEED, '-o', join(dir, 'd.pdf')], { env });
    expectUserErrorWith(3, render, 'ZFXXGK_CHROMIUM 指向的文件不存在或不可执行', 'apt-get install chromium');
    const batch = await zfxxgk(['batch', SEED, '--out', join(dir, 'no-out'), '--format', 'html,pdf', '--json'], {
      env,
    });
    expect(batch.code).toBe(3);
    expect(envelopeOf(batch).error).toMatchObject({ code: 'CHROMIUM_NOT_FOUND' });
  });

  it('that will not start: the batch stops at the first report and says what to check', async () => {
    const batch = await zfxxgk(
      [
        'batch',
        SEED,
        projectPath('tests/fixtures/huaian-city-2024.tables.json'),
        '--out',
        join(dir, 'e'),
        '--concurrency',
        '1',
      ],
      {
        env: { ZFXXGK_CHROMIUM: '/bin/false' },
      },
    );
    expectUserErrorWith(3, batch, 'Chromium 启动失败（/bin/false）', 'apt-get install chromium');
  }, 60_000);
});

describe('the render time limit', () => {
  it('render names the report and the flag that raises it', async () => {
    const run = await zfxxgk(['render', SEED, '-o', join(dir, 'f.pdf'), '--timeout', '0.01']);
    expectUserErrorWith(3, run, `${SEED} 的 PDF 在 0.01 秒内未生成完，已停止`, '用 --timeout 调高时限');
    expect(run.stderr).toContain('raise the limit with --timeout <seconds>');
  }, 60_000);

  it('batch lists each report over it as failed, with the flag', async () => {
    const run = await zfxxgk(['batch', SEED, '--out', join(dir, 'g'), '--timeout', '0.01', '--json']);
    expect(run.code).toBe(3); // could not render, not "the report has errors"

    const [record] = envelopeOf(run).data.reports;
    expect(record).toMatchObject({ status: 'failed' });
    expect(record.reason).toContain('用 --timeout 调高时限');
  }, 60_000);

  it('refuses a --timeout that is not a number of seconds', async () => {
    expectUserError(
      await zfxxgk(['render', SEED, '-o', join(dir, 'h.pdf'), '--timeout', 'soon']),
      '--timeout 应为 1 到 3600 之间的秒数，实为 soon',
    );
  });
});
