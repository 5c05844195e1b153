/**
 * zfxxgk prints with Debian's `chromium-headless-shell` when it is installed (the set-up installs it
 * beside `chromium`), because it prints the same PDF for a fraction of the CPU. "The same PDF" is
 * held here: the example reports printed by the headless shell and by the full browser have the
 * same pages pixel for pixel, the same text, metadata, bookmarks and tag structure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATHS, findChromium } from '../../src/pdf/browser/index.js';
import { createPdfRenderer } from '../../src/pdf/index.js';
import { pdfOutline } from '../helpers/pdf-outline.js';
import { taggedPages } from '../helpers/pdf-structure.js';
import { pagePng, pdfFile, pdfInfo, pdfText } from '../helpers/pdf-tools.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL = '/usr/lib/chromium/chromium';

describe('which Chromium prints', () => {
  it('is the headless shell when Debian has both: it comes before the full browser in the usual places', () => {
    expect(CHROMIUM_PATHS.indexOf(SHELL)).toBeGreaterThanOrEqual(0);
    expect(CHROMIUM_PATHS.indexOf(SHELL)).toBeLessThan(CHROMIUM_PATHS.indexOf(FULL));
    // The set-up installs both, so with no variable set this machine's choice is the shell.
    expect(findChromium({})).toBe(SHELL);
  });
});

// The Creator is the printing browser's name ("Chromium" or its user agent): the one field that differs.
const METADATA = ['Title', 'Subject', 'Keywords', 'Author', 'Producer', 'Tagged', 'Pages', 'Page size'];
const metadata = (info: Record<string, string>) => Object.fromEntries(METADATA.map((k) => [k, info[k]]));
const reports = { seed: seedReport(), huaian: huaianReport() };
const printed: Record<string, { shell: Uint8Array; full: Uint8Array }> = {};

beforeAll(async () => {
  const shell = createPdfRenderer({ pool: { size: 1, executablePath: SHELL } });
  const full = createPdfRenderer({ pool: { size: 1, executablePath: FULL } });
  try {
    for (const [name, report] of Object.entries(reports))
      printed[name] = { shell: (await shell.render(report)).body, full: (await full.render(report)).body };
  } finally {
    await Promise.all([shell.close(), full.close()]);
  }
}, 120_000);

afterAll(() => {
  for (const key of Object.keys(printed)) delete printed[key];
});

describe.each(Object.keys(reports))('the %s report printed by the headless shell', (name) => {
  it('has the metadata, the text and every page of the full browser’s print, pixel for pixel', () => {
    const shell = pdfFile(printed[name]!.shell);
    const full = pdfFile(printed[name]!.full);
    expect(pdfInfo(shell)['Tagged']).toBe('yes');
    expect(metadata(pdfInfo(shell))).toEqual(metadata(pdfInfo(full)));
    expect(pdfText(shell)).toBe(pdfText(full));
    const pages = Number(pdfInfo(shell)['Pages']);
    for (let p = 1; p <= pages; p++) expect(pagePng(shell, p).equals(pagePng(full, p)), `page ${p}`).toBe(true);
  });

  it('has the bookmarks and the tag structure of the full browser’s print', async () => {
    const { shell, full } = printed[name]!;
    const outline = await pdfOutline(shell);
    expect(outline.length).toBeGreaterThan(0);
    expect(outline).toEqual(await pdfOutline(full));
    expect(await taggedPages(shell)).toEqual(await taggedPages(full));
  }, 60_000);
});
