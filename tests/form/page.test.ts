import { build } from 'esbuild';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { browserFiles } from '../../scripts/browser-files.js';
import { formPage, PAGE_CONFIG_ID } from '../../src/form/index.js';
import { projectPath } from '../helpers/reports.js';

describe('formPage', () => {
  it('makes one self-contained page: the script inlined, nothing loaded from elsewhere', () => {
    const page = formPage({ serviceUrl: 'https://render.example.gov.cn' });
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    const config = /<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/.exec(page)!;
    expect(config[1]).toBe(PAGE_CONFIG_ID);
    expect(JSON.parse(config[2]!)).toEqual({ serviceUrl: 'https://render.example.gov.cn' });
  });

  it('escapes the title and keeps the configuration inside its script element', () => {
    const page = formPage({
      title: '</title><script>alert(1)</script>',
      serviceUrl: '</script><script>alert(2)</script>',
    });
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).not.toContain('<script>alert');
    // Parsed as a browser would: exactly the page's two scripts, the configuration read back whole.
    const scripts: string[] = [];
    const walk = (node: any): void => {
      if (node.nodeName === 'script') scripts.push(node.childNodes?.[0]?.value ?? '');
      for (const child of node.childNodes ?? []) walk(child);
    };
    walk(parse(page));
    expect(scripts).toHaveLength(2);
    expect(JSON.parse(scripts[0]!)).toEqual({ serviceUrl: '</script><script>alert(2)</script>' });
  });

  it('bundles for the browser without anything of Node (formPage swapped for its browser stand-in)', async () => {
    const result = await build({
      entryPoints: [projectPath('src/form/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
      plugins: [browserFiles()],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:') || /node_modules\/yaml\//.test(i))).toEqual([]);
    expect(inputs).toContain('src/form/page.browser.ts');
  });
});
