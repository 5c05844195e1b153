/**
 * Golden page images: a page rendered to PNG is compared with the stored one, pixel by pixel
 * (pixelmatch), with an explicit tolerance. With `UPDATE_GOLDEN=1` (`npm run golden`) the image is
 * written instead; a missing image is written and the test fails, so it is looked at before commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/** Share of the pixels that may differ (anti-aliasing across machines), no more. */
export const GOLDEN_TOLERANCE = 0.005;

/**
 * Compares a PNG with the golden image at `path`, or writes it when asked to (`UPDATE_GOLDEN`).
 * @example expectGolden(projectPath('tests/docx/golden/lo-table-3.png'), pagePng(pdf, 5));
 */
export function expectGolden(path: string, png: Buffer): void {
  if (process.env['UPDATE_GOLDEN'] || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, png);
    if (!process.env['UPDATE_GOLDEN'])
      throw new Error(`golden image ${path} was missing and has been written; look at it, then run again`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(png);
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const diff = pixelmatch(expected.data, actual.data, null, actual.width, actual.height, { threshold: 0.15 });
  expect(diff / (actual.width * actual.height)).toBeLessThan(GOLDEN_TOLERANCE);
}
