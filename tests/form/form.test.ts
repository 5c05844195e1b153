import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileEdition, CURRENT_EDITION } from '../../src/index.js';
import { bundleForBrowser } from '../browser/bundle.js';
import { zfxxgkBin } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { projectPath, seedReport } from '../helpers/reports.js';
import {
  cell,
  chooseFile,
  downloaded,
  openForm,
  PAGE_SCRIPT,
  settle,
  startHarness,
  typeInto,
  type Harness,
} from './harness.js';

/** Issue 11: the form plus the core, at most 120 kB gzipped. */
const BUDGET_GZIP_BYTES = 120 * 1024;
const EXAMPLE = projectPath('examples/gongbujiangda-2023.json');
const edition = compileEdition(CURRENT_EDITION);
const files = mkdtempSync(join(tmpdir(), 'zfxxgk-form-files-'));

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

const issueAt = (p: Page, path: string) =>
  p.$$eval(`.zf-issue[data-path="${path}"]`, (items) => items.map((i) => i.getAttribute('data-code')));
const markAt = (p: Page, path: string) =>
  p.$$eval(`.zf-msg[data-path="${path}"]`, (items) =>
    items.map((i) => ({ code: i.getAttribute('data-code'), text: i.textContent })),
  );
const valueOf = (p: Page, path: string) => p.$eval(cell(path), (i) => (i as HTMLInputElement).value);

describe('the form page', () => {
  it('keeps the form and the core within 120 kB gzipped', () => {
    const gzip = gzipSync(readFileSync(PAGE_SCRIPT)).length;
    console.log(`form page script: ${(gzip / 1024).toFixed(1)} kB gzipped`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('has an input for every value cell, named by its path and labelled by its row and column', async () => {
    page = await openForm(harness);
    const inputs = await page.$$eval('.zf-table input', (list) =>
      list.map((i) => ({ name: i.getAttribute('name'), label: i.getAttribute('aria-label') })),
    );
    expect(inputs).toEqual(edition.cells.map((c) => ({ name: c.pathKey, label: c.label })));
    expect(await page.$$eval('.zf-table caption', (c) => c.map((x) => x.textContent))).toEqual([
      '表二 主动公开政府信息情况',
      '表三 收到和处理政府信息公开申请情况',
      '表四 政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('marks a wrong number at its cell with its code and message, and the issue list focuses it', async () => {
    await chooseFile(page, 'open', EXAMPLE);
    expect(await page.$eval('.zf-summary', (s) => s.textContent)).toContain('0 个错误');
    const path = 'requests.results.granted.commercial';
    await typeInto(page, path, '-2');
    expect(await markAt(page, path)).toEqual([{ code: 'NONNEG_INT', text: expect.stringContaining('表三') }]);
    expect(await page.$eval(cell(path), (i) => i.getAttribute('aria-invalid'))).toBe('true');
    expect(await issueAt(page, path)).toContain('NONNEG_INT');
    await page.focus(cell('agency'));
    await page.click(`.zf-issue[data-path="${path}"][data-code="NONNEG_INT"]`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(path);

    // A wrong total is reported on the total; setting it right clears every mark.
    await typeInto(page, path, '0');
    await typeInto(page, 'requests.newReceived.total', '4');
    expect((await markAt(page, 'requests.newReceived.total')).map((m) => m.code)).toEqual(['T3_ROW_TOTAL']);
    await typeInto(page, 'requests.newReceived.total', '3');
    expect(await page.$$('.zf-msg-error')).toHaveLength(0);
  });

  it('pastes a block of three rows copied from a spreadsheet into consecutive cells', async () => {
    page = await openForm(harness);
    await page.focus(cell('requests.results.granted.naturalPerson'));
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '1\t2\t3\r\n4\t5\t6\r\n7\t8\t9\r\n');
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await settle(page);
    const rows = ['granted', 'partiallyGranted', 'denied.stateSecret'];
    const columns = ['naturalPerson', 'commercial', 'research'];
    const got = [];
    for (const row of rows) {
      const values = [];
      for (const column of columns) values.push(await valueOf(page, `requests.results.${row}.${column}`));
      got.push(values);
    }
    expect(got).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
    expect(await valueOf(page, 'requests.results.granted.socialWelfare')).toBe('0');
    expect(await page.$eval('.zf-status', (s) => s.textContent)).toBe('已粘贴 9 格');
  });

  it('moves between cells with Enter and the arrow keys', async () => {
    await page.click(cell('requests.newReceived.commercial'));
    await page.keyboard.press('Enter');
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('name'));
    expect(await active()).toBe('requests.carriedOver.commercial');
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('requests.carriedOver.research');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe('requests.newReceived.research');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('requests.newReceived.commercial');
  });

  it('shows the derived value of empty totals and fills them on request', async () => {
    page = await openForm(harness);
    // Two applications received and granted, one of them from a company: totals left empty.
    for (const row of ['newReceived', 'results.granted']) {
      await typeInto(page, `requests.${row}.naturalPerson`, '2');
      await typeInto(page, `requests.${row}.commercial`, '1');
    }
    const total = cell('requests.newReceived.total');
    expect(
      await page.$eval(total, (i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).placeholder]),
    ).toEqual(['', '3']);
    expect(await page.$$eval('.zf-msg-error[data-path^="requests"]', (m) => m.length)).toBe(0);
    await page.click('button[data-action="fill-totals"]');
    await settle(page);
    expect(await valueOf(page, 'requests.newReceived.total')).toBe('3');
    expect(await valueOf(page, 'requests.results.total.naturalPerson')).toBe('2');
    expect(await valueOf(page, 'requests.results.total.total')).toBe('3');
    expect(await page.$eval('.zf-status', (s) => s.textContent)).toMatch(/^已填入 \d+ 个计算的总计$/);
    expect(
      await page.$$eval('.zf-table input', (list) => list.filter((i) => (i as HTMLInputElement).value === '').length),
    ).toBe(0);
    expect(await page.$$eval('.zf-msg-error[data-path^="requests"]', (m) => m.length)).toBe(0);
  });

  it('starts from last year’s report: 结转 and 现行有效 carried, and the cross-year checks on', async () => {
    const last = seedReport();
    last.requests.results.other.other.naturalPerson = 1;
    delete last.requests.results.other.other.total;
    delete last.requests.results.total;
    last.requests.carriedForward.naturalPerson = 2;
    delete last.requests.carriedForward.total;
    const file = join(files, 'last-year.json');
    writeFileSync(file, JSON.stringify(last));
    page = await openForm(harness);
    await chooseFile(page, 'previous', file);
    expect(await page.$eval('.zf-status', (s) => s.textContent)).toContain('已载入上年报告');
    expect(await valueOf(page, 'requests.carriedOver.naturalPerson')).toBe('2');
    expect(await valueOf(page, 'activeDisclosure.normativeDocuments.inForce')).toBe('12');
    expect(await page.$eval('input[name="agency"]', (i) => (i as HTMLInputElement).value)).toBe('工布江达县人民政府');
    expect(await page.$eval('input[name="year"]', (i) => (i as HTMLInputElement).value)).toBe('2024');
    await typeInto(page, 'requests.carriedOver.naturalPerson', '1');
    expect(await issueAt(page, 'requests.carriedOver.naturalPerson')).toContain('CARRY_CONTINUITY');
  });

  it('saves the report as a JSON file, and after a reload has the same report', async () => {
    page = await openForm(harness);
    await chooseFile(page, 'open', EXAMPLE);
    await page.click('button[data-action="save"]');
    expect(JSON.parse(await downloaded(harness, '工布江达县人民政府-2023.json'))).toEqual(seedReport());
    await typeInto(page, 'activeDisclosure.licensing', '822');
    await page.reload();
    await page.waitForSelector('.zf-summary');
    expect(await valueOf(page, 'activeDisclosure.licensing')).toBe('822');
    const saved = join(files, 'saved.json');
    writeFileSync(saved, JSON.stringify({ ...seedReport(), agency: '<b>某局</b>' }));
    await chooseFile(page, 'open', saved);
    // User text is text: the name shows as typed and makes no element.
    expect(await page.$eval('input[name="agency"]', (i) => (i as HTMLInputElement).value)).toBe('<b>某局</b>');
    expect(await page.$$('.zfxxgk-form b')).toHaveLength(0);
  });

  it('adds, removes and reorders the blocks and paragraphs of a section', async () => {
    page = await openForm(harness);
    await chooseFile(page, 'open', EXAMPLE);
    const seed = seedReport();
    const inOverview = (label: string) => `section[data-section="overview"] button[aria-label="${label}"]`;
    // Move the first sub-headed block down, add a paragraph under the (new) first one and type in it.
    await page.click(inOverview('下移第1块'));
    await settle(page);
    // The first headed block is now block 0: its 添加自然段 button (the only one without its own label).
    await page.click('section[data-section="overview"] li.zf-headed > button:not([aria-label])');
    await settle(page);
    const added = `textarea[name="overview.0.paragraphs.${seed.overview[1].paragraphs.length}"]`;
    await page.type(added, '新增的自然段。');
    // Remove the last block of 六, add a plain paragraph there.
    await page.click(`section[data-section="otherMatters"] button[aria-label="删除第${seed.otherMatters.length}块"]`);
    await settle(page);
    await page.click('section[data-section="otherMatters"] .zf-add button:first-child');
    await settle(page);
    await page.type(`textarea[name="otherMatters.${seed.otherMatters.length - 1}"]`, '本年度未收取信息处理费。');
    await settle(page);
    // A save of an earlier test may have left a file of the same name.
    rmSync(join(harness.downloads, '工布江达县人民政府-2023.json'), { force: true });
    await page.click('button[data-action="save"]');
    const saved = JSON.parse(await downloaded(harness, '工布江达县人民政府-2023.json'));
    expect(saved.overview[0]).toEqual({
      ...seed.overview[1],
      paragraphs: [...seed.overview[1].paragraphs, '新增的自然段。'],
    });
    expect(saved.overview[1]).toEqual(seed.overview[0]);
    expect(saved.overview.slice(2)).toEqual(seed.overview.slice(2));
    expect(saved.otherMatters).toEqual([...seed.otherMatters.slice(0, -1), '本年度未收取信息处理费。']);
  });

  it('has no serious or critical accessibility violation (axe-core), with issues shown', async () => {
    page = await openForm(harness);
    await chooseFile(page, 'open', EXAMPLE);
    await typeInto(page, 'requests.newReceived.total', '9');
    await page.addScriptTag({ path: projectPath('node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (globalThis as unknown as { axe: { run: (n: unknown) => Promise<any> } }).axe.run(document);
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('draws table 三 in the official merged layout (golden image)', async () => {
    page = await openForm(harness, { height: 3000 });
    await chooseFile(page, 'open', EXAMPLE);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const table = await page.$('table[data-table="requests"]');
    expectGolden(projectPath('tests/form/golden/form-table-3.png'), Buffer.from(await table!.screenshot()));
  });

  it('works as <zfxxgk-report-form> from the package’s browser build, firing zfxxgk-change', async () => {
    const bundle = await bundleForBrowser(`import { defineReportForm } from 'zfxxgk/form';
defineReportForm();`);
    console.log(`zfxxgk/form in a consumer's bundle: ${(bundle.gzipBytes / 1024).toFixed(1)} kB gzipped`);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    page = await harness.browser.newPage();
    await page.goto(harness.url);
    await page.setContent('<!DOCTYPE html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ content: bundle.code });
    const seen = await page.evaluate(async (report) => {
      const element = document.createElement('zfxxgk-report-form') as HTMLElement & {
        options: object;
        getReport(): any;
      };
      element.setAttribute('autosave-key', 'off');
      element.options = { report };
      const changed = new Promise<any>((done) =>
        element.addEventListener('zfxxgk-change', (e) => done((e as CustomEvent).detail)),
      );
      document.body.append(element);
      const first = await changed;
      return {
        ok: first.ok,
        agency: element.getReport().agency,
        inputs: element.querySelectorAll('.zf-table input').length,
      };
    }, seedReport());
    expect(seen).toEqual({ ok: true, agency: '工布江达县人民政府', inputs: edition.cells.length });
  });

  it('saves back to the file zfxxgk edit opened', async () => {
    const file = join(files, 'edited.json');
    writeFileSync(file, JSON.stringify(seedReport()));
    const run = zfxxgkBin(['edit', file]);
    try {
      let out = '';
      const url = await new Promise<string>((found) =>
        run.child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
          if (match) found(match[0]);
        }),
      );
      page = await harness.browser.newPage();
      await page.goto(url);
      await page.waitForSelector('.zf-summary');
      expect(await valueOf(page, 'activeDisclosure.licensing')).toBe('821');
      await typeInto(page, 'activeDisclosure.licensing', '900');
      await page.click('button[data-action="save-file"]');
      await page.waitForFunction(() => document.querySelector('.zf-status')!.textContent!.startsWith('已保存到'));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        ...seedReport(),
        activeDisclosure: { ...seedReport().activeDisclosure, licensing: 900 },
      });
    } finally {
      run.child.kill('SIGTERM');
      await run.done;
    }
  }, 90_000);

  it('served by zfxxgk serve, downloads what the render service makes and says why it refused', async () => {
    page = await harness.browser.newPage();
    await page.goto(`${harness.url}service`);
    await page.waitForSelector('.zf-summary');
    await chooseFile(page, 'open', EXAMPLE);
    await page.click('button[data-action="render-html"]');
    expect(await downloaded(harness, '工布江达县人民政府-2023.html')).toBe('<p>工布江达县人民政府</p>');
    await page.click('button[data-action="render-pdf"]');
    await page.waitForFunction(() => document.querySelector('.zf-status')!.textContent!.startsWith('未能生成'));
    expect(await page.$eval('.zf-status', (s) => s.textContent)).toBe('未能生成 PDF：报告有错误，未生成');
  });
});
