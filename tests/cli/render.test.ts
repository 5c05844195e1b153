import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeOf, zfxxgk, zfxxgkBin } from '../helpers/cli.js';
import { pdfFonts, pdfInfo } from '../helpers/pdf-tools.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-render-'));
chmodSync(dir, 0o755);

describe('zfxxgk render', () => {
  it('renders the example to PDF and HTML in one run and says where', async () => {
    const pdf = join(dir, 'out', 'seed.pdf');
    const html = join(dir, 'out', 'seed.html');
    const run = await zfxxgk(['render', 'examples/gongbujiangda-2023.json', '-o', pdf, '-o', html]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`已生成 ${pdf}（PDF，7 页`);
    expect(run.stdout).toContain(`已生成 ${html}（HTML`);
    expect(pdfInfo(pdf)['Pages']).toBe('7');
    expect(readFileSync(html, 'utf8')).toContain('工布江达县人民政府2023年');
  });

  it('refuses a report with wrong totals, lists its issues, and writes nothing', async () => {
    const report = seedReport();
    report.requests.newReceived.total = 9;
    const input = join(dir, 'wrong.json');
    writeFileSync(input, JSON.stringify(report));
    const out = join(dir, 'refused.pdf');
    const run = await zfxxgk(['render', input, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('有错误，未生成');
    expect(run.stdout).toContain('表三 一、本年新收政府信息公开申请数量 · 总计：应为 3，实为 9');
    expect(existsSync(out)).toBe(false);
    const draft = await zfxxgk(['render', input, '-o', out, '--draft', '--json']);
    expect(draft.code).toBe(0);
    expect(envelopeOf(draft).data.written[0]).toMatchObject({ format: 'pdf', pages: 8 });
  });

  it('writes a Word file for a .docx output', async () => {
    const out = join(dir, 'seed.docx');
    const run = await zfxxgk(['render', 'examples/gongbujiangda-2023.json', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('（Word 文档，');
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(value).toContain('工布江达县人民政府');
    expect(value).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('writes an HTML fragment with --format fragment', async () => {
    const out = join(dir, 'fragment.htm');
    const run = await zfxxgk(['render', 'examples/gongbujiangda-2023.json', '-o', out, '--format', 'fragment']);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('<div class="zfxxgk-fragment">')).toBe(true);
  });

  it('takes a house style from --templates and font files from --fonts', async () => {
    const templates = join(dir, 'house');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(
      join(templates, 'partials', 'letterhead.hbs'),
      '<header class="zfxxgk-letterhead">某省政务公开平台</header>',
    );
    const fonts = join(dir, 'fonts');
    mkdirSync(fonts);
    writeFileSync(join(fonts, 'body.ttf'), readFileSync('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf'));
    const pdf = join(dir, 'house.pdf');
    const html = join(dir, 'house.html');
    const run = await zfxxgk([
      'render',
      'examples/gongbujiangda-2023.json',
      '-o',
      pdf,
      '-o',
      html,
      '--templates',
      templates,
      '--fonts',
      fonts,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('某省政务公开平台');
    expect(pdfFonts(pdf).some((f) => f.name.endsWith('+LXGWWenKai-Light'))).toBe(true);
    const empty = join(dir, 'no-fonts');
    mkdirSync(empty);
    expect(
      (await zfxxgk(['render', 'examples/gongbujiangda-2023.json', '-o', pdf, '--fonts', empty])).stderr,
    ).toContain('没有可用的字体');
  });

  it('explains an output it cannot name, and a missing file', async () => {
    expect((await zfxxgk(['render', 'examples/gongbujiangda-2023.json', '-o', join(dir, 'x.txt')])).stderr).toContain(
      '无法从文件名',
    );
    const missing = await zfxxgk(['render', join(dir, 'nope.json'), '-o', join(dir, 'nope.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件或目录不存在');
  });

  it('exits 2 and leaves nothing behind when the output folder is not writable', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // As root every folder is writable: run the CLI as nobody then.
    const asNobody = process.getuid?.() === 0 ? { user: { uid: 65534, gid: 65534 } } : {};
    // nobody can neither read root's prepared fonts nor prepare its own in HOME: allow Type 3.
    const result = await zfxxgkBin(
      [
        'render',
        projectPath('examples/gongbujiangda-2023.json'),
        '-o',
        join(locked, 'a.pdf'),
        '-o',
        join(locked, 'a.html'),
        '--allow-type3',
      ],
      {
        cwd: dir,
        env: { HOME: dir },
        ...asNobody,
      },
    ).done;
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/无法写入 .*locked\/a\.html：没有权限/);
    expect(readdirSync(locked)).toEqual([]);
  });
});
