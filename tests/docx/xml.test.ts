import { describe, expect, it } from 'vitest';
import { createDocxRenderer } from '../../src/docx/index.js';
import { el, escapeXml } from '../../src/docx/xml.js';
import { seedReport } from '../helpers/reports.js';
import { docxFiles, parseXml, wordText } from './ooxml.js';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an existing entity again, so it prints as typed', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops what XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE/U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0001c\u001Fd\uD800e\uDC00f\uFFFEg\uFFFF')).toBe('abcdefg');
  });

  it('keeps tabs, line feeds and characters outside the BMP', () => {
    expect(escapeXml('\t\n𠀀')).toBe('\t\n𠀀');
  });
});

describe('el', () => {
  it('escapes attribute values and leaves out undefined ones', () => {
    expect(el('w:t', { a: '"<&>"', b: undefined, c: 3 })).toBe('<w:t a="&quot;&lt;&amp;&gt;&quot;" c="3"/>');
  });

  it('closes an element with children', () => {
    expect(el('w:r', {}, '<w:t>x</w:t>')).toBe('<w:r><w:t>x</w:t></w:r>');
  });
});

describe('a draft of a report with a control character', () => {
  it('still writes well-formed XML, the character left out', async () => {
    const report = seedReport();
    report.otherMatters = ['无\u0007。'];
    const files = docxFiles((await createDocxRenderer().render(report, { draft: true })).body);
    const root = parseXml(files['word/document.xml']!);
    expect(wordText(root)).toContain('无。');
    expect(wordText(root)).toContain('草稿：发布前须改正的问题');
  });
});
