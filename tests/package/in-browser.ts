/**
 * The browser half of the tarball test: `zfxxgk` (validate) and `zfxxgk/html` bundled with esbuild
 * from the package as a project installed it, each on one page of one Chromium.
 */
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { projectPath } from '../helpers/reports.js';
import type { Scratch } from './scratch.js';
import { bundleForBrowser, type Bundle } from '../browser/bundle.js';

/** What the bundles put on the page's global object (a cast: page.evaluate sends a function's source). */
interface InstalledGlobals {
  zfxxgkValidate: (input: unknown) => { ok: boolean; issues: unknown[] };
  zfxxgkHtml: (report: unknown) => Promise<string>;
}

/** The two bundles, and a page with both loaded. */
interface BrowserRun {
  readonly core: Bundle;
  readonly html: Bundle;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Bundles validate and the HTML renderer from `projectDir`'s node_modules/zfxxgk for the browser,
 * starts Debian's Chromium and loads both on one page.
 */
async function openInstalledInBrowser(projectDir: string): Promise<BrowserRun> {
  const core = await bundleForBrowser(
    `import { validate } from 'zfxxgk';
globalThis.zfxxgkValidate = validate;`,
    projectDir,
  );
  const html = await bundleForBrowser(
    `import { createHtmlRenderer } from 'zfxxgk/html';
globalThis.zfxxgkHtml = async (report) => (await createHtmlRenderer().render(report)).body;`,
    projectDir,
  );
  const browser: Browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: core.code });
    await page.addScriptTag({ content: html.code });
    return { core, html, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The browser tests, on the scratch project that `scratch()` gives once it is made. */
export function describeInBrowser(scratch: () => Scratch): void {
  describe('the packed tarball in a browser (bundled with esbuild from the installed package)', () => {
    let run: BrowserRun;
    beforeAll(async () => {
      run = await openInstalledInBrowser(scratch().dir);
    }, 120_000);
    afterAll(() => run?.close());

    it('bundles validate from the installed tarball within 40 kB gzipped', () => {
      const fromTarball = (inputs: readonly string[]) =>
        inputs.filter((i) => i.includes('/project/node_modules/zfxxgk/dist/browser/'));
      for (const bundle of [run.core, run.html]) {
        expect(fromTarball(bundle.inputs).length).toBeGreaterThan(0);
        // Nothing of this repository's own source or build slipped in.
        expect(bundle.inputs.filter((i) => /^(src|dist)\//.test(i))).toEqual([]);
      }
      console.log(`browser bundle from the tarball: validate ${(run.core.gzipBytes / 1024).toFixed(1)} kB gzipped`);
      expect(run.core.gzipBytes).toBeLessThanOrEqual(40 * 1024);
    });

    it('validate gives the issues Node gives for a broken report, in Chromium', async () => {
      const broken = JSON.parse(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
      broken.requests.newReceived.total += 1;
      delete broken.agency;
      const inPage = await run.page.evaluate(
        (text) => (globalThis as unknown as InstalledGlobals).zfxxgkValidate(text),
        JSON.stringify(broken),
      );
      const inNode = validate(JSON.stringify(broken));
      expect(inPage.ok).toBe(false);
      expect(inPage.issues).toEqual(JSON.parse(JSON.stringify(inNode.issues)));
      const errors = (inPage.issues as { severity: string; code: string; path: string[] }[])
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.code} ${i.path.join('.')}`);
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^T3_\w+ requests\.newReceived\.total$/)]));
      expect(errors.some((e) => / agency$/.test(e))).toBe(true);
    });

    it('zfxxgk/html renders the example report with its title, in Chromium', async () => {
      const example = JSON.parse(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
      const body = await run.page.evaluate((r) => (globalThis as unknown as InstalledGlobals).zfxxgkHtml(r), example);
      expect(body).toContain(`<title>${example.title}</title>`);
      expect(body).toContain('新收政府信息公开申请数量');
    });
  });
}
