/**
 * The page furniture: the section properties (A4, GB/T 9704 margins, a grid of 22 lines a page),
 * the page-number footers — `— N —` in 4号 宋体, odd pages at the right and even pages at the left,
 * one character in — and, for a draft, headers marked 草稿 with a diagonal watermark.
 */
import { LINE_PITCH, PAGE, PAGE_NUMBER_INSET } from './layout.js';
import { O_NS, R_NS, V_NS, W_NS } from './namespaces.js';
import { paragraph, run } from './paragraphs.js';
import { STYLE } from './styles.js';
import { el, xmlPart } from './xml.js';

/** Relationship ids of the header and footer parts, as `document.xml` refers to them. */
export interface FurnitureIds {
  readonly oddFooter: string;
  readonly evenFooter: string;
  readonly oddHeader?: string;
  readonly evenHeader?: string;
}

/** `<w:sectPr>`: the page and grid, and which header and footer go on odd and even pages. */
export function sectionXml(ids: FurnitureIds): string {
  const ref = (kind: 'header' | 'footer', type: 'default' | 'even', id?: string) =>
    id ? el(`w:${kind}Reference`, { 'w:type': type, 'r:id': id }) : '';
  return el(
    'w:sectPr',
    {},
    ref('header', 'even', ids.evenHeader),
    ref('header', 'default', ids.oddHeader),
    ref('footer', 'even', ids.evenFooter),
    ref('footer', 'default', ids.oddFooter),
    el('w:pgSz', { 'w:w': PAGE.width, 'w:h': PAGE.height }),
    el('w:pgMar', {
      'w:top': PAGE.top,
      'w:right': PAGE.right,
      'w:bottom': PAGE.bottom,
      'w:left': PAGE.left,
      'w:header': PAGE.header,
      'w:footer': PAGE.footer,
      'w:gutter': 0,
    }),
    el('w:pgNumType', { 'w:fmt': 'decimal', 'w:start': 1 }),
    el('w:cols', { 'w:space': 425 }),
    // A line grid only: the 28 characters a line come from condensed characters (layout.ts).
    el('w:docGrid', { 'w:type': 'lines', 'w:linePitch': LINE_PITCH }),
  );
}

const PART_NS = { 'xmlns:w': W_NS, 'xmlns:r': R_NS, 'xmlns:v': V_NS, 'xmlns:o': O_NS } as const;

/** A PAGE field as Word writes it: begin, instruction, separator, a placeholder result, end. */
function pageField(): string {
  const char = (type: string) => `<w:r>${el('w:fldChar', { 'w:fldCharType': type })}</w:r>`;
  return `${char('begin')}<w:r>${el('w:instrText', { 'xml:space': 'preserve' }, ' PAGE ')}</w:r>${char('separate')}${run('1')}${char('end')}`;
}

/**
 * A footer part with the page number `— N —`.
 * @param side `right` for odd pages, `left` for even pages (GB/T 9704 7.5)
 */
export function footerXml(side: 'left' | 'right'): string {
  const inset = el('w:ind', { [side === 'right' ? 'w:right' : 'w:left']: PAGE_NUMBER_INSET });
  const body = paragraph(STYLE.footer, run('— ') + pageField() + run(' —'), inset + el('w:jc', { 'w:val': side }));
  return xmlPart('w:ftr', PART_NS, body);
}

/** Word's text-path shape type (`o:spt="136"`), which a watermark's shape refers to. */
const TEXT_PATH_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas>' +
  [
    'sum #0 0 10800',
    'prod #0 2 1',
    'sum 21600 0 @1',
    'sum 0 0 @2',
    'sum 21600 0 @3',
    'if @0 @3 0',
    'if @0 21600 @1',
    'if @0 0 @2',
    'if @0 @4 21600',
    'mid @5 @6',
    'mid @8 @5',
    'mid @7 @8',
    'mid @6 @7',
    'sum @6 0 @5',
  ]
    .map((eqn) => `<v:f eqn="${eqn}"/>`)
    .join('') +
  '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

/**
 * A draft's header part: a small 草稿 marker and, behind the text, a grey diagonal 草稿 watermark.
 * @param id distinguishes the watermark shapes of the odd and even headers
 */
export function draftHeaderXml(id: number, font: string): string {
  const style =
    'position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;rotation:315;z-index:-251654144;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin';
  const shape = el(
    'v:shape',
    {
      id: `zfxxgkDraftWatermark${id}`,
      'o:spid': `_x0000_s${2048 + id}`,
      type: '#_x0000_t136',
      style,
      'o:allowincell': 'f',
      fillcolor: '#d9d9d9',
      stroked: 'f',
    },
    el('v:fill', { opacity: '.5' }),
    el('v:textpath', { style: `font-family:"${font}";font-size:1pt`, string: '草稿' }),
  );
  const watermark = `<w:r><w:pict>${id === 1 ? TEXT_PATH_TYPE : ''}${shape}</w:pict></w:r>`;
  return xmlPart('w:hdr', PART_NS, paragraph(STYLE.header, watermark + run('草稿 · 未经核对，不得发布')));
}

/** `word/settings.xml`: different odd and even headers and footers, Word 2013+ layout, zh-CN. */
export function settingsXml(): string {
  return xmlPart(
    'w:settings',
    { 'xmlns:w': W_NS },
    el('w:zoom', { 'w:percent': 100 }),
    el('w:defaultTabStop', { 'w:val': 420 }),
    el('w:evenAndOddHeaders'),
    el('w:characterSpacingControl', { 'w:val': 'compressPunctuation' }),
    el(
      'w:compat',
      {},
      el('w:compatSetting', {
        'w:name': 'compatibilityMode',
        'w:uri': 'http://schemas.microsoft.com/office/word',
        'w:val': 15,
      }),
    ),
    el('w:themeFontLang', { 'w:val': 'en-US', 'w:eastAsia': 'zh-CN' }),
  );
}
