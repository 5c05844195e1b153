/**
 * Figures in a PDF's text layer: a number split into pieces (`8 2 1` for 821, glyphs placed one by
 * one) is joined by the pieces' positions, only when the gap says one number; a cell whose text is
 * not a number is reported with its text, never read as 0. The PDFs are our own HTML render,
 * edited to carry the pattern and printed by Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.js';
import { isValueText, joinSplitDigits } from '../../src/import/pdf-figures.js';
import { validate } from '../../src/index.js';
import { createPdfRenderer, type PdfRenderer } from '../../src/pdf/index.js';
import { huaianReport, seedReport } from '../helpers/reports.js';
import { page, spacedDigits, strayMark } from './helpers/patterns.js';

let renderer: PdfRenderer;
beforeAll(() => {
  renderer = createPdfRenderer();
});
afterAll(async () => {
  await renderer?.close();
});

/** An HTML page printed to PDF by Chromium, imported. */
async function printed(html: string) {
  const { value: pdf } = await renderer.pool.run(async (p) => {
    await p.setContent(html);
    return p.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  });
  return importReport(new Uint8Array(pdf));
}

describe('importReport on a PDF whose numbers the text layer split', () => {
  it('joins the digits of one number by their positions, in a wide cell and in a row of 7 and of 15', async () => {
    let html = await page();
    html = spacedDigits(html, '>行政许可<', 1, '0.6em');
    const result = await printed(html);
    expect(result.report).toEqual(seedReport());
    expect(result.unread).toEqual([]);
    expect(result.cells.find((c) => c.path.join('.') === 'activeDisclosure.licensing')).toMatchObject({
      value: 821,
      raw: '821',
    });

    const report = huaianReport();
    let dense = await page(report);
    // 表四 行政复议 总计 (15 columns) and 表三 （一）予以公开 · 总计 (7 columns).
    dense = spacedDigits(dense, '复议后起诉</th>', 5, '0.5em');
    dense = spacedDigits(dense, '（一）予以公开', 7, '0.4em');
    const read = await printed(dense);
    expect(read.unread).toEqual([]);
    expect(read.report['reviewLitigation']).toEqual(report['reviewLitigation']);
    expect(read.report['requests']).toEqual(report['requests']);
  });
});

describe('importReport on a PDF with a stray mark in a value cell', () => {
  it('reports the cell with its text and does not read it as 0', async () => {
    const html = strayMark(await page(), '（一）予以公开', 1, '约3');
    const plain = strayMark(await page(), '（一）予以公开', 1, '0');
    const result = await printed(html);
    const cell = result.unread.find((u) => u.path.join('.') === 'requests.results.granted.naturalPerson');
    expect(cell).toMatchObject({ code: 'NOT_A_NUMBER', raw: '约3', reason: '无法识别的数值“约3”' });
    expect(result.report).not.toHaveProperty('requests.results.granted.naturalPerson');
    expect(result.complete).toBe(false);
    // The same page with a 0 there reads whole: the mark alone made the difference.
    const whole = await printed(plain);
    expect(whole.unread).toEqual([]);
    expect(validate(whole.report).ok).toBe(true);
  });
});

/** A piece of text on a line at x..x2, 9 pt. */
const piece = (text: string, x: number, x2: number) => ({
  page: 1,
  seg: { text, x, x2, y: 100, size: 9, runs: [{ text, font: 'f' }] },
});
const texts = (frags: readonly { seg: { text: string } }[]) => frags.map((f) => f.seg.text);

describe('joinSplitDigits', () => {
  it('joins digits a narrow gap apart when the cells of the line are far apart', () => {
    const line = [piece('1', 100, 105), piece('0', 109, 114), piece('3', 150, 155), piece('7', 190, 195)];
    expect(texts(joinSplitDigits(line))).toEqual(['10', '3', '7']);
    expect(joinSplitDigits(line)[0]!.seg).toMatchObject({ x: 100, x2: 114 });
  });

  it('keeps apart digits as far apart as the cells, and digits a whole em apart', () => {
    const even = [piece('1', 100, 105), piece('0', 120, 125), piece('3', 140, 145)];
    expect(texts(joinSplitDigits(even))).toEqual(['1', '0', '3']);
    const wide = [piece('1', 100, 105), piece('0', 115, 120), piece('3', 160, 165)];
    expect(texts(joinSplitDigits(wide))).toEqual(['1', '0', '3']);
  });

  it('joins the narrowest pair when the row has more figures than columns', () => {
    const line = [piece('1', 100, 105), piece('2', 111, 116), piece('3', 122, 127)];
    expect(texts(joinSplitDigits(line))).toEqual(['1', '2', '3']);
    expect(texts(joinSplitDigits(line, 2))).toEqual(['12', '3']);
  });

  it('never joins what is not a run of digits', () => {
    const line = [piece('1', 100, 105), piece('/', 108, 112), piece('约3', 150, 160)];
    expect(texts(joinSplitDigits(line, 1))).toEqual(['1', '/', '约3']);
  });

  it('does not change the list it is given', () => {
    const line = [piece('1', 100, 105), piece('0', 109, 114), piece('3', 150, 155)];
    joinSplitDigits(line);
    expect(texts(line)).toEqual(['1', '0', '3']);
  });
});

describe('isValueText', () => {
  it('takes short text with a digit for a value cell, and ordinals and labels for labels', () => {
    const none = () => false;
    expect(['3', '约3', '1O', '3（注）', '/', ''].map((t) => isValueText(t, none))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['（一）予以公开', '1.申请人', '本年新收申请', '第二十条第（五）项'].map((t) => isValueText(t, none)),
    ).toEqual([false, false, false, false]);
    expect(isValueText('2019年', () => true)).toBe(false);
  });
});
