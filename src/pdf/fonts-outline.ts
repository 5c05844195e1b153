/**
 * Glyph outlines for the CFF → TrueType conversion: HarfBuzz draws each glyph of a CFF font as
 * cubic curves, and each cubic becomes as many quadratic pieces as it takes to stay within a
 * tolerance (1 font unit, as fontTools' cu2qu is used for the same job).
 */
import type { Blob as HbBlob, DrawFuncs as HbDrawFuncs, Face as HbFace, Font as HbFont } from 'harfbuzzjs';

/** A point of a TrueType contour; `on` marks on-curve points. */
export interface OutlinePoint {
  readonly x: number;
  readonly y: number;
  readonly on: boolean;
}

/** A glyph: its closed contours, in TrueType order (clockwise outside). */
export type Outline = readonly (readonly OutlinePoint[])[];

type XY = readonly [number, number];

/**
 * Quadratic pieces approximating the cubic p0 p1 p2 p3 within `tolerance` (font units), as the
 * points after p0: control, end, control, end, …. Each piece's control is the mid-point
 * approximation (3(b + c) − (a + d)) / 4, whose largest distance from the cubic piece is
 * √3/36 · |d − 3c + 3b − a|; that third difference shrinks with the cube of the piece count.
 */
export function cubicToQuadratic(p0: XY, p1: XY, p2: XY, p3: XY, tolerance = 1): XY[] {
  const dx = p3[0] - 3 * p2[0] + 3 * p1[0] - p0[0];
  const dy = p3[1] - 3 * p2[1] + 3 * p1[1] - p0[1];
  const error = (Math.hypot(dx, dy) * Math.sqrt(3)) / 36;
  const n = Math.min(32, Math.max(1, Math.ceil(Math.cbrt(error / tolerance) - 1e-9)));
  const at = (t: number): XY => {
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
  };
  const slope = (t: number): XY => {
    const u = 1 - t;
    const [a, b, c] = [3 * u * u, 6 * u * t, 3 * t * t];
    return [
      a * (p1[0] - p0[0]) + b * (p2[0] - p1[0]) + c * (p3[0] - p2[0]),
      a * (p1[1] - p0[1]) + b * (p2[1] - p1[1]) + c * (p3[1] - p2[1]),
    ];
  };
  const out: XY[] = [];
  for (let i = 0; i < n; i++) {
    const [t0, t1] = [i / n, (i + 1) / n];
    const h = (t1 - t0) / 3;
    const a = at(t0);
    const d = i === n - 1 ? p3 : at(t1);
    const [s0, s1] = [slope(t0), slope(t1)];
    const b: XY = [a[0] + h * s0[0], a[1] + h * s0[1]];
    const c: XY = [d[0] - h * s1[0], d[1] - h * s1[1]];
    out.push([(3 * (b[0] + c[0]) - (a[0] + d[0])) / 4, (3 * (b[1] + c[1]) - (a[1] + d[1])) / 4], d);
  }
  return out;
}

/** Rounds a contour to integers, drops repeated points and the closing copy of the start, and
 *  reverses it: CFF draws outer contours counter-clockwise, TrueType clockwise. */
function finishContour(points: OutlinePoint[]): OutlinePoint[] {
  const rounded: OutlinePoint[] = [];
  for (const p of points) {
    const q = { x: Math.round(p.x), y: Math.round(p.y), on: p.on };
    const last = rounded[rounded.length - 1];
    if (last && last.on && q.on && last.x === q.x && last.y === q.y) continue;
    rounded.push(q);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (rounded.length > 1 && first && last && last.on && last.x === first.x && last.y === first.y) rounded.pop();
  if (rounded.length < 2) return [];
  return [rounded[0]!, ...rounded.slice(1).reverse()];
}

/**
 * Every glyph of a font as quadratic TrueType contours, drawn by HarfBuzz in font units.
 * @param font the font's bytes (a CFF-flavoured OpenType font)
 * @param glyphCount how many glyphs it has (maxp.numGlyphs)
 */
export async function drawOutlines(font: Uint8Array, glyphCount: number, tolerance = 1): Promise<Outline[]> {
  // Loaded here: HarfBuzz starts its wasm module at import.
  const hb = await import('harfbuzzjs');
  const blob: HbBlob = new hb.Blob(font);
  const face: HbFace = new hb.Face(blob, 0);
  const hbFont: HbFont = new hb.Font(face);
  let contours: OutlinePoint[][] = [];
  let current: OutlinePoint[] = [];
  let pen: XY = [0, 0];
  const close = () => {
    const done = finishContour(current);
    if (done.length > 0) contours.push(done);
    current = [];
  };
  const funcs: HbDrawFuncs = new hb.DrawFuncs();
  funcs.setMoveToFunc((x, y) => {
    if (current.length > 0) close();
    current.push({ x, y, on: true });
    pen = [x, y];
  });
  funcs.setLineToFunc((x, y) => {
    current.push({ x, y, on: true });
    pen = [x, y];
  });
  funcs.setQuadraticToFunc((cx, cy, x, y) => {
    current.push({ x: cx, y: cy, on: false }, { x, y, on: true });
    pen = [x, y];
  });
  funcs.setCubicToFunc((c1x, c1y, c2x, c2y, x, y) => {
    const pieces = cubicToQuadratic(pen, [c1x, c1y], [c2x, c2y], [x, y], tolerance);
    pieces.forEach(([px, py], i) => current.push({ x: px, y: py, on: i % 2 === 1 }));
    pen = [x, y];
  });
  funcs.setClosePathFunc(close);
  const outlines: Outline[] = [];
  for (let gid = 0; gid < glyphCount; gid++) {
    contours = [];
    current = [];
    hbFont.drawGlyph(gid, funcs);
    if (current.length > 0) close();
    outlines.push(contours);
  }
  return outlines;
}
