import { describe, expect, it } from 'vitest';
import { createDocxRenderer } from '../../src/docx/index.js';
import { seedReport } from '../helpers/reports.js';
import { docxFiles, find, first, parseXml, wordText, type XmlElement } from './ooxml.js';

const docx = createDocxRenderer();
const files = docxFiles((await docx.render(seedReport())).body);
const documentRoot = parseXml(files['word/document.xml']!);
const stylesRoot = parseXml(files['word/styles.xml']!);
const body = first(documentRoot, 'w:body')!;
const paragraphs = body.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:p');
const attrs = (node: XmlElement | undefined, name: string) => (node ? first(node, name)?.attrs : undefined);
const styleOf = (p: XmlElement) => attrs(p, 'w:pStyle')?.['w:val'];
const style = (id: string) => find(stylesRoot, 'w:style').find((s) => s.attrs['w:styleId'] === id)!;
/** A style's character spacing (`w:rPr/w:spacing`), in twips. */
const runSpacing = (id: string) => attrs(first(style(id), 'w:rPr'), 'w:spacing')?.['w:val'];
/** One condensed 3号 character of the body, in twips: 16 pt and the Normal style's spacing. */
const condensedChar = () => 320 + Number(runSpacing('Normal'));
/** 1 mm in twips. */
const mm = (n: number) => Math.round((n * 1440) / 25.4);

describe('the DOCX page (GB/T 9704)', () => {
  it('is A4 portrait with margins 37 / 35 / 28 / 26 mm', () => {
    const sectPr = first(documentRoot, 'w:sectPr')!;
    expect(attrs(sectPr, 'w:pgSz')).toEqual({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(sectPr, 'w:pgMar')).toMatchObject({
      'w:top': String(mm(37)),
      'w:bottom': String(mm(35)),
      'w:left': String(mm(28)),
      'w:right': String(mm(26)),
    });
  });

  it('sets a grid of 22 lines filling the 225 mm text block, and condenses 3号 characters so 28 fill the 156 mm line', () => {
    const grid = attrs(first(documentRoot, 'w:sectPr'), 'w:docGrid')!;
    // A line grid only: LibreOffice gives a character wider than a character grid's cell two cells.
    expect(grid['w:type']).toBe('lines');
    expect(grid['w:charSpace']).toBeUndefined();
    const pitch = Number(grid['w:linePitch']);
    expect(pitch * 22).toBeLessThanOrEqual(mm(225));
    expect(pitch / 20).toBeCloseTo(28.95, 1);
    // 16 pt characters: 27 fit. Condensed by whole twips, 28 fit, with the last one's spacing too.
    const line = 11906 - mm(28) - mm(26);
    expect(28 * 320).toBeGreaterThan(line);
    expect(28 * condensedChar()).toBeLessThanOrEqual(line);
    expect(28 * (condensedChar() + 1)).toBeGreaterThan(line);
  });

  it('keeps text of other sizes uncondensed and the title off the grid', () => {
    expect(runSpacing('Title')).toBe('0');
    expect(runSpacing('TableText')).toBe('0');
    expect(attrs(style('Title'), 'w:snapToGrid')).toEqual({ 'w:val': '0' });
  });

  it('declares Chinese text zh-CN and the faces GB2312, so substitutes are Simplified Chinese faces', () => {
    const defaults = first(stylesRoot, 'w:rPrDefault')!;
    expect(attrs(defaults, 'w:lang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
    expect(attrs(parseXml(files['word/settings.xml']!), 'w:themeFontLang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
    const fonts = find(parseXml(files['word/fontTable.xml']!), 'w:font');
    for (const face of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']) {
      expect(
        attrs(
          fonts.find((f) => f.attrs['w:name'] === face),
          'w:charset',
        ),
        face,
      ).toEqual({ 'w:val': '86' });
    }
  });

  it('sets the body in 3号 仿宋_GB2312 (Times New Roman for Latin) at the fixed pitch, indented 2 characters', () => {
    const normal = style('Normal');
    expect(normal.attrs['w:default']).toBe('1');
    expect(attrs(normal, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attrs(normal, 'w:sz')).toEqual({ 'w:val': '32' });
    expect(attrs(normal, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    expect(attrs(normal, 'w:ind')).toMatchObject({ 'w:firstLineChars': '200' });
  });

  it('sets the title in 2号 方正小标宋简体, centred, one line per title line', () => {
    const title = style('Title');
    expect(attrs(title, 'w:rFonts')!['w:eastAsia']).toBe('方正小标宋简体');
    expect(attrs(title, 'w:sz')).toEqual({ 'w:val': '44' });
    expect(attrs(title, 'w:jc')).toEqual({ 'w:val': 'center' });
    const first = paragraphs[0]!;
    expect(styleOf(first)).toBe('Title');
    expect(find(first, 'w:br')).toHaveLength(1);
    expect(find(first, 'w:t').map((t) => t.children.join(''))).toEqual([
      '工布江达县人民政府2023年',
      '政府信息公开工作年度报告',
    ]);
  });

  it('sets level-1 headings in 黑体 and level-2 headings in 楷体_GB2312, as Word headings', () => {
    expect(find(style('Heading1'), 'w:name')[0]!.attrs['w:val']).toBe('heading 1');
    expect(attrs(style('Heading1'), 'w:rFonts')!['w:eastAsia']).toBe('黑体');
    expect(attrs(style('Heading2'), 'w:rFonts')!['w:eastAsia']).toBe('楷体_GB2312');
    expect(attrs(style('RunInHeading'), 'w:rFonts')!['w:eastAsia']).toBe('楷体_GB2312');
    const headings = paragraphs.filter((p) => styleOf(p) === 'Heading1').map(wordText);
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('runs a run-in heading in 楷体 into its paragraph’s 仿宋 text', () => {
    const p = paragraphs.find((x) => wordText(x).startsWith('（一）主动公开情况。'))!;
    expect(styleOf(p)).toBe('Normal');
    const runs = find(p, 'w:r');
    expect(runs).toHaveLength(2);
    expect(attrs(runs[0], 'w:rStyle')).toEqual({ 'w:val': 'RunInHeading' });
    expect(wordText(runs[0]!)).toBe('（一）主动公开情况。');
    expect(first(runs[1]!, 'w:rPr')).toBeUndefined();
    expect(wordText(runs[1]!)).toMatch(/^一是围绕县委/);
  });

  it('sets a heading that is not run in as its own level-2 paragraph', async () => {
    const report = seedReport();
    report.overview[2] = { heading: '依申请公开情况', paragraphs: ['第一段。', '第二段。'] };
    const root = parseXml(docxFiles((await docx.render(report)).body)['word/document.xml']!);
    const texts = find(root, 'w:p').map((p) => [styleOf(p), wordText(p)]);
    const at = texts.findIndex(([, t]) => t === '（二）依申请公开情况');
    expect(texts.slice(at, at + 3)).toEqual([
      ['Heading2', '（二）依申请公开情况'],
      ['Normal', '第一段。'],
      ['Normal', '第二段。'],
    ]);
  });

  it('closes with the agency 2 字 from the right and the date 2 字 right of its first character', () => {
    const [name, date] = paragraphs.slice(-2);
    const char = condensedChar();
    expect(wordText(name!)).toBe('工布江达县人民政府');
    expect(attrs(name, 'w:jc')).toEqual({ 'w:val': 'right' });
    expect(attrs(name, 'w:ind')).toMatchObject({ 'w:right': String(2 * char) });
    expect(attrs(name, 'w:spacing')).toMatchObject({ 'w:beforeLines': '100' });
    expect(wordText(date!)).toBe('2024年1月27日');
    // The name (9 字) starts 28 − 2 − 9 = 17 字 in; the date 2 字 further. In twips only: Word
    // would count `w:leftChars` in uncondensed characters and LibreOffice ignores it.
    expect(attrs(date, 'w:jc')).toEqual({ 'w:val': 'left' });
    expect(attrs(date, 'w:ind')).toEqual({ 'w:left': String(19 * char), 'w:firstLine': '0', 'w:firstLineChars': '0' });
  });

  it('moves the name when the date is longer than it (GB/T 9704 7.3.5.2)', async () => {
    const report = seedReport();
    report.agency = '某某局';
    const root = parseXml(docxFiles((await docx.render(report)).body)['word/document.xml']!);
    const [name, date] = find(root, 'w:p').slice(-2);
    const char = condensedChar();
    expect(attrs(date, 'w:jc')).toEqual({ 'w:val': 'right' });
    expect(attrs(date, 'w:ind')).toMatchObject({ 'w:right': String(2 * char) });
    // The date is 6.5 字 wide (digits are half-width): it starts 28 − 2 − 6.5 = 19.5 字 in, the name 2 字 before.
    expect(attrs(name, 'w:jc')).toEqual({ 'w:val': 'left' });
    expect(attrs(name, 'w:ind')).toMatchObject({ 'w:left': String(Math.round(17.5 * char)) });
  });

  it('numbers pages “— N —” in 4号 宋体, odd pages at the right and even pages at the left', () => {
    expect(first(parseXml(files['word/settings.xml']!), 'w:evenAndOddHeaders')).toBeDefined();
    const sectPr = first(documentRoot, 'w:sectPr')!;
    const rels = find(parseXml(files['word/_rels/document.xml.rels']!), 'Relationship');
    const footer = (type: string) => {
      const id = find(sectPr, 'w:footerReference').find((r) => r.attrs['w:type'] === type)!.attrs['r:id'];
      return parseXml(files[`word/${rels.find((r) => r.attrs['Id'] === id)!.attrs['Target']}`]!);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const p = first(footer(type), 'w:p')!;
      expect(attrs(p, 'w:jc')).toEqual({ 'w:val': side });
      expect(attrs(p, 'w:ind')).toEqual({ [`w:${side}`]: '280' });
      expect(find(p, 'w:instrText').map((i) => i.children.join('').trim())).toEqual(['PAGE']);
      expect(wordText(p)).toBe('— 1 —');
    }
    const footerStyle = style('Footer');
    expect(attrs(footerStyle, 'w:rFonts')!['w:eastAsia']).toBe('宋体');
    expect(attrs(footerStyle, 'w:sz')).toEqual({ 'w:val': '28' });
  });

  it('declares fallbacks for the official faces in the font table', () => {
    const fonts = find(parseXml(files['word/fontTable.xml']!), 'w:font');
    const alt = Object.fromEntries(fonts.map((f) => [f.attrs['w:name'], attrs(f, 'w:altName')?.['w:val']]));
    expect(alt).toMatchObject({
      仿宋_GB2312: '仿宋',
      仿宋: 'FangSong',
      楷体_GB2312: '楷体',
      楷体: 'KaiTi',
      黑体: 'SimHei',
      宋体: 'SimSun',
    });
    expect(Object.keys(alt)).toContain('方正小标宋简体');
    expect(Object.keys(alt)).toContain('Times New Roman');
  });

  it('names other faces when the caller asks', async () => {
    const custom = docxFiles(
      (await createDocxRenderer({ fonts: { title: '方正小标宋_GBK' } }).render(seedReport())).body,
    );
    const title = find(parseXml(custom['word/styles.xml']!), 'w:style').find((s) => s.attrs['w:styleId'] === 'Title')!;
    expect(attrs(title, 'w:rFonts')!['w:eastAsia']).toBe('方正小标宋_GBK');
    expect(custom['word/fontTable.xml']).toContain('w:name="方正小标宋_GBK"');
  });

  it('keeps line feeds and tabs of a paragraph as line breaks and tabs', async () => {
    const report = seedReport();
    report.otherMatters = ['第一行\n第二行\t完'];
    const root = parseXml(docxFiles((await docx.render(report)).body)['word/document.xml']!);
    const p = find(root, 'w:p').find((x) => wordText(x).startsWith('第一行'))!;
    expect(first(p, 'w:r')!.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual([
      'w:t',
      'w:br',
      'w:t',
      'w:tab',
      'w:t',
    ]);
  });
});
