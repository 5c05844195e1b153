/**
 * Which open faces zfxxgk prepares for its PDFs, where Debian puts them, and which characters
 * each prepared cut keeps (GB2312 plus the punctuation and symbols reports use).
 */
import { existsSync } from 'node:fs';

/** One prepared face: the output name, its source, and the family it is renamed to. */
export interface PreparedFace {
  /** Output file name without `.ttf`. */
  readonly key: string;
  /** Source font file (a .ttc collection or a lone font). */
  readonly source: string;
  /** PostScript name of the face inside the source (picks the SC member of a .ttc). */
  readonly postScriptName: string;
  /** New family name: the OFL asks modified fonts not to pose as the original. */
  readonly family: string;
  readonly style: 'Regular' | 'Bold';
  /** The Debian package that installs the source. */
  readonly debianPackage: string;
}

const NOTO = '/usr/share/fonts/opentype/noto/';
const WENKAI = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf';

/** The faces, in the order they are built; `zfxxgk-serif` is the body face. */
export const PREPARED_FACES: readonly PreparedFace[] = [
  {
    key: 'zfxxgk-serif',
    source: `${NOTO}NotoSerifCJK-Regular.ttc`,
    postScriptName: 'NotoSerifCJKsc-Regular',
    family: 'zfxxgk Serif',
    style: 'Regular',
    debianPackage: 'fonts-noto-cjk',
  },
  {
    key: 'zfxxgk-serif-bold',
    source: `${NOTO}NotoSerifCJK-Bold.ttc`,
    postScriptName: 'NotoSerifCJKsc-Bold',
    family: 'zfxxgk Serif',
    style: 'Bold',
    debianPackage: 'fonts-noto-cjk',
  },
  {
    key: 'zfxxgk-sans',
    source: `${NOTO}NotoSansCJK-Regular.ttc`,
    postScriptName: 'NotoSansCJKsc-Regular',
    family: 'zfxxgk Sans',
    style: 'Regular',
    debianPackage: 'fonts-noto-cjk',
  },
  {
    key: 'zfxxgk-sans-bold',
    source: `${NOTO}NotoSansCJK-Bold.ttc`,
    postScriptName: 'NotoSansCJKsc-Bold',
    family: 'zfxxgk Sans',
    style: 'Bold',
    debianPackage: 'fonts-noto-cjk',
  },
  {
    key: 'zfxxgk-kai',
    source: WENKAI,
    postScriptName: 'LXGWWenKai-Regular',
    family: 'zfxxgk Kai',
    style: 'Regular',
    debianPackage: 'fonts-lxgw-wenkai',
  },
];

/** The Debian packages whose source fonts are missing (empty when all are there). */
export function missingSourcePackages(faces: readonly PreparedFace[] = PREPARED_FACES): string[] {
  return [...new Set(faces.filter((f) => !existsSync(f.source)).map((f) => f.debianPackage))];
}

/** How many characters a cut keeps. */
export type FontCoverage = 'gb2312' | 'uro';

/** Ranges kept besides GB2312; code points a face lacks are skipped. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x00ff], // Latin-1: ·×÷§°±
  [0x2000, 0x206f], // general punctuation: ‘’“”—…‰※
  [0x2100, 0x218f], // letterlike symbols, Roman numerals Ⅰ–Ⅻ
  [0x2460, 0x24ff], // enclosed alphanumerics ①–⑳ ⑴ ⒈
  [0x3000, 0x303f], // CJK symbols and punctuation: 、。〈〉《》「」〔〕〇
  [0x3200, 0x32ff], // enclosed CJK ㈠–㈩
  [0xff00, 0xffef], // full-width forms
];

/** CJK Unified Ideographs: every common hanzi, GB2312 or not. */
const URO: readonly [number, number] = [0x4e00, 0x9fff];

/**
 * The characters of GB2312, read by decoding every EUC-CN byte pair of its rows (symbols 1–9,
 * hanzi 16–87) with the GBK decoder; GBK's few additions in the symbol rows come along, and its
 * private-use slots are left out.
 */
export function gb2312CodePoints(): Set<number> {
  const decoder = new TextDecoder('gbk');
  const out = new Set<number>();
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    if (hi >= 0xaa && hi <= 0xaf) continue; // rows 10–15 are empty in GB2312
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const text = decoder.decode(new Uint8Array([hi, lo]));
      const cp = text.codePointAt(0)!;
      if (text.length === 1 && cp !== 0xfffd && (cp < 0xe000 || cp > 0xf8ff)) out.add(cp);
    }
  }
  return out;
}

/** Every code point a cut keeps: GB2312 (or all of the URO block), the ranges above, and extras. */
export function wantedCodePoints(coverage: FontCoverage, extraChars = ''): Set<number> {
  const out = gb2312CodePoints();
  if (coverage === 'uro') for (let cp = URO[0]; cp <= URO[1]; cp++) out.add(cp);
  for (const [lo, hi] of RANGES) for (let cp = lo; cp <= hi; cp++) out.add(cp);
  for (const ch of extraChars) if (ch.trim() !== '') out.add(ch.codePointAt(0)!);
  return out;
}
