/**
 * validate() measures the bounds of a report of exactly the format's shape on its lists and texts
 * only (checks/limits-exact.ts). Whatever the bounds and the text, that must give the issues the
 * full walk gives, or hand over to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLimits } from '../../src/checks/limits.js';
import { checkLimitsOfExactShape } from '../../src/checks/limits-exact.js';
import { readIfExactShape } from '../../src/checks/fast-shape.js';
import { compileEdition } from '../../src/format/compile.js';
import { EDITION_2021 } from '../../src/index.js';
import { DEFAULT_LIMITS, type ValidationLimits } from '../../src/model/limits.js';
import { reportShape } from '../../src/model/shape.js';
import { seedReport } from '../helpers/reports.js';

const edition = compileEdition(EDITION_2021);
const sorted = (drafts: readonly unknown[]) => drafts.map((d) => JSON.stringify(d)).sort();

/** A text of a few lines of the given lengths. */
const text = fc
  .array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.map((n) => '公'.repeat(n)).join('\n'));

/** Values, list items and nesting of a value, counted as the full walk counts them. */
function measure(value: unknown, depth = 1): { values: number; items: number; depth: number } {
  const out = { values: 0, items: 0, depth };
  if (value === null || typeof value !== 'object') return out;
  const children = Array.isArray(value) ? value : Object.values(value);
  out.values += children.length;
  if (Array.isArray(value)) out.items += value.length;
  for (const child of children) {
    const inner = measure(child, depth + 1);
    out.values += inner.values;
    out.items += inner.items;
    if (child !== null && typeof child === 'object') out.depth = Math.max(out.depth, inner.depth);
  }
  return out;
}

describe('the bounds of a report of the exact shape', () => {
  it('give the issues of the full walk, or hand over to it', () => {
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.integer({ min: 0, max: 30 }),
        fc.tuple(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -8, max: 8 }), fc.integer({ min: -2, max: 2 })),
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 5, max: 200 }),
        (agency, heading, paragraph, extra, [dv, di, dd], maxTextLength, maxLineLength) => {
          const report = seedReport();
          report.agency = agency.replace(/\n/g, '');
          report.overview = [
            { heading, paragraphs: [paragraph, ...Array.from({ length: extra }, () => '另')] },
            ...report.overview,
          ];
          report.otherMatters = [paragraph, ...report.otherMatters];
          // The seed itself must keep the exact shape, or this tests nothing.
          expect(readIfExactShape(edition, report)).toBeDefined();
          const size = measure(report);
          const bounds: ValidationLimits = {
            maxInputBytes: DEFAULT_LIMITS.maxInputBytes,
            maxTextLength,
            maxLineLength,
            maxValues: size.values + 1 + dv,
            maxItems: Math.max(1, size.items + di),
            maxDepth: Math.max(1, size.depth + dd),
          };
          const full = checkLimits(report, bounds);
          const exact = checkLimitsOfExactShape(reportShape(EDITION_2021), report, bounds);
          if (full.stop) expect(exact).toBeUndefined();
          if (exact) expect(sorted(exact.drafts)).toEqual(sorted(full.drafts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('measure the texts the shape allows anywhere: the header, narrative paragraphs and headings', () => {
    const report = seedReport();
    report.overview = [{ heading: '甲'.repeat(30), paragraphs: ['乙'.repeat(40)] }, ...report.overview];
    const bounds = { ...DEFAULT_LIMITS, maxLineLength: 25 };
    const exact = checkLimitsOfExactShape(reportShape(EDITION_2021), report, bounds)!;
    const paths = exact.drafts.map((d) => d.path.join('.'));
    expect(paths).toContain('overview.0.heading');
    expect(paths).toContain('overview.0.paragraphs.0');
    expect(paths).toContain('title');
  });
});
