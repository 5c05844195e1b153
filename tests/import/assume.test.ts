/**
 * Assumptions: the cases a page does not settle, settled by the user's explicit choice, each cell
 * filled saying which choice filled it and from what, and a note for each choice.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, importReport } from '../../src/import/index.js';
import { validate } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';
import { mergeOther, page, publishedBy, singleRowOther, withoutRegulationsRow } from './helpers/patterns.js';

describe('importReport with assume SINGLE_ROW_TO_OTHER', () => {
  it('puts each figure of a single-row （六） into 3.其他 and 0 into the other items, saying so on each cell', async () => {
    const published = singleRowOther(await page(), ['3', '0', '0', '0', '0', '', '3']);
    const result = await importReport(published, { kind: 'html', assume: ['SINGLE_ROW_TO_OTHER'] });
    expect(result.unread).toEqual([]);
    expect(result.complete).toBe(true);
    const assumed = result.cells.filter((c) => c.assumed);
    expect(assumed.map((c) => [c.path.slice(3).join('.'), c.value])).toEqual(
      ['overdueCorrection', 'overdueFee', 'other'].flatMap((item) =>
        ['naturalPerson', 'total'].map((col) => [`${item}.${col}`, item === 'other' ? 3 : 0]),
      ),
    );
    expect(assumed[0]).toMatchObject({
      raw: '3',
      assumed: { assumption: 'SINGLE_ROW_TO_OTHER', from: [['requests', 'results', 'other', 'naturalPerson']] },
    });
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        code: 'ASSUMED',
        severity: 'info',
        params: { assumption: 'SINGLE_ROW_TO_OTHER', cells: 6 },
      }),
    );
    // The seed report's 3 are in 3.其他, so the import is the report published.
    expect(result.report).toEqual(seedReport());
    expect(validate(result.report).ok).toBe(true);
  });

  it('leaves the row unread without the choice, and never takes a figure that is not a number', async () => {
    const published = singleRowOther(await page(), ['约3', '0', '0', '0', '0', '', '3']);
    const without = await importReport(published, { kind: 'html' });
    expect(without.unread.filter((u) => u.code === 'SINGLE_ROW')).toHaveLength(6);
    const result = await importReport(published, { kind: 'html', assume: ['SINGLE_ROW_TO_OTHER'] });
    // The 自然人 column is not taken from “约3”: its cells come from each item's own sum instead.
    const naturalPerson = result.cells.filter((c) => c.path[2] === 'other' && c.path[4] === 'naturalPerson');
    expect(naturalPerson.map((c) => [c.path[3], c.assumed, c.inferred?.rule])).toEqual(
      ['overdueCorrection', 'overdueFee', 'other'].map((item) => [item, undefined, 'EQUATION']),
    );
  });
});

describe('importReport with assume MERGED_TO_FIRST', () => {
  it('gives a merged figure to the first row and 0 to the rows it covers', async () => {
    const merged = mergeOther(mergeOther(await page(), 7, 1, 3, '3'), 1, 1, 3, '3');
    const result = await importReport(merged, { kind: 'html', assume: ['MERGED_TO_FIRST'] });
    expect(result.unread).toEqual([]);
    expect(result.cells.filter((c) => c.assumed).map((c) => [c.path.slice(3).join('.'), c.value, c.assumed])).toEqual(
      ['overdueFee', 'other'].flatMap((item) =>
        ['naturalPerson', 'total'].map((col) => [
          `${item}.${col}`,
          0,
          { assumption: 'MERGED_TO_FIRST', from: [['requests', 'results', 'other', 'overdueCorrection', col]] },
        ]),
      ),
    );
    expect(result.report).toHaveProperty('requests.results.other.overdueCorrection.naturalPerson', 3);
    // The sums hold whichever row holds the figure: the user vouches for the row.
    expect(validate(result.report).ok).toBe(true);
  });
});

describe('importReport with assume NO_REGULATIONS_ZERO', () => {
  it('gives 0 to an absent 规章 row of an agency that may make 规章', async () => {
    const result = await importReport(withoutRegulationsRow(await page()), {
      kind: 'html',
      assume: ['NO_REGULATIONS_ZERO'],
    });
    expect(result.report).toEqual(seedReport());
    expect(result.complete).toBe(true);
    expect(result.cells.filter((c) => c.assumed).map((c) => [c.path.join('.'), c.assumed])).toEqual(
      ['issued', 'repealed', 'inForce'].map((col) => [
        `activeDisclosure.regulations.${col}`,
        { assumption: 'NO_REGULATIONS_ZERO', from: [] },
      ]),
    );
  });

  it('leaves the page’s own rule in charge where it applies, and notes the choice unused', async () => {
    const result = await importReport(withoutRegulationsRow(await page(publishedBy('工布江达县教育局'))), {
      kind: 'html',
      assume: ['NO_REGULATIONS_ZERO'],
    });
    expect(result.cells.filter((c) => c.assumed)).toEqual([]);
    expect(result.cells.filter((c) => c.inferred)).toHaveLength(3);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'ASSUMPTION_UNUSED', params: { assumption: 'NO_REGULATIONS_ZERO' } }),
    );
  });
});

/** The title naming the agency with its city, the signature without. */
async function titleWithCity() {
  const report = publishedBy('洪泽区人民政府');
  report['title'] = String(report['title']).replace('洪泽区人民政府', '淮安市洪泽区人民政府');
  return page(report);
}

describe('importReport on a title and a signature naming different agencies', () => {
  it('takes the signature and says why', async () => {
    const result = await importReport(await titleWithCity(), { kind: 'html' });
    expect(result.report['agency']).toBe('洪泽区人民政府');
    const note = result.notes.find((n) => n.code === 'AGENCY_DIFFERS');
    expect(note?.params).toEqual({ title: '淮安市洪泽区人民政府', signature: '洪泽区人民政府', chosen: 'signature' });
    expect(note?.message).toContain('落款是报告机关自己的署名');
  });

  it('takes the title with assume AGENCY_FROM_TITLE, and notes it', async () => {
    const result = await importReport(await titleWithCity(), { kind: 'html', assume: ['AGENCY_FROM_TITLE'] });
    expect(result.report['agency']).toBe('淮安市洪泽区人民政府');
    expect(result.notes.find((n) => n.code === 'AGENCY_DIFFERS')?.params).toMatchObject({ chosen: 'title' });
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'ASSUMED', params: { assumption: 'AGENCY_FROM_TITLE' } }),
    );
  });
});

describe('importReport assumptions', () => {
  it('have words in both languages', () => {
    for (const words of Object.values(ASSUMPTIONS)) {
      expect(words.zh).toMatch(/\p{Script=Han}/u);
      // The English may name an official label in Chinese, but is written in English words.
      expect(words.en).toMatch(/[a-z]{3,} [a-z]{2,}/);
      expect(words.en).not.toBe(words.zh);
    }
  });

  it('refuse an unknown assumption as the caller’s mistake', async () => {
    await expect(importReport('x', { assume: ['SPLIT_EVENLY' as never] })).rejects.toThrow(TypeError);
  });

  it('change no cell that was read', async () => {
    const body = await page();
    const plain = await importReport(body, { kind: 'html' });
    const assumed = await importReport(body, { kind: 'html', assume: Object.keys(ASSUMPTIONS) as never });
    expect(assumed.cells).toEqual(plain.cells);
    expect(assumed.report).toEqual(plain.report);
  });
});
