import { describe, expect, it } from 'vitest';
import { findCopies, type CopyInput } from '../../src/index.js';
import { BOILERPLATE_SENTENCES, proseWriter, vocabulary } from '../helpers/corpus.js';
import { deepFreeze, seedReport } from '../helpers/reports.js';

const SEED_PLACE = '工布江达县';

/** The seed report republished by another agency: its name put in, everything else as it was. */
function copiedAs(agency: string, place: string): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(seedReport()).replaceAll(SEED_PLACE, place));
  copy.agency = agency;
  delete copy.title;
  return copy;
}

const words = vocabulary(1500);

/**
 * A report of another agency with its own text, beside the sentences many reports share: the
 * opening, the fee sentence, the phrases of the work points.
 */
function ownReport(agency: string, seed: number): Record<string, any> {
  const write = proseWriter(words, seed);
  const report = seedReport();
  report.agency = agency;
  delete report.title;
  report.preamble = [BOILERPLATE_SENTENCES.slice(0, 3).join('')];
  report.overview = [
    `${BOILERPLATE_SENTENCES[4]}${BOILERPLATE_SENTENCES[5]}`,
    { heading: '主动公开情况', paragraphs: [write(180)] },
    { heading: '政府信息管理情况', paragraphs: [`${BOILERPLATE_SENTENCES[6]}${write(120)}`] },
  ];
  report.problems = [`${write(150)}${BOILERPLATE_SENTENCES[7]}`];
  report.otherMatters = [BOILERPLATE_SENTENCES[3]];
  return report;
}

/** The batch: the seed, two copies of it, and six agencies writing their own text around shared boilerplate. */
function batch(): CopyInput[] {
  const partial = ownReport('林芝市巴宜区人民政府', 100);
  partial.overview = seedReport().overview; // only 总体情况 taken from the seed
  return [
    { id: 'gongbujiangda.json', report: seedReport() },
    { id: 'milin.json', report: copiedAs('米林县人民政府', '米林县') },
    { id: 'bayi.json', report: partial },
    ...['朗县', '察隅县', '墨脱县', '波密县', '错那市', '隆子县'].map((place, i) => ({
      id: `${place}.json`,
      report: ownReport(`${place}人民政府`, i + 1),
    })),
  ];
}

const pairNames = (result: ReturnType<typeof findCopies>) =>
  result.pairs.map((p) => [p.a.agency, p.b.agency].sort().join(' · ')).sort();

describe('findCopies', () => {
  it('finds the seed copied under other agencies’ names, and no pair that shares only boilerplate', () => {
    const result = findCopies(batch());
    expect(pairNames(result)).toEqual(
      [
        '工布江达县人民政府 · 米林县人民政府',
        '工布江达县人民政府 · 林芝市巴宜区人民政府',
        '林芝市巴宜区人民政府 · 米林县人民政府',
      ].sort(),
    );
    // The shared opening and work-point sentences were carried by enough agencies to be boilerplate.
    expect(result.boilerplate.threshold).toBe(5);
    expect(result.boilerplate.commonShingles).toBeGreaterThan(0);
  });

  it('gives each side its share of copied text and the longest shared paragraph', () => {
    const result = findCopies(batch());
    const whole = result.pairs.find(
      (p) =>
        [p.a.agency, p.b.agency].includes('米林县人民政府') && [p.a.agency, p.b.agency].includes('工布江达县人民政府'),
    )!;
    expect(whole.share).toBeGreaterThan(0.9);
    expect(whole.b.share).toBeGreaterThan(0.9);
    expect(whole.paragraph.a).toEqual(whole.paragraph.b);
    expect(whole.paragraph.similarity).toBeGreaterThan(0.9);
    const partial = result.pairs.find(
      (p) => p.a.agency === '林芝市巴宜区人民政府' || p.b.agency === '林芝市巴宜区人民政府',
    )!;
    const bayi = partial.a.agency === '林芝市巴宜区人民政府' ? partial.a : partial.b;
    const other = partial.a === bayi ? partial.b : partial.a;
    // 总体情况 is most of 巴宜区's text, a part of the other's.
    expect(bayi.share).toBeGreaterThan(other.share);
    expect(bayi.paragraphs).toBe(seedReport().overview.length);
  });

  it('warns each report of a pair, naming the other agency, its file and the share', () => {
    const result = findCopies(batch());
    const milin = result.issues[1]!.filter((i) => i.code === 'TEXT_COPIED');
    expect(milin.map((i) => i.params)).toEqual(
      expect.arrayContaining([
        {
          other: '工布江达县人民政府',
          otherYear: 2023,
          otherFile: 'gongbujiangda.json',
          paragraphs: expect.any(Number),
        },
      ]),
    );
    const fromSeed = milin.find((i) => i.code === 'TEXT_COPIED' && i.params.other === '工布江达县人民政府')!;
    expect(fromSeed.severity).toBe('warning');
    expect(fromSeed.actual).toBeGreaterThan(0.9);
    expect(fromSeed.message).toMatch(
      /与“工布江达县人民政府”2023年度的报告（gongbujiangda\.json）相同或几乎相同，占本报告正文的 \d+%/,
    );
    // The agencies that wrote their own text have no issue.
    expect(result.issues.slice(3).map((list) => list.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('reports shared boilerplate as copying when too few agencies carry it to call it boilerplate', () => {
    // The same two own-text reports, alone: their shared sentences are no longer common in the batch.
    const alone = findCopies([{ report: ownReport('朗县人民政府', 1) }, { report: ownReport('察隅县人民政府', 2) }]);
    expect(alone.boilerplate.threshold).toBe(5);
    expect(alone.pairs).toHaveLength(1);
    // …unless the caller names that wording as its own template.
    const named = findCopies([{ report: ownReport('朗县人民政府', 1) }, { report: ownReport('察隅县人民政府', 2) }], {
      boilerplate: { texts: BOILERPLATE_SENTENCES },
    });
    expect(named.pairs).toEqual([]);
  });

  it('never compares two reports of one agency for copying, but finds its tables repeated from the year before', () => {
    const thisYear = seedReport();
    const lastYear = JSON.parse(JSON.stringify(seedReport()).replaceAll('2023', '2022').replaceAll('2024', '2023'));
    const result = findCopies([
      { id: '2023.json', report: thisYear },
      { id: '2022.json', report: lastYear },
    ]);
    expect(result.pairs).toEqual([]);
    expect(result.issues[1]).toEqual([]);
    // Table 四 is all zeros both years: not a sign of anything.
    expect(result.issues[0]!.map((i) => ({ code: i.code, path: i.path, actual: i.actual, params: i.params }))).toEqual([
      {
        code: 'TABLE_REPEATED',
        path: ['activeDisclosure'],
        actual: 2023,
        params: { previousYear: 2022, otherFile: '2022.json' },
      },
      {
        code: 'TABLE_REPEATED',
        path: ['requests'],
        actual: 2023,
        params: { previousYear: 2022, otherFile: '2022.json' },
      },
    ]);
    expect(result.issues[0]![0]!.message).toBe(
      '二、主动公开政府信息情况与本机关 2022 年度报告（2022.json）的同一表格逐格相同，请核对是否沿用了上年数据',
    );
    lastYear.requests.results.granted.naturalPerson += 1;
    expect(findCopies([{ report: thisYear }, { report: lastYear }]).issues[0]!.map((i) => i.path)).toEqual([
      ['activeDisclosure'],
    ]);
  });

  it('skips what is not a report and does not change its input', () => {
    const inputs = deepFreeze([...batch(), { report: null }, { report: 'text' }]);
    const result = findCopies(inputs);
    expect(result.issues).toHaveLength(inputs.length);
    expect(result.issues.at(-1)).toEqual([]);
  });
});
