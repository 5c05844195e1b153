import { describe, expect, it } from 'vitest';
import { createDocxRenderer, DOCX_MEDIA_TYPE } from '../../src/docx/index.js';
import { deepFreeze, seedReport } from '../helpers/reports.js';
import { docxFiles, find, first, ownText, parseXml } from './ooxml.js';

const docx = createDocxRenderer();
const bytes = (await docx.render(seedReport())).body;
const files = docxFiles(bytes);

describe('the DOCX package', () => {
  it('is a renderer named docx with the Word media type, giving bytes', () => {
    expect(docx.name).toBe('docx');
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(DOCX_MEDIA_TYPE).toBe(docx.mediaType);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('unzips into the parts a Word file needs, content types first', () => {
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/footer2.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
  });

  it('writes every part as well-formed XML', () => {
    for (const [path, xml] of Object.entries(files)) {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), path).toBe(true);
      expect(() => parseXml(xml), path).not.toThrow();
    }
  });

  it('declares a content type for every part and relates every part it uses', () => {
    const types = parseXml(files['[Content_Types].xml']!);
    const overrides = find(types, 'Override').map((o) => o.attrs['PartName']!.slice(1));
    expect(overrides.sort()).toEqual(
      Object.keys(files)
        .filter((p) => !p.endsWith('.rels') && p !== '[Content_Types].xml')
        .sort(),
    );
    const rootTargets = find(parseXml(files['_rels/.rels']!), 'Relationship').map((r) => r.attrs['Target']);
    expect(rootTargets).toEqual(['word/document.xml', 'docProps/core.xml', 'docProps/app.xml']);
    const rels = find(parseXml(files['word/_rels/document.xml.rels']!), 'Relationship');
    for (const rel of rels) expect(files[`word/${rel.attrs['Target']}`], rel.attrs['Target']).toBeDefined();
    const ids = new Set(rels.map((r) => r.attrs['Id']));
    const sectPr = first(parseXml(files['word/document.xml']!), 'w:sectPr')!;
    const refs = sectPr.children.filter((c) => typeof c !== 'string' && c.name.endsWith('Reference')) as {
      attrs: Record<string, string>;
    }[];
    expect(refs.length).toBe(2);
    for (const ref of refs) expect(ids.has(ref.attrs['r:id'])).toBe(true);
  });

  it('names the report in the document properties, created by zfxxgk', () => {
    const core = parseXml(files['docProps/core.xml']!);
    expect(ownText(first(core, 'dc:title')!)).toBe('工布江达县人民政府2023年政府信息公开工作年度报告');
    expect(ownText(first(core, 'dc:creator')!)).toBe('zfxxgk');
    expect(ownText(first(core, 'dc:language')!)).toBe('zh-CN');
    expect(first(core, 'cp:contentStatus')).toBeUndefined();
  });

  it('lets the caller name another creator', async () => {
    const other = docxFiles((await createDocxRenderer({ creator: '某省政务公开平台' }).render(seedReport())).body);
    expect(ownText(first(parseXml(other['docProps/core.xml']!), 'dc:creator')!)).toBe('某省政务公开平台');
  });

  it('gives the same bytes for the same report', async () => {
    expect((await docx.render(seedReport())).body).toEqual(bytes);
  });

  it('does not mutate its input', async () => {
    const report = deepFreeze(seedReport());
    await expect(docx.render(report)).resolves.toMatchObject({ body: bytes });
  });

  it('renders the same report given as JSON text', async () => {
    expect((await docx.render(JSON.stringify(seedReport()))).body).toEqual(bytes);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(docx.render(seedReport(), { signal: controller.signal })).rejects.toThrow();
  });
});
