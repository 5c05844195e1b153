import mammoth from 'mammoth';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { createDocxRenderer, RenderRefusedError } from '../../src/docx/index.js';
import { elements, textOf } from '../helpers/html-tables.js';
import { seedReport } from '../helpers/reports.js';
import { hostileReport as hostileWith } from '../helpers/hostile.js';
import { docxFiles, find, first, parseXml } from './ooxml.js';

const docx = createDocxRenderer();
const HOSTILE = [
  '<script>alert(1)</script>',
  '{{x}}',
  '"quoted" \'single\'',
  ']]>',
  '</w:t></w:r><w:r><w:t>x',
  '&amp; &lt;',
  'A & B',
];

/** The blocks mammoth reads from a .docx — headings, paragraphs and table-cell paragraphs — as text, in order. */
async function readBack(bytes: Uint8Array): Promise<{ html: string; blocks: string[] }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const doc = parse(html);
  const blocks: string[] = [];
  const visit = (node: any) => {
    if (['p', 'h1', 'h2'].includes(node.tagName)) blocks.push(textOf(node));
    else node.childNodes?.forEach(visit);
  };
  visit(doc);
  return { html, blocks };
}

/** Everything the seed report says, in reading order: narrative text and every table value. */
function expectedOrder(report: Record<string, any>): string[] {
  const narrative = (blocks: unknown[] = []) =>
    blocks.flatMap((b: any, i) => {
      if (typeof b === 'string') return [b];
      const number = `（${'一二三四五六七八九十'[blocks.slice(0, i).filter((x) => typeof x !== 'string').length]}）`;
      return b.runIn
        ? [`${number}${b.heading}${b.paragraphs[0]}`, ...b.paragraphs.slice(1)]
        : [`${number}${b.heading}`, ...b.paragraphs];
    });
  const values = (node: unknown): string[] =>
    typeof node === 'number' ? [String(node)] : Object.values(node as object).flatMap(values);
  return [
    report.title,
    ...narrative(report.preamble),
    '一、总体情况',
    ...narrative(report.overview),
    '二、主动公开政府信息情况',
    ...values(report.activeDisclosure),
    '三、收到和处理政府信息公开申请情况',
    ...values(report.requests),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...values(report.reviewLitigation),
    '五、存在的主要问题及改进情况',
    ...narrative(report.problems),
    '六、其他需要报告的事项',
    ...narrative(report.otherMatters),
    report.agency,
    '2024年1月27日',
  ];
}

/** Finds each expected text as a whole block, each after the one before. */
function missingInOrder(blocks: readonly string[], expected: readonly string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const text of expected) {
    const found = blocks.indexOf(text, at);
    if (found < 0) missing.push(text);
    else at = found + 1;
  }
  return missing;
}

describe('the DOCX renderer, read back by mammoth', () => {
  it('holds every heading, paragraph and number of the seed report, in order', async () => {
    const report = seedReport();
    const { blocks, html } = await readBack((await docx.render(report)).body);
    const expected = expectedOrder(report);
    expect(expected.length).toBeGreaterThan(150);
    expect(missingInOrder(blocks, expected)).toEqual([]);
    expect(elements(parse(html), 'table')).toHaveLength(3);
    expect(elements(parse(html), 'h1').map(textOf)).toEqual(expected.filter((t) => /^[一二三四五六]、/.test(t)));
  });

  it('keeps hostile text in every narrative field and the agency name inert', async () => {
    const bytes = (await docx.render(hostileWith(HOSTILE))).body;
    const files = docxFiles(bytes);
    for (const [path, xml] of Object.entries(files)) expect(() => parseXml(xml), path).not.toThrow();
    const root = parseXml(files['word/document.xml']!);
    expect(find(root, 'script')).toEqual([]);
    expect(find(root, 'w:t').every((t) => t.children.every((c) => typeof c === 'string'))).toBe(true);
    expect(files['word/document.xml']).not.toContain('<script');
    expect(first(parseXml(files['docProps/core.xml']!), 'dc:title')!.children.join('')).toBe(
      `标题${HOSTILE.join(' ')}`,
    );

    const { blocks, html } = await readBack(bytes);
    expect(elements(parse(html), 'script')).toEqual([]);
    const text = blocks.join('\n');
    for (const piece of HOSTILE) expect(text).toContain(piece);
    // Title, preamble, three overview blocks (the run-in one twice), problems, 六 and the agency.
    expect(text.split('{{x}}').length - 1).toBe(10);
    expect(blocks).toContain(`其他${HOSTILE.join(' ')}`);
    expect(blocks).toContain(`（一）小标题${HOSTILE.join(' ')}段落${HOSTILE.join(' ')}`);
  });

  it('refuses a report with errors, with its issues', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    const refused = await docx.render(report).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RenderRefusedError);
    expect((refused as RenderRefusedError).issues.map((i) => i.code)).toContain('T3_RESULTS_SUM');
  });

  it('writes a draft on request: 草稿 in every header, a watermark, the issues at the end', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    const bytes = (await docx.render(report, { draft: true })).body;
    const files = docxFiles(bytes);
    const sectPr = first(parseXml(files['word/document.xml']!), 'w:sectPr')!;
    expect(
      find(sectPr, 'w:headerReference')
        .map((h) => h.attrs['w:type'])
        .sort(),
    ).toEqual(['default', 'even']);
    for (const header of ['word/header1.xml', 'word/header2.xml']) {
      const root = parseXml(files[header]!);
      expect(
        find(root, 'w:t')
          .map((t) => t.children.join(''))
          .join(''),
      ).toContain('草稿');
      expect(
        find(root, 'v:textpath')
          .map((t) => t.attrs['string'])
          .filter(Boolean),
      ).toEqual(['草稿']);
    }
    expect(first(parseXml(files['docProps/core.xml']!), 'cp:contentStatus')!.children).toEqual(['草稿']);

    const { blocks } = await readBack(bytes);
    const at = blocks.indexOf('草稿：发布前须改正的问题');
    expect(at).toBeGreaterThan(blocks.indexOf('2024年1月27日'));
    expect(
      blocks
        .slice(at + 1)
        .some((b) => b.includes('表三 （七）总计 · 自然人：应为 3，实为 0') && b.includes('T3_RESULTS_SUM')),
    ).toBe(true);
  });

  it('draws a draft even of a report missing whole sections', async () => {
    const report = seedReport();
    delete report.requests;
    delete report.problems;
    const bytes = (await docx.render(JSON.stringify(report), { draft: true })).body;
    const { blocks, html } = await readBack(bytes);
    expect(elements(parse(html), 'table')).toHaveLength(3);
    expect(blocks.some((b) => b.includes('缺少“三、收到和处理政府信息公开申请情况”部分'))).toBe(true);
  });

  it('marks nothing as a draft in a valid report', async () => {
    const files = docxFiles((await docx.render(seedReport())).body);
    expect(Object.keys(files).filter((p) => p.includes('header'))).toEqual([]);
    expect(Object.values(files).some((xml) => xml.includes('草稿'))).toBe(false);
  });
});
