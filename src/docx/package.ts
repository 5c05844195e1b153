/**
 * The package around the document: every part, the content types, the relationships and the
 * document properties, zipped with fflate. Its dates (the properties' created and modified, every
 * zip entry's time) are the report's 成文日期 or a fixed date, never the clock, so the same report
 * always gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { documentDate, w3cDateTime, type DocumentDate } from '../render/document-date.js';
import type { ReportView } from '../render/view-model.js';
import { documentXml } from './document.js';
import { fontTableXml, type DocxFonts } from './fonts.js';
import { CONTENT_TYPE, CONTENT_TYPES_NS, PKG_RELS_NS, REL } from './namespaces.js';
import { draftHeaderXml, footerXml, settingsXml, type FurnitureIds } from './page.js';
import { stylesXml } from './styles.js';
import { el, escapeXml, xmlPart } from './xml.js';

/** What the package needs besides the view. */
export interface PackageOptions {
  readonly fonts: DocxFonts;
  /** `dc:creator` of the document properties. */
  readonly creator: string;
}

/**
 * A zip entry's time: MS-DOS times have no zone and fflate writes a Date's local fields, so the
 * day is made from local fields too — the same bytes in every time zone. Noon, because a zone that
 * skips midnight for summer time would turn a local midnight into 01:00.
 */
const zipTime = (date: DocumentDate) => new Date(date.year, date.month - 1, date.day, 12);

interface Part {
  readonly path: string;
  readonly type: string;
  readonly xml: string;
  /** Relationship from the main document, when it has one. */
  readonly rel?: { readonly id: string; readonly type: string };
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  return xmlPart(
    'Relationships',
    { xmlns: PKG_RELS_NS },
    ...rels.map((r) => el('Relationship', { Id: r.id, Type: r.type, Target: r.target })),
  );
}

function coreXml(view: ReportView, creator: string): string {
  const created = w3cDateTime(documentDate(view.publishedAt));
  const dated = (name: string) => el(name, { 'xsi:type': 'dcterms:W3CDTF' }, created);
  return xmlPart(
    'cp:coreProperties',
    {
      'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:dcterms': 'http://purl.org/dc/terms/',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    el('dc:title', {}, escapeXml(view.title)),
    el('dc:subject', {}, escapeXml('政府信息公开工作年度报告')),
    el('dc:creator', {}, escapeXml(creator)),
    el('dc:language', {}, 'zh-CN'),
    dated('dcterms:created'),
    dated('dcterms:modified'),
    view.draft ? el('cp:contentStatus', {}, escapeXml('草稿')) : '',
  );
}

function appXml(): string {
  return xmlPart(
    'Properties',
    { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' },
    el('Application', {}, 'zfxxgk'),
  );
}

/**
 * The parts of the .docx of a view, keyed by path in the zip.
 * @example Object.keys(docxParts(view, { fonts: DEFAULT_FONTS, creator: 'zfxxgk' }))
 */
export function docxParts(view: ReportView, options: PackageOptions): Record<string, string> {
  const ids: FurnitureIds = {
    oddFooter: 'rIdFooterOdd',
    evenFooter: 'rIdFooterEven',
    ...(view.draft ? { oddHeader: 'rIdHeaderOdd', evenHeader: 'rIdHeaderEven' } : {}),
  };
  const parts: Part[] = [
    {
      path: 'word/styles.xml',
      type: CONTENT_TYPE.styles,
      xml: stylesXml(options.fonts),
      rel: { id: 'rIdStyles', type: REL.styles },
    },
    {
      path: 'word/settings.xml',
      type: CONTENT_TYPE.settings,
      xml: settingsXml(),
      rel: { id: 'rIdSettings', type: REL.settings },
    },
    {
      path: 'word/fontTable.xml',
      type: CONTENT_TYPE.fontTable,
      xml: fontTableXml(options.fonts),
      rel: { id: 'rIdFontTable', type: REL.fontTable },
    },
    {
      path: 'word/footer1.xml',
      type: CONTENT_TYPE.footer,
      xml: footerXml('right'),
      rel: { id: ids.oddFooter, type: REL.footer },
    },
    {
      path: 'word/footer2.xml',
      type: CONTENT_TYPE.footer,
      xml: footerXml('left'),
      rel: { id: ids.evenFooter, type: REL.footer },
    },
  ];
  if (ids.oddHeader && ids.evenHeader) {
    parts.push(
      {
        path: 'word/header1.xml',
        type: CONTENT_TYPE.header,
        xml: draftHeaderXml(1, options.fonts.hei),
        rel: { id: ids.oddHeader, type: REL.header },
      },
      {
        path: 'word/header2.xml',
        type: CONTENT_TYPE.header,
        xml: draftHeaderXml(2, options.fonts.hei),
        rel: { id: ids.evenHeader, type: REL.header },
      },
    );
  }
  const main: Part = {
    path: 'word/document.xml',
    type: CONTENT_TYPE.document,
    xml: documentXml(view, options.fonts, ids),
  };
  const props: Part[] = [
    { path: 'docProps/core.xml', type: CONTENT_TYPE.core, xml: coreXml(view, options.creator) },
    { path: 'docProps/app.xml', type: CONTENT_TYPE.app, xml: appXml() },
  ];
  const all = [main, ...parts, ...props];
  const contentTypes = xmlPart(
    'Types',
    { xmlns: CONTENT_TYPES_NS },
    el('Default', { Extension: 'rels', ContentType: CONTENT_TYPE.rels }),
    el('Default', { Extension: 'xml', ContentType: CONTENT_TYPE.xml }),
    ...all.map((p) => el('Override', { PartName: `/${p.path}`, ContentType: p.type })),
  );
  return {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': relationships([
      { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml' },
    ]),
    ...Object.fromEntries(all.map((p) => [p.path, p.xml])),
    'word/_rels/document.xml.rels': relationships(
      parts.map((p) => ({ id: p.rel!.id, type: p.rel!.type, target: p.path.slice('word/'.length) })),
    ),
  };
}

/**
 * The .docx file of a view: its parts, deflated into a zip.
 * @example const bytes = docxPackage(view, { fonts: DEFAULT_FONTS, creator: 'zfxxgk' });
 */
export function docxPackage(view: ReportView, options: PackageOptions): Uint8Array {
  const mtime = zipTime(documentDate(view.publishedAt));
  const files: Zippable = {};
  for (const [path, xml] of Object.entries(docxParts(view, options))) files[path] = [strToU8(xml), { mtime }];
  return zipSync(files, { level: 6 });
}
