/**
 * Page breaks with real Chromium: a heading never stands alone at the foot of a page. The seed
 * report is printed again and again with one more line of narrative each time, which walks every
 * heading and every 表二 block through every position on the page; each PDF is read back through
 * its tags, page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEdition } from '../../src/format/editions.js';
import { tableGrid } from '../../src/format/grid.js';
import { sectionHeading } from '../../src/format/labels.js';
import { createPdfRenderer, type PdfRenderer } from '../../src/pdf/index.js';
import { inHeading, rowTexts, taggedPages, type TaggedText } from '../helpers/pdf-structure.js';
import { seedReport } from '../helpers/reports.js';

const edition = getEdition('2021')!;
const grids = edition.tables.map((t) => tableGrid(t));
const cellsOf = (kind: string) =>
  new Set(
    grids
      .flatMap((g) => [...g.head, ...g.body])
      .flat()
      .filter((c) => c.kind === kind)
      .map((c) => c.text),
  );
const corners = cellsOf('corner');
const blockTitles = [...cellsOf('blockTitle')];
const sectionHeadings = edition.sections.map(sectionHeading);

let renderer: PdfRenderer;
beforeAll(() => {
  renderer = createPdfRenderer({ pool: { size: 2 } });
});
afterAll(async () => {
  await renderer?.close();
});

/** Why a page may not end as it does, or undefined when it may. */
function badEnd(page: readonly TaggedText[]): string | undefined {
  const last = page.at(-1);
  if (!last) return undefined;
  if (inHeading(last)) return `heading ${last.text}`;
  if (!last.row) return undefined;
  const row = rowTexts(page, last.row);
  // A body row has a value cell; the corner of 表三 is a TD but part of the header.
  const body = row.some((t) => t.roles.includes('TD') && !corners.has(t.text));
  return body ? undefined : `header row ${row.map((t) => t.text).join(' ')}`;
}

interface Walk {
  /** `k=3 page 4: heading 二、主动公开政府信息情况` for each page that ends badly. */
  readonly bad: string[];
  /** Headings and block titles seen right at a page break (first on a page, or last). */
  readonly atBreak: Set<string>;
}

/** Renders the seed with 0…count−1 extra one-line paragraphs added by `grow`, and reads every page end. */
async function walk(count: number, grow: (report: Record<string, any>, lines: string[]) => void): Promise<Walk> {
  const result: Walk = { bad: [], atBreak: new Set() };
  await Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const report = seedReport();
      grow(
        report,
        Array.from({ length: k }, (_, i) => `第${i + 1}行补充说明。`),
      );
      const pages = await taggedPages((await renderer.render(report)).body);
      pages.forEach((page, i) => {
        if (i > 0 && page[0]) result.atBreak.add(page[0].text);
        if (i === pages.length - 1) return;
        const why = badEnd(page);
        if (why) {
          result.bad.push(`k=${k} page ${i + 1}: ${why}`);
          result.atBreak.add(page.at(-1)!.text);
        }
      });
    }),
  );
  result.bad.sort();
  return result;
}

describe('page breaks in the PDF', () => {
  it('never leave a section heading, a 表二 block heading or a table header without a body row at the foot of a page', async () => {
    // A page holds 22 lines: 26 steps of one line move everything below the preamble through a
    // whole page, and 22 steps in section 五 do the same for the last heading.
    const early = await walk(26, (report, lines) => report.preamble.push(...lines));
    const late = await walk(22, (report, lines) => report.problems.push(...lines));
    expect([...early.bad, ...late.bad]).toEqual([]);
    // The walks did bring them to a page break, else this test could not fail. The first block
    // opens the table and moves with the section heading, which is checked instead; 五 follows
    // 表四 and 表三, which start a page in most of these layouts, so no narrative moves it far.
    const atBreak = new Set([...early.atBreak, ...late.atBreak]);
    const moved = [...blockTitles.slice(1), ...sectionHeadings.filter((h) => !h.startsWith('五、'))];
    expect(moved.filter((t) => !atBreak.has(t))).toEqual([]);
  }, 240_000);
});
