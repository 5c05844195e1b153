/**
 * The form in a real Chromium for tests: the page `formPage()` makes (from the built script, so run
 * `npm run build` first), served over HTTP on 127.0.0.1 so that localStorage works as on a site,
 * and one browser shared by the tests of a file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { formPage } from '../../src/form/index.js';
import { projectPath } from '../helpers/reports.js';

/** The built script the page inlines. */
export const PAGE_SCRIPT = projectPath('dist/form-page/form-page.global.js');

/** A served form and a browser to open it in. */
export interface Harness {
  readonly browser: Browser;
  readonly url: string;
  /** Where the browser saves downloads. */
  readonly downloads: string;
  close(): Promise<void>;
}

/** Serves the form page and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(PAGE_SCRIPT))
    throw new Error(`${PAGE_SCRIPT} is missing: run \`npm run build\` before the form tests`);
  const html = formPage({ title: '年度报告填报（测试）' });
  // At /service the page of `zfxxgk serve` (its render service on the same server), and a stand-in
  // of that service: HTML answered with the agency posted, PDF refused as the service refuses a report.
  const served = formPage({ serviceUrl: '' });
  const server: Server = createServer((request, response) => {
    if (request.method === 'POST' && request.url?.startsWith('/v1/render?format=')) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url!.endsWith('=html')) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(`<p>${JSON.parse(body).agency}</p>`);
        } else {
          response.writeHead(422, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { code: 'REPORT_INVALID', message: '报告有错误，未生成' } }));
        }
      });
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url === '/service' ? served : html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const downloads = mkdtempSync(join(tmpdir(), 'zfxxgk-form-downloads-'));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  return {
    browser,
    url,
    downloads,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** A new page with the form, its autosaved draft cleared unless `keepDraft`, and checked once. */
export async function openForm(
  harness: Harness,
  options: { keepDraft?: boolean; height?: number } = {},
): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.setViewport({ width: 1400, height: options.height ?? 1000 });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(harness.url);
  if (!options.keepDraft) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await page.waitForSelector('.zf-summary');
  return page;
}

/** Chooses `file` in the toolbar's file input `action` (`open` or `previous`) and waits for the redraw. */
export async function chooseFile(page: Page, action: 'open' | 'previous', file: string): Promise<void> {
  const input = await page.$(`input[data-action="${action}"]`);
  const before = await page.$eval('.zf-status', (s) => s.textContent);
  await input!.uploadFile(file);
  await page.waitForFunction((b) => document.querySelector('.zf-status')!.textContent !== b, {}, before);
  await settle(page);
}

/** Waits until the form has checked its last change (the debounce and a frame). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 60)));
}

/** The cell input of `path` (`requests.newReceived.naturalPerson`). */
export const cell = (path: string) => `input[name="${path}"]`;

/** Replaces a cell's text by typing, as a clerk does. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await page.click(cell(path), { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(cell(path), text);
  await settle(page);
}

/** Waits for a download named `name` to be complete, and returns its text. */
export async function downloaded(harness: Harness, name: string): Promise<string> {
  // Up to 20 s: a loaded machine can take seconds to finish writing even a small download.
  for (let i = 0; i < 400; i++) {
    const files = readdirSync(harness.downloads);
    if (files.includes(name) && !files.some((f) => f.endsWith('.crdownload')))
      return readFileSync(join(harness.downloads, name), 'utf8');
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no download ${name} in ${harness.downloads}: ${readdirSync(harness.downloads).join(', ')}`);
}
