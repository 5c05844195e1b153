/**
 * The typefaces a Word file names. Word cannot embed our open substitutes the way the PDF does, so
 * the document names the official faces and declares in its font table what each may fall back to
 * (`w:altName`, family and charset), which Word and WPS use when a face is missing.
 */
import { el, xmlPart } from './xml.js';
import { W_NS } from './namespaces.js';

/** The faces of the document, by role. */
export interface DocxFonts {
  /** Title (2号): 方正小标宋简体. */
  readonly title: string;
  /** Body and level-3/4 headings (3号): 仿宋_GB2312. */
  readonly body: string;
  /** Level-1 headings: 黑体. */
  readonly hei: string;
  /** Level-2 headings and table 三's corner note: 楷体_GB2312. */
  readonly kai: string;
  /** Tables and page numbers: 宋体. */
  readonly song: string;
  /** Latin letters and digits in the body: Times New Roman. */
  readonly latin: string;
}

/** The official faces (SPEC A5, B §10.3). */
export const DEFAULT_FONTS: DocxFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
};

interface FontFacts {
  readonly altName?: string;
  readonly family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  readonly charset: string;
  readonly pitch: 'fixed' | 'variable';
}

/** What Word needs to pick a substitute for a face it lacks; keyed by face name. */
const KNOWN_FACES: Readonly<Record<string, FontFacts>> = {
  方正小标宋简体: { altName: '宋体', family: 'auto', charset: '86', pitch: 'variable' },
  仿宋_GB2312: { altName: '仿宋', family: 'modern', charset: '86', pitch: 'fixed' },
  仿宋: { altName: 'FangSong', family: 'modern', charset: '86', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', family: 'modern', charset: '86', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', family: 'modern', charset: '86', pitch: 'fixed' },
  黑体: { altName: 'SimHei', family: 'modern', charset: '86', pitch: 'fixed' },
  宋体: { altName: 'SimSun', family: 'auto', charset: '86', pitch: 'variable' },
  'Times New Roman': { family: 'roman', charset: '00', pitch: 'variable' },
};

function fontEntry(name: string): string {
  const facts = KNOWN_FACES[name] ?? { family: 'auto', charset: '86', pitch: 'variable' };
  return el(
    'w:font',
    { 'w:name': name },
    facts.altName ? el('w:altName', { 'w:val': facts.altName }) : '',
    el('w:charset', { 'w:val': facts.charset }),
    el('w:family', { 'w:val': facts.family }),
    el('w:pitch', { 'w:val': facts.pitch }),
  );
}

/**
 * `word/fontTable.xml`: each face the document uses, then the fallbacks they name, once each.
 * @example fontTableXml(DEFAULT_FONTS)
 */
export function fontTableXml(fonts: DocxFonts): string {
  const names = new Set<string>(Object.values(fonts));
  for (const name of [...names]) {
    const alt = KNOWN_FACES[name]?.altName;
    if (alt && KNOWN_FACES[alt]) names.add(alt);
  }
  return xmlPart('w:fonts', { 'xmlns:w': W_NS }, ...[...names].map(fontEntry));
}
