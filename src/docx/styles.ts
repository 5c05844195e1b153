/**
 * `word/styles.xml`: the GB/T 9704 house style as named Word styles, so a clerk who edits the file
 * keeps it. Body 3号 仿宋 on a fixed pitch, condensed to 28 字 a line, with a 2-字 first-line indent;
 * title 2号 小标宋 centred;
 * level-1 headings 黑体, level-2 楷体 (`heading 1`/`heading 2`, so Word's navigation and mammoth
 * see them); tables 宋体 off the document grid; page numbers 4号 宋体.
 */
import type { DocxFonts } from './fonts.js';
import { BODY_CHAR, CHAR_CONDENSE, LINE_PITCH, SIZE, halfPoints } from './layout.js';
import { W_NS } from './namespaces.js';
import { el, xmlPart } from './xml.js';

/** Style ids the document refers to. */
export const STYLE = {
  body: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  runIn: 'RunInHeading',
  table: 'TableText',
  signature: 'Signature',
  issue: 'DraftIssue',
  header: 'Header',
  footer: 'Footer',
} as const;

/**
 * Run fonts: `eastAsia` for Chinese text, `latin` for Latin letters and digits.
 * @example rFonts('仿宋_GB2312', 'Times New Roman')
 */
export function rFonts(eastAsia: string, latin: string = eastAsia): string {
  return el('w:rFonts', {
    'w:ascii': latin,
    'w:hAnsi': latin,
    'w:eastAsia': eastAsia,
    'w:cs': latin,
    'w:hint': 'eastAsia',
  });
}

/** Run size in points (both `w:sz` and `w:szCs`). */
export function size(points: number): string {
  return el('w:sz', { 'w:val': halfPoints(points) }) + el('w:szCs', { 'w:val': halfPoints(points) });
}

/** Fixed line spacing at the grid's pitch, nothing before or after unless given (in twips). */
function pitch(before = 0, after = 0): string {
  return el('w:spacing', { 'w:before': before, 'w:after': after, 'w:line': LINE_PITCH, 'w:lineRule': 'exact' });
}

const NO_INDENT = el('w:ind', { 'w:firstLine': 0, 'w:firstLineChars': 0 });
const SINGLE = el('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' });
const OFF_GRID = el('w:snapToGrid', { 'w:val': 0 });
/** Body characters condensed so 28 fill a line; styles of other sizes set it back. */
const CONDENSED = el('w:spacing', { 'w:val': CHAR_CONDENSE });
const UNCONDENSED = el('w:spacing', { 'w:val': 0 });

interface StyleDef {
  readonly id: string;
  readonly name: string;
  readonly type?: 'paragraph' | 'character';
  readonly basedOn?: string;
  readonly next?: string;
  readonly isDefault?: boolean;
  readonly pPr?: readonly string[];
  readonly rPr?: readonly string[];
}

function style(def: StyleDef): string {
  return el(
    'w:style',
    { 'w:type': def.type ?? 'paragraph', 'w:default': def.isDefault ? 1 : undefined, 'w:styleId': def.id },
    el('w:name', { 'w:val': def.name }),
    def.basedOn ? el('w:basedOn', { 'w:val': def.basedOn }) : '',
    def.next ? el('w:next', { 'w:val': def.next }) : '',
    el('w:qFormat'),
    def.pPr?.length ? el('w:pPr', {}, ...def.pPr) : '',
    def.rPr?.length ? el('w:rPr', {}, ...def.rPr) : '',
  );
}

/**
 * The styles part for a set of faces.
 * @example stylesXml(DEFAULT_FONTS)
 */
export function stylesXml(fonts: DocxFonts): string {
  const defaults = el(
    'w:docDefaults',
    {},
    el(
      'w:rPrDefault',
      {},
      el(
        'w:rPr',
        {},
        rFonts(fonts.body, fonts.latin),
        el('w:kern', { 'w:val': 2 }),
        size(SIZE.body),
        el('w:lang', { 'w:val': 'en-US', 'w:eastAsia': 'zh-CN', 'w:bidi': 'ar-SA' }),
      ),
    ),
    el('w:pPrDefault', {}, el('w:pPr', {}, pitch())),
  );
  const styles: StyleDef[] = [
    {
      id: STYLE.body,
      name: 'Normal',
      isDefault: true,
      pPr: [
        el('w:widowControl', { 'w:val': 0 }),
        pitch(),
        el('w:ind', { 'w:firstLine': 2 * BODY_CHAR, 'w:firstLineChars': 200 }),
        el('w:jc', { 'w:val': 'both' }),
      ],
      rPr: [rFonts(fonts.body, fonts.latin), CONDENSED, size(SIZE.body)],
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.body,
      next: STYLE.body,
      // Off the grid: LibreOffice gives a line taller than the grid's pitch two grid lines.
      pPr: [
        el('w:keepNext'),
        OFF_GRID,
        pitch(0, LINE_PITCH),
        NO_INDENT,
        el('w:jc', { 'w:val': 'center' }),
        el('w:outlineLvl', { 'w:val': 9 }),
      ],
      rPr: [rFonts(fonts.title), UNCONDENSED, size(SIZE.title)],
    },
    {
      id: STYLE.heading1,
      name: 'heading 1',
      basedOn: STYLE.body,
      next: STYLE.body,
      pPr: [el('w:keepNext'), el('w:outlineLvl', { 'w:val': 0 })],
      rPr: [rFonts(fonts.hei, fonts.latin)],
    },
    {
      id: STYLE.heading2,
      name: 'heading 2',
      basedOn: STYLE.body,
      next: STYLE.body,
      pPr: [el('w:keepNext'), el('w:outlineLvl', { 'w:val': 1 })],
      rPr: [rFonts(fonts.kai, fonts.latin)],
    },
    { id: STYLE.runIn, name: 'zfxxgk Run-in Heading', type: 'character', rPr: [rFonts(fonts.kai, fonts.latin)] },
    {
      id: STYLE.table,
      name: 'zfxxgk Table Text',
      basedOn: STYLE.body,
      pPr: [OFF_GRID, SINGLE, NO_INDENT, el('w:jc', { 'w:val': 'center' })],
      rPr: [rFonts(fonts.song), UNCONDENSED, el('w:kern', { 'w:val': 0 }), size(SIZE.table)],
    },
    {
      id: STYLE.signature,
      name: 'Signature',
      basedOn: STYLE.body,
      pPr: [el('w:keepLines'), NO_INDENT, el('w:jc', { 'w:val': 'right' })],
    },
    {
      id: STYLE.issue,
      name: 'zfxxgk Draft Issue',
      basedOn: STYLE.body,
      pPr: [NO_INDENT, el('w:jc', { 'w:val': 'left' })],
    },
    {
      id: STYLE.header,
      name: 'header',
      pPr: [OFF_GRID, SINGLE, el('w:jc', { 'w:val': 'center' })],
      rPr: [rFonts(fonts.hei, fonts.latin), size(SIZE.wideTable)],
    },
    { id: STYLE.footer, name: 'footer', pPr: [OFF_GRID, SINGLE], rPr: [rFonts(fonts.song), size(SIZE.pageNumber)] },
  ];
  return xmlPart('w:styles', { 'xmlns:w': W_NS }, defaults, ...styles.map(style));
}
