import { describe, expect, it } from 'vitest';
import { ReportBuilder, ReportValidationError, validate, type ReportInput } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';

/** The seed report's text, rebuilt through the builder the way an agency system would. */
function seedThroughBuilder() {
  const seed = seedReport();
  return ReportBuilder.create({ agency: seed.agency, year: seed.year })
    .publishedAt(new Date(2024, 0, 27))
    .title(seed.title)
    .narrative('preamble', ...seed.preamble)
    .narrative('overview', ...seed.overview)
    .narrative('problems', ...seed.problems)
    .narrative('otherMatters', ...seed.otherMatters)
    .activeDisclosure({ normativeDocuments: { issued: 1, repealed: 1, inForce: 12 }, licensing: 821, punishment: 9 })
    .requestRow('newReceived', { naturalPerson: 3 })
    .requestRow('results.other.other', { naturalPerson: 3 });
}

describe('ReportBuilder', () => {
  it('builds the seed report from its leaf cells, deriving every total', () => {
    const result = seedThroughBuilder().build();
    expect(result.ok).toBe(true);
    expect(result.report).toEqual(seedReport());
  });

  it('returns a new builder from every method and leaves the old one as it was', () => {
    const a = ReportBuilder.create({ agency: '工布江达县人民政府', year: 2023 });
    const b = a.requestRow('newReceived', { naturalPerson: 3 });
    expect(a).not.toBe(b);
    expect(a.toJSON().requests.newReceived.naturalPerson).toBe(0);
    expect(b.toJSON().requests.newReceived.naturalPerson).toBe(3);
    const json = b.toJSON();
    (json.requests.newReceived as { naturalPerson: number }).naturalPerson = 99;
    expect(b.toJSON().requests.newReceived.naturalPerson).toBe(3);
  });

  it('reports every total given wrongly', () => {
    const result = seedThroughBuilder()
      .requestRow('newReceived', { total: 4 })
      .reviewLitigation({ review: { upheld: 1, total: 2 } })
      .build();
    expect(result.ok).toBe(false);
    expect(
      result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.'), i.expected, i.actual]),
    ).toEqual([
      ['T3_ROW_TOTAL', 'requests.newReceived.total', 3, 4],
      ['T4_GROUP_TOTAL', 'reviewLitigation.review.total', 1, 2],
    ]);
  });

  it('cannot build a report whose tables break the 勾稽 rules', () => {
    const builder = seedThroughBuilder().requestRow('results.granted', { commercial: 1 });
    expect(builder.build().ok).toBe(false);
    expect(() => builder.buildOrThrow()).toThrow(ReportValidationError);
    try {
      builder.buildOrThrow();
    } catch (error) {
      expect((error as ReportValidationError).issues.some((i) => i.code === 'T3_BALANCE')).toBe(true);
      expect((error as Error).message).toMatch(/^报告有 1 个错误：/);
    }
  });

  it('starts empty: narrative sections must be written before it builds', () => {
    const result = ReportBuilder.create({ agency: '工布江达县人民政府', year: 2023 }).build();
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'NARRATIVE_EMPTY',
      'NARRATIVE_EMPTY',
      'NARRATIVE_EMPTY',
    ]);
  });

  it('keeps an invalid Date as text so that build() reports it', () => {
    const result = seedThroughBuilder().publishedAt(new Date('nonsense')).build();
    expect(result.issues.find((i) => i.code === 'DATE_INVALID')).toBeDefined();
  });

  it('starts from an existing report without changing it', () => {
    const seed = seedReport();
    const next = ReportBuilder.from(seed as unknown as ReportInput)
      .year(2024)
      .requestRow('carriedOver', { naturalPerson: 0 });
    expect(seed.year).toBe(2023);
    expect(next.toJSON().year).toBe(2024);
    expect(validate(seed).ok).toBe(true);
  });

  it('appends blocks to a narrative part', () => {
    const json = seedThroughBuilder().append('otherMatters', '本年度未收取信息处理费。').toJSON();
    expect(json.otherMatters).toEqual(['无。', '本年度未收取信息处理费。']);
  });
});
