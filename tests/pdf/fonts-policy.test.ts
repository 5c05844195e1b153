import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumBrowserUnder } from '../helpers/processes.js';
import { afterAll, describe, expect, it } from 'vitest';
import { FontsUnavailableError } from '../../src/pdf/fonts-policy.js';
import { createPdfRenderer } from '../../src/pdf/renderer.js';
import { pdfFonts } from '../helpers/pdf-tools.js';
import { projectPath } from '../helpers/reports.js';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-fonts-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const example = projectPath('examples/gongbujiangda-2023.json');

/** Runs the built bin with HOME at `home` and no font or cache variables, as on a fresh machine. */
function freshMachine(args: string[], home: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, NO_COLOR: '1' };
  delete env['XDG_CACHE_HOME'];
  delete env['ZFXXGK_FONT_DIR'];
  return spawnSync(process.execPath, [projectPath('dist/cli.js'), ...args], {
    env,
    cwd: home,
    encoding: 'utf8',
    timeout: 240_000,
  });
}

describe('PDF fonts on a machine where they were never prepared', () => {
  it('prepares them on first use: zfxxgk render gives a PDF with no Type 3 font', () => {
    const home = temp();
    const out = join(home, 'x.pdf');
    const run = freshMachine(['render', example, '-o', out], home);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('正在把系统中文字体准备为可嵌入的 TrueType');
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
    for (const f of fonts)
      expect(f).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    // The second render finds them prepared and says nothing about preparing.
    const again = freshMachine(['render', example, '-o', out], home);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('准备');
  }, 240_000);

  it('lets two processes prepare the same folder at once without corrupting it', () => {
    const dir = join(temp(), 'fonts');
    const script = `const { prepareFonts } = await import(${JSON.stringify(projectPath('dist/pdf.js'))});
      const r = await prepareFonts({ dir: ${JSON.stringify(dir)} }); console.log(JSON.stringify(r));`;
    const file = join(temps[temps.length - 1]!, 'prep.mjs');
    writeFileSync(file, script);
    const both = spawnSync('bash', ['-c', `node ${file} & node ${file} & wait`], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(both.stderr).toBe('');
    const reports = both.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports).toHaveLength(2);
    // One built every face under the lock; the other waited and reused them.
    expect(reports.map((r) => r.built.length).sort()).toEqual([0, 5]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.faces)).toHaveLength(5);
    expect(readFileSync(join(dir, 'fonts.conf'), 'utf8')).toContain(`<dir>${dir}</dir>`);
  }, 240_000);
});

describe('createPdfRenderer before its fonts are prepared', () => {
  it('does not start Chromium on warm(): Chromium reads the fontconfig file of the fonts when it starts', async () => {
    const pdf = createPdfRenderer({ fonts: { fontDir: temp() } });
    try {
      pdf.warm();
      expect(chromiumBrowserUnder(process.pid)).toBeUndefined();
      expect(pdf.pool.stats().launches).toBe(0);
    } finally {
      await pdf.close();
    }
  });
});

describe('createPdfRenderer without prepared fonts and without preparing', () => {
  it('refuses with a Chinese message that names the fix, English beside it', () => {
    const fontDir = temp();
    let error: unknown;
    try {
      createPdfRenderer({ fonts: { fontDir, prepare: false } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FontsUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain('没有可用的 PDF 字体');
    expect(message).toContain('zfxxgk fonts');
    expect(message).toContain('--allow-type3');
    expect(message).toContain('No usable PDF fonts');
  });

  it('with allowType3, renders with system fonts and says so: Type 3 in the PDF and in the extras', async () => {
    const fontDir = temp();
    const pdf = createPdfRenderer({ fonts: { fontDir, prepare: false, allowType3: true } });
    try {
      const result = await pdf.render(JSON.parse(readFileSync(example, 'utf8')));
      expect(result.extras.fontSource).toBe('system');
      expect(result.extras.type3Fonts).toBeGreaterThan(0);
      // Honest: nothing is covered by prepared fonts, so the printed characters are listed.
      expect(result.extras.uncovered).toContain('政');
      const file = join(fontDir, 'x.pdf');
      writeFileSync(file, result.body);
      expect(pdfFonts(file).filter((f) => f.type === 'Type 3').length).toBe(result.extras.type3Fonts);
    } finally {
      await pdf.close();
    }
  }, 120_000);
});
