/**
 * The browser half of the tarball test: `zfxxgk` (validate) and `zfxxgk/html` bundled with esbuild
 * from the package as a project installed it, each on one page of one Chromium.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bundleForBrowser, type Bundle } from '../browser/bundle.js';

/** What the bundles put on the page's global object (a cast: page.evaluate sends a function's source). */
export interface InstalledGlobals {
  zfxxgkValidate: (input: unknown) => { ok: boolean; issues: unknown[] };
  zfxxgkHtml: (report: unknown) => Promise<string>;
}

/** The two bundles, and a page with both loaded. */
export interface BrowserRun {
  readonly core: Bundle;
  readonly html: Bundle;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Bundles validate and the HTML renderer from `projectDir`'s node_modules/zfxxgk for the browser,
 * starts Debian's Chromium and loads both on one page.
 */
export async function openInstalledInBrowser(projectDir: string): Promise<BrowserRun> {
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
