/**
 * The PDF renderer with real Chromium. One renderer (one browser) serves every test in this file.
 * Golden images: regenerate with `npm run golden` after a deliberate change of the layout.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfRenderer, RenderRefusedError, type PdfRenderer, type PdfResult } from '../../src/pdf/index.js';
import { defaultFontDir } from '../../src/pdf/fonts.js';
import { pagePng, pdfFile, pdfFonts, pdfInfo, pdfText } from '../helpers/pdf-tools.js';
import { projectPath, seedReport } from '../helpers/reports.js';

let renderer: PdfRenderer;
let seed: PdfResult;
let seedPath: string;

beforeAll(async () => {
  // The set-up (npm test) prepares the fonts; without them these tests must fail, not skip.
  expect(existsSync(`${defaultFontDir()}/fonts.conf`), `prepared fonts missing in ${defaultFontDir()}`).toBe(true);
  renderer = createPdfRenderer();
  seed = await renderer.render(seedReport());
  seedPath = pdfFile(seed.body);
});

afterAll(async () => {
  await renderer?.close();
});

describe('the PDF of the seed report', () => {
  it('is A4, tagged, titled, and its pages are counted', () => {
    const info = pdfInfo(seedPath);
    expect(info['Page size']).toMatch(/^594\.9\d x 841\.9\d pts \(A4\)$/);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('工布江达县人民政府2023年政府信息公开工作年度报告');
    expect(Number(info['Pages'])).toBe(seed.extras.pages);
    expect(seed.extras.pages).toBe(7);
    expect(seed.extras.attempts).toBe(1);
  });

  it('embeds every font as a TrueType subset, none as Type 3', () => {
    const fonts = pdfFonts(seedPath);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    }
  });

  it('covers every character of the report with an embedded font', () => {
    expect(seed.extras.uncovered).toEqual([]);
    const text = pdfText(seedPath).replace(/\s+/g, '');
    const report = seedReport();
    for (const paragraph of [...report.preamble, ...report.problems]) {
      expect(text).toContain(paragraph.replace(/\s+/g, ''));
    }
  });

  it('holds every heading and every number of the report, in reading order', () => {
    const text = pdfText(seedPath);
    const headings = [
      '一、总体情况',
      '（一）主动公开情况。',
      '（五）监督保障情况。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    let at = 0;
    for (const heading of headings) {
      const found = text.indexOf(heading, at);
      expect(found, heading).toBeGreaterThanOrEqual(at);
      at = found;
    }
    // Every table number, in the order the tables print them.
    const tables = text.slice(text.indexOf('二、主动公开政府信息情况'), text.indexOf('五、存在的主要问题及改进情况'));
    const numbers = tables
      .split(/\s+/)
      .filter((t) => /^\d+$/.test(t))
      .map(Number);
    const report = seedReport();
    const expected: number[] = [];
    const walk = (n: unknown) =>
      typeof n === 'number' ? expected.push(n) : n && typeof n === 'object' && Object.values(n).forEach(walk);
    walk([report.activeDisclosure, report.requests, report.reviewLitigation]);
    expect(numbers).toEqual(expected);
  });

  it('numbers its pages "— N —"', () => {
    for (let page = 1; page <= seed.extras.pages; page++) {
      expect(pdfText(seedPath, page, page).replace(/\s+/g, '')).toContain(`—${page}—`);
    }
  });

  it('never puts the closing agency and date on a page without body text', () => {
    const last = pdfText(seedPath, seed.extras.pages, seed.extras.pages);
    expect(last).toContain('2024年1月27日');
    expect(last).toContain('六、其他需要报告的事项');
  });

  it('made no network request', () => {
    expect(seed.extras.blocked).toEqual([]);
  });
});

describe('the PDF renderer', () => {
  it('blocks every request a template makes, and still renders', async () => {
    const hostile = createPdfRenderer({
      pool: renderer.pool,
      partials: {
        letterhead:
          '<img src="https://example.com/logo.png" alt=""><link rel="stylesheet" href="http://example.com/x.css">',
      },
    });
    const result = await hostile.render(seedReport());
    expect([...result.extras.blocked].sort()).toEqual(['http://example.com/x.css', 'https://example.com/logo.png']);
    expect(result.extras.pages).toBe(seed.extras.pages);
  });

  it('refuses a report with errors, and draws a watermarked draft with the issues on a last page', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    await expect(renderer.render(report)).rejects.toBeInstanceOf(RenderRefusedError);
    const draft = await renderer.render(report, { draft: true });
    const path = pdfFile(draft.body);
    expect(draft.extras.pages).toBe(seed.extras.pages + 1);
    // The watermark is rotated: read it in content order.
    expect(pdfText(path, 1, 1, true).replace(/\s+/g, '')).toContain('草稿');
    const last = pdfText(path, draft.extras.pages, draft.extras.pages).replace(/\s+/g, '');
    expect(last).toContain('草稿：发布前须改正的问题');
    expect(last).toContain('表三（七）总计·自然人：应为3，实为0');
  });

  it('makes an untagged PDF on request', async () => {
    const result = await renderer.render(seedReport(), { tagged: false });
    expect(pdfInfo(pdfFile(result.body))['Tagged']).toBe('no');
    expect(result.body.length).toBeLessThan(seed.body.length);
  });

  it('uses a caller-supplied font file for the body text', async () => {
    const light = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf';
    const own = createPdfRenderer({ pool: renderer.pool, fonts: { files: { body: light } } });
    const result = await own.render(seedReport());
    const names = pdfFonts(pdfFile(result.body)).map((f) => f.name);
    expect(names.some((n) => n.endsWith('+LXGWWenKai-Light'))).toBe(true);
  });

  it('reports characters no prepared font covers', async () => {
    const report = seedReport();
    report.problems = ['由王堃同志负责。'];
    const result = await renderer.render(report);
    expect(result.extras.uncovered).toEqual(['堃']);
  });
});

describe('golden images', () => {
  const golden = (name: string, png: Buffer) => {
    const path = projectPath(`tests/pdf/golden/${name}.png`);
    if (process.env['UPDATE_GOLDEN'] || !existsSync(path)) {
      writeFileSync(path, png);
      if (!process.env['UPDATE_GOLDEN'])
        throw new Error(`golden image ${name}.png was missing and has been written; run again`);
      return;
    }
    const expected = PNG.sync.read(readFileSync(path));
    const actual = PNG.sync.read(png);
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = pixelmatch(expected.data, actual.data, null, actual.width, actual.height, { threshold: 0.15 });
    // Tolerance: 0.5 % of the pixels may differ (anti-aliasing across machines), no more.
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.005);
  };

  it('page 1 matches its golden image', () => {
    golden('seed-page-1', pagePng(seedPath, 1));
  });

  it('the table 三 page matches its golden image', () => {
    const page = Array.from({ length: seed.extras.pages }, (_, i) => i + 1).find((p) =>
      pdfText(seedPath, p, p).includes('三、收到和处理政府信息公开申请情况'),
    )!;
    golden('seed-table-3', pagePng(seedPath, page));
  });
});
