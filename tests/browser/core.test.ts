import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { validate } from '../../src/index.js';
import { createHtmlRenderer } from '../../src/html/index.js';
import { projectPath } from '../helpers/reports.js';
import { bundleForBrowser, type Bundle } from './bundle.js';

/** The size budget of `validate` in a browser bundle (issue 9): 40 kB gzipped. */
const BUDGET_GZIP_BYTES = 40 * 1024;

const example = JSON.parse(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
const wrongTotal = structuredClone(example);
wrongTotal.requests.newReceived.total += 1;

/**
 * What the bundles put on the page's global object, for the functions run in the page (a cast, not
 * a helper: page.evaluate sends the function's source, so it may name nothing of this file).
 */
interface PageGlobals {
  zfxxgkValidate: typeof validate;
  zfxxgkHtml: (report: unknown, overrides?: Parameters<typeof createHtmlRenderer>[0]) => Promise<string>;
}

let browser: Browser;
let page: Page;
let core: Bundle;
let html: Bundle;

beforeAll(async () => {
  core = await bundleForBrowser(`import { validate } from 'zfxxgk';
globalThis.zfxxgkValidate = validate;`);
  html = await bundleForBrowser(`import { createHtmlRenderer } from 'zfxxgk/html';
globalThis.zfxxgkHtml = async (report, overrides) => (await createHtmlRenderer(overrides).render(report)).body;`);
  console.log(
    `browser bundles: validate ${(core.code.length / 1024).toFixed(1)} kB minified, ${(core.gzipBytes / 1024).toFixed(1)} kB gzipped; html ${(html.code.length / 1024).toFixed(1)} kB minified, ${(html.gzipBytes / 1024).toFixed(1)} kB gzipped`,
  );
  browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: core.code });
  await page.addScriptTag({ content: html.code });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('zfxxgk in a browser', () => {
  it('bundles validate within 40 kB gzipped, without the YAML library or anything of Node', () => {
    expect(core.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(core.inputs.filter((i) => /node_modules\/(yaml|date-fns)\/|^node:/.test(i))).toEqual([]);
  });

  it('validates the example report in Chromium', async () => {
    const result = await page.evaluate((r) => {
      const { ok, issues } = (globalThis as unknown as PageGlobals).zfxxgkValidate(r);
      return { ok, errors: issues.filter((i: any) => i.severity === 'error').length };
    }, example);
    expect(result).toEqual({ ok: true, errors: 0 });
  });

  it('reports a wrong total as a T3 error on its cell, in Chromium', async () => {
    const issues = await page.evaluate((r) => {
      const { ok, issues } = (globalThis as unknown as PageGlobals).zfxxgkValidate(JSON.stringify(r));
      const errors: { code: string; path: string }[] = issues
        .filter((i: any) => i.severity === 'error')
        .map((i: any) => ({ code: i.code, path: i.path.join('.') }));
      return { ok: ok as boolean, errors };
    }, wrongTotal);
    expect(issues.ok).toBe(false);
    expect(issues.errors.length).toBeGreaterThan(0);
    expect(issues.errors.every((e) => e.code.startsWith('T3_'))).toBe(true);
    expect(issues.errors.map((e) => e.path)).toContain('requests.newReceived.total');
  });

  it('answers YAML text with an issue saying the browser build reads JSON only', async () => {
    const issues = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).zfxxgkValidate('format: "2021"\n', { lang: 'en' }).issues,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'JSON_SYNTAX',
      severity: 'error',
      params: { syntax: 'yaml', problem: 'unsupported' },
    });
    expect(issues[0]?.message).toContain('reads JSON only');
  });

  it('renders the HTML page with its tables in Chromium, the same page as in Node', async () => {
    const body = await page.evaluate((r) => (globalThis as unknown as PageGlobals).zfxxgkHtml(r), example);
    expect(body).toBe((await createHtmlRenderer().render(example)).body);
    await page.setContent(body);
    const tables = await page.$$eval('table', (ts) => ts.map((t) => t.querySelectorAll('td, th').length));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(tables.every((cells) => cells > 0)).toBe(true);
    expect(await page.$eval('body', (b) => b.textContent)).toContain('新收政府信息公开申请数量');
  });

  it('refuses a templates folder in the browser with a TemplateConfigError, and takes partials', async () => {
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ content: html.code });
    const refused = await page.evaluate(async (r) => {
      try {
        await (globalThis as unknown as PageGlobals).zfxxgkHtml(r, { templates: '/my/style' });
        return undefined;
      } catch (error: any) {
        return { name: error.name, code: error.code };
      }
    }, example);
    expect(refused).toEqual({ name: 'TemplateConfigError', code: 'TEMPLATES_FOLDER_UNSUPPORTED' });
    const body = await page.evaluate(
      (r) =>
        (globalThis as unknown as PageGlobals).zfxxgkHtml(r, {
          partials: { letterhead: '<p class="brand">某省政务公开平台</p>' },
        }),
      example,
    );
    expect(body).toContain('<p class="brand">某省政务公开平台</p>');
  });
});
