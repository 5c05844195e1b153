import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  createHtmlRenderer,
  RenderRefusedError,
  RendererRegistry,
  defineRenderer,
  prepareReport,
  TemplateConfigError,
} from '../../src/html/index.js';
import { seedReport } from '../helpers/reports.js';
import { attr, elements, textOf } from '../helpers/html-tables.js';
import { HOSTILE_HTML, hostileReport } from '../helpers/hostile.js';

const html = createHtmlRenderer();
const HOSTILE = HOSTILE_HTML;

describe('the HTML renderer', () => {
  it('keeps hostile text in every narrative field and the agency name inert', async () => {
    const out = (await html.render(hostileReport())).body;
    const doc = parse(out);
    expect(elements(doc, 'script')).toEqual([]);
    expect(elements(doc, 'img')).toEqual([]);
    expect(elements(doc, 'b')).toEqual([]);
    expect(elements(doc, 'table')).toHaveLength(3);
    expect(out).not.toContain('<script>');
    // The text survives, escaped, wherever it was written.
    const text = textOf(doc);
    for (const piece of HOSTILE) expect(text).toContain(piece);
    expect(text.split('{{x}}').length - 1).toBeGreaterThanOrEqual(9);
    expect(elements(doc, 'title').map(textOf)[0]).toContain('<script>alert(1)</script>');
  });

  it('writes a standalone document with no external references', async () => {
    const out = (await html.render(seedReport())).body;
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out).not.toMatch(
      /<link|<script|src=|url\((?!["']?data:)|@import|https?:\/\/(?!www\.gongbujiangda\.gov\.cn)/,
    );
    expect(out).toContain('@page');
  });

  it('writes a fragment whose styles are all scoped and carry no @page rules', async () => {
    const out = (await html.render(seedReport(), { fragment: true })).body;
    expect(out.startsWith('<div class="zfxxgk-fragment">')).toBe(true);
    expect(out).not.toContain('<html');
    expect(out).not.toContain('@page');
    const css = out.slice(out.indexOf('<style>') + 7, out.indexOf('</style>'));
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]+\{/g, '')
      .split('}')
      .map((block) => block.split('{')[0]!.trim())
      .filter((s) => s.length > 0);
    for (const group of selectors)
      for (const selector of group.split(',')) expect(selector.trim()).toMatch(/^\.zfxxgk/);
  });

  it('breaks a long title into two balanced lines and dates the report without leading zeros', async () => {
    const doc = parse((await html.render(seedReport())).body);
    const lines = elements(doc, 'span')
      .filter((s) => attr(s, 'class') === 'zfxxgk-title-line')
      .map(textOf);
    expect(lines).toEqual(['工布江达县人民政府2023年', '政府信息公开工作年度报告']);
    const date = elements(doc, 'p')
      .filter((p) => attr(p, 'class') === 'zfxxgk-signature-date')
      .map(textOf);
    expect(date).toEqual(['2024年1月27日']);
  });

  it('numbers sub-headings （一）（二）… and runs a run-in heading into its paragraph', async () => {
    const report = seedReport();
    report.overview[2] = { heading: '依申请公开情况', paragraphs: ['第一段。', '第二段。'] };
    const doc = parse((await html.render(report)).body);
    const headings = [
      ...elements(doc, 'h3'),
      ...elements(doc, 'span').filter((s) => attr(s, 'role') === 'heading'),
    ].map(textOf);
    expect(headings.sort()).toEqual(
      [
        '（一）主动公开情况。',
        '（三）政府信息管理情况。',
        '（二）依申请公开情况',
        '（五）监督保障情况。',
        '（四）政府信息公开平台建设情况。',
      ].sort(),
    );
  });

  it('refuses a report with errors, with its issues, and draws a draft on request', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    const refused = await html.render(report).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RenderRefusedError);
    expect((refused as RenderRefusedError).issues.map((i) => i.code)).toContain('T3_RESULTS_SUM');
    const draft = (await html.render(report, { draft: true })).body;
    expect(draft).toContain('zfxxgk--draft');
    expect(draft).toContain('草稿：发布前须改正的问题');
    expect(draft).toContain('表三 （七）总计 · 自然人：应为 3，实为 0');
  });

  it('draws a draft even of a report missing whole sections', async () => {
    const report = seedReport();
    delete report.requests;
    delete report.problems;
    const draft = (await html.render(JSON.stringify(report), { draft: true })).body;
    expect(draft).toContain('缺少“三、收到和处理政府信息公开申请情况”部分');
    expect(elements(parse(draft), 'table')).toHaveLength(3);
  });

  it('lets a platform replace the title block and add a letterhead and footer, but not the tables', async () => {
    const custom = createHtmlRenderer({
      partials: {
        letterhead: '<header class="zfxxgk-letterhead">某省政务公开平台 · {{view.agency}}</header>',
        footer: '<footer class="zfxxgk-footer">本报告由某省平台统一发布</footer>',
      },
      css: '.zfxxgk { --zfxxgk-block-title-fill: #eeeeee; }',
    });
    const out = (await custom.render(seedReport())).body;
    expect(out).toContain('<header class="zfxxgk-letterhead">某省政务公开平台 · 工布江达县人民政府</header>');
    expect(out).toContain('本报告由某省平台统一发布');
    expect(out).toContain('--zfxxgk-block-title-fill: #eeeeee');

    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-templates-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'title.hbs'), '<h1 class="zfxxgk-title">{{view.title}}（平台版）</h1>');
    const fromFolder = (await createHtmlRenderer({ templates: dir }).render(seedReport())).body;
    expect(fromFolder).toContain('工布江达县人民政府2023年政府信息公开工作年度报告（平台版）');

    expect(() => createHtmlRenderer({ partials: { table: '<p>no table</p>' } })).toThrow(TemplateConfigError);
    writeFileSync(join(dir, 'partials', 'cell.hbs'), '<td>x</td>');
    expect(() => createHtmlRenderer({ templates: dir })).toThrow(/不能覆盖/);
  });
});

describe('the renderer registry', () => {
  it('keys renderers by name and lets a third party add one', async () => {
    const registry = new RendererRegistry().register(html);
    const csv = defineRenderer({
      name: 'csv',
      mediaType: 'text/csv',
      async render(input, ctx) {
        const { value, issues, draft } = prepareReport(input, ctx);
        return {
          body: `agency\n${(value as { agency: string }).agency}`,
          mediaType: 'text/csv',
          issues,
          draft,
          extras: {},
        };
      },
    });
    registry.register(csv);
    expect(registry.names()).toEqual(['html', 'csv']);
    expect((await registry.get('csv')!.render(seedReport())).body).toBe('agency\n工布江达县人民政府');
    expect(() => registry.register(csv)).toThrow(RangeError);
  });
});
