import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cubicToQuadratic } from '../../src/pdf/fonts-outline.js';

type XY = readonly [number, number];
const cubicAt = (p: readonly XY[], t: number): XY => {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [w.reduce((s, k, i) => s + k * p[i]![0], 0), w.reduce((s, k, i) => s + k * p[i]![1], 0)];
};
const quadAt = (a: XY, c: XY, b: XY, t: number): XY => {
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
};

describe('cubicToQuadratic', () => {
  it('stays within the tolerance of the cubic along every piece, and ends on its end point', () => {
    const point = fc.tuple(fc.integer({ min: -1000, max: 2000 }), fc.integer({ min: -1000, max: 2000 }));
    fc.assert(
      fc.property(fc.tuple(point, point, point, point), (cubic) => {
        const out = cubicToQuadratic(...cubic, 1);
        expect(out[out.length - 1]).toEqual(cubic[3]);
        const n = out.length / 2;
        let start: XY = cubic[0];
        for (let i = 0; i < n; i++) {
          const [control, end] = [out[2 * i]!, out[2 * i + 1]!];
          for (let k = 0; k <= 10; k++) {
            const q = quadAt(start, control, end, k / 10);
            const c = cubicAt(cubic, (i + k / 10) / n);
            expect(Math.hypot(q[0] - c[0], q[1] - c[1])).toBeLessThanOrEqual(1.0001);
          }
          start = end;
        }
      }),
    );
  });

  it('uses one piece for a cubic that is already a quadratic', () => {
    // 0, 2/3·(30,60), … : the degree-raised form of the quadratic (0,0) (30,60) (90,0)
    expect(cubicToQuadratic([0, 0], [20, 40], [50, 40], [90, 0])).toEqual([
      [30, 60],
      [90, 0],
    ]);
  });
});
