/**
 * Builds one prepared face in memory: cut the SC face of the source to the wanted characters
 * (hb-subset), turn CFF outlines into TrueType ones, and rename it. Chromium embeds the result
 * in PDFs as a CID TrueType subset; the CFF original would become a Type 3 font.
 */
import { readFile } from 'node:fs/promises';
import type { PreparedFace } from './fonts-faces.js';
import { postVersion3, withGlyfOutlines } from './fonts-glyf.js';
import { drawOutlines } from './fonts-outline.js';
import { faceIndexOf, makeNameTable, nameRecord, readTables, writeFont } from './fonts-sfnt.js';
import { subsetFace } from './fonts-subset.js';

/** Bumped whenever the output of the same sources would change. */
export const PREPARATION_VERSION = 3;

/** A built face. */
export interface BuiltFace {
  readonly bytes: Uint8Array;
  readonly glyphs: number;
  /** The characters the built face maps. */
  readonly codePoints: ReadonlySet<number>;
  /** Whether the source's CFF outlines were converted. */
  readonly converted: boolean;
  readonly milliseconds: { readonly subset: number; readonly convert: number };
}

/** Thrown when a source font cannot be used. */
export class FontSourceError extends Error {
  override readonly name = 'FontSourceError';
}

/**
 * Builds `face` keeping `codePoints`.
 * @throws FontSourceError when the source lacks the named face
 */
export async function buildFace(face: PreparedFace, codePoints: Iterable<number>): Promise<BuiltFace> {
  const started = performance.now();
  const file = new Uint8Array(await readFile(face.source));
  const index = faceIndexOf(file, face.postScriptName);
  if (index < 0) throw new FontSourceError(`${face.source} 中没有字体 ${face.postScriptName} / face not found`);
  const cut = await subsetFace(file, index, {
    codePoints,
    // 'locl' would pull in the JP/KR/TC variant forms (14k glyphs instead of 8.4k); the CJK
    // spacing features are what Chromium's text-spacing-trim uses.
    dropFeatures: ['locl'],
    addFeatures: ['halt', 'palt', 'vhal', 'vpal', 'chws', 'vchw'],
    dropTables: ['DSIG', 'gasp'],
  });
  const subsetDone = performance.now();
  let tables = readTables(cut);
  const glyphs = new DataView(tables.get('maxp')!.buffer, tables.get('maxp')!.byteOffset).getUint16(4);
  const converted = tables.has('CFF ');
  if (converted) tables = withGlyfOutlines(tables, await drawOutlines(cut, glyphs));
  tables.set('name', renamed(tables.get('name'), face, converted));
  tables.set('post', postVersion3(tables.get('post')!));
  const bytes = writeFont(tables);
  return {
    bytes,
    glyphs,
    codePoints: await mappedCodePoints(bytes),
    converted,
    milliseconds: { subset: Math.round(subsetDone - started), convert: Math.round(performance.now() - subsetDone) },
  };
}

/** The code points a font's cmap maps, read by HarfBuzz. */
async function mappedCodePoints(font: Uint8Array): Promise<Set<number>> {
  const hb = await import('harfbuzzjs');
  return new Set(new hb.Face(new hb.Blob(font), 0).collectUnicodes());
}

/** Own family names; the copyright (0) and licence (13, 14) records are kept, as the OFL asks. */
function renamed(name: Uint8Array | undefined, face: PreparedFace, converted: boolean): Uint8Array {
  const ps = `${face.family.replaceAll(' ', '')}-${face.style}`;
  const records = new Map<number, string>();
  for (const id of [0, 13, 14]) {
    const text = nameRecord(name, id);
    if (text !== undefined) records.set(id, text);
  }
  records.set(1, face.family);
  records.set(2, face.style);
  records.set(3, `${ps};zfxxgk-${PREPARATION_VERSION}`);
  records.set(4, face.style === 'Regular' ? face.family : `${face.family} ${face.style}`);
  records.set(5, `Version ${PREPARATION_VERSION}.0`);
  records.set(6, ps);
  const source = nameRecord(name, 4) ?? face.postScriptName;
  records.set(10, `Subset of ${source}${converted ? ', converted to TrueType,' : ''} made for zfxxgk`);
  return makeNameTable(records);
}
