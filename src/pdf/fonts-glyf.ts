/**
 * Writes quadratic outlines as TrueType `glyf`/`loca` tables and brings the tables that depend
 * on them (`head`, `hhea`, `hmtx`, `maxp`) in step, replacing a font's `CFF ` outlines.
 */
import type { Outline } from './fonts-outline.js';
import type { SfntTables } from './fonts-sfnt.js';

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A simple glyph record, or an empty one for a glyph without contours. */
function encodeGlyph(outline: Outline): { bytes: Uint8Array; box?: Box; points: number } {
  const points = outline.flat();
  if (points.length === 0) return { bytes: new Uint8Array(0), points: 0 };
  const box: Box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (const p of points) {
    box.xMin = Math.min(box.xMin, p.x);
    box.yMin = Math.min(box.yMin, p.y);
    box.xMax = Math.max(box.xMax, p.x);
    box.yMax = Math.max(box.yMax, p.y);
  }
  const flags: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let [px, py] = [0, 0];
  const coord = (d: number, short: number, same: number, out: number[], wide: number[]) => {
    if (d === 0) return same;
    if (Math.abs(d) < 256) {
      out.push(Math.abs(d));
      return short | (d > 0 ? same : 0);
    }
    wide.push((d >> 8) & 0xff, d & 0xff);
    return 0;
  };
  for (const p of points) {
    let flag = p.on ? ON_CURVE : 0;
    const xBytes: number[] = [];
    const yBytes: number[] = [];
    flag |= coord(p.x - px, X_SHORT, X_SAME_OR_POSITIVE, xBytes, xBytes);
    flag |= coord(p.y - py, Y_SHORT, Y_SAME_OR_POSITIVE, yBytes, yBytes);
    xs.push(...xBytes);
    ys.push(...yBytes);
    flags.push(flag);
    [px, py] = [p.x, p.y];
  }
  const packed: number[] = [];
  for (let i = 0; i < flags.length; ) {
    let run = 1;
    while (i + run < flags.length && flags[i + run] === flags[i] && run < 256) run++;
    if (run > 1) packed.push(flags[i]! | REPEAT, run - 1);
    else packed.push(flags[i]!);
    i += run;
  }
  const size = 10 + 2 * outline.length + 2 + packed.length + xs.length + ys.length;
  const bytes = new Uint8Array((size + 3) & ~3);
  const dv = new DataView(bytes.buffer);
  dv.setInt16(0, outline.length);
  dv.setInt16(2, box.xMin);
  dv.setInt16(4, box.yMin);
  dv.setInt16(6, box.xMax);
  dv.setInt16(8, box.yMax);
  let at = 10;
  let end = -1;
  for (const contour of outline) {
    end += contour.length;
    dv.setUint16(at, end);
    at += 2;
  }
  at += 2; // no instructions: hinting means nothing in a PDF
  bytes.set(packed, at);
  bytes.set(xs, at + packed.length);
  bytes.set(ys, at + packed.length + xs.length);
  return { bytes, box, points: points.length };
}

/**
 * The tables of a TrueType font with these outlines in place of the CFF ones: `glyf`, long
 * `loca`, `maxp` 1.0, left side bearings equal to xMin, bounding boxes recomputed, and
 * `CFF `/`VORG` (CFF-only) dropped. Returns a new map; the input is left as it was.
 */
export function withGlyfOutlines(tables: SfntTables, outlines: readonly Outline[]): SfntTables {
  const out: SfntTables = new Map(tables);
  out.delete('CFF ');
  out.delete('VORG');
  const glyphs = outlines.map(encodeGlyph);
  const loca = new Uint8Array(4 * (glyphs.length + 1));
  const locaView = new DataView(loca.buffer);
  const glyf = new Uint8Array(glyphs.reduce((n, g) => n + g.bytes.length, 0));
  let offset = 0;
  glyphs.forEach((g, i) => {
    locaView.setUint32(4 * i, offset);
    glyf.set(g.bytes, offset);
    offset += g.bytes.length;
  });
  locaView.setUint32(4 * glyphs.length, offset);
  out.set('glyf', glyf);
  out.set('loca', loca);

  const maxp = new Uint8Array(32);
  const maxpView = new DataView(maxp.buffer);
  maxpView.setUint32(0, 0x00010000);
  maxpView.setUint16(4, glyphs.length);
  maxpView.setUint16(6, Math.max(0, ...glyphs.map((g) => g.points)));
  maxpView.setUint16(8, Math.max(0, ...outlines.map((o) => o.length)));
  maxpView.setUint16(14, 1); // maxZones: no twilight zone
  out.set('maxp', maxp);

  const hhea = tables.get('hhea')!.slice();
  const hheaView = new DataView(hhea.buffer);
  const longMetrics = hheaView.getUint16(34);
  const hmtx = tables.get('hmtx')!.slice();
  const hmtxView = new DataView(hmtx.buffer);
  const all: Box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  let [minLsb, minRsb, maxExtent] = [Infinity, Infinity, -Infinity];
  glyphs.forEach((g, i) => {
    const lsbAt = i < longMetrics ? 4 * i + 2 : 4 * longMetrics + 2 * (i - longMetrics);
    const advance = hmtxView.getUint16(4 * Math.min(i, longMetrics - 1));
    hmtxView.setInt16(lsbAt, g.box?.xMin ?? 0);
    if (!g.box) return;
    all.xMin = Math.min(all.xMin, g.box.xMin);
    all.yMin = Math.min(all.yMin, g.box.yMin);
    all.xMax = Math.max(all.xMax, g.box.xMax);
    all.yMax = Math.max(all.yMax, g.box.yMax);
    minLsb = Math.min(minLsb, g.box.xMin);
    minRsb = Math.min(minRsb, advance - g.box.xMax);
    maxExtent = Math.max(maxExtent, g.box.xMax);
  });
  if (Number.isFinite(minLsb)) {
    hheaView.setInt16(10, minLsb);
    hheaView.setInt16(12, minRsb);
    hheaView.setInt16(14, maxExtent);
  }
  out.set('hhea', hhea);
  out.set('hmtx', hmtx);

  const head = tables.get('head')!.slice();
  const headView = new DataView(head.buffer);
  if (Number.isFinite(all.xMin)) {
    headView.setInt16(36, all.xMin);
    headView.setInt16(38, all.yMin);
    headView.setInt16(40, all.xMax);
    headView.setInt16(42, all.yMax);
  }
  headView.setInt16(50, 1); // indexToLocFormat: long offsets
  headView.setInt16(52, 0); // glyphDataFormat
  out.set('head', head);
  return out;
}

/** A `post` table of version 3 (no glyph names: PDFs map text through `cmap`). */
export function postVersion3(post: Uint8Array): Uint8Array {
  const out = post.slice(0, 32);
  new DataView(out.buffer).setUint32(0, 0x00030000);
  return out;
}
