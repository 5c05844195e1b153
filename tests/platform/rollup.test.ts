import { describe, expect, it } from 'vitest';
import {
  aggregateTables,
  checkRollup,
  checkRoster,
  compileEdition,
  EDITION_2021,
  readRosterCsv,
  validate,
  type RollupReport,
  type RosterUnit,
} from '../../src/index.js';
import { deepFreeze } from '../helpers/reports.js';
import { COUNTY_ROSTER, reportOf } from './fixtures.js';

const edition = compileEdition(EDITION_2021);
const tableKeys = [...new Set(edition.cells.map((c) => c.path[0]!))];

function units(csv = COUNTY_ROSTER): readonly RosterUnit[] {
  const read = readRosterCsv(csv);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.units;
}

/** A valid report of the batch, as `batch` hands it to the roll-up. */
function valid(report: unknown, file: string): RollupReport {
  const result = validate(report);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return { agency: result.report.agency, year: result.report.year, file, report: result.report };
}

/** The county's own report: the seed's narrative, and tables that are the sums over `parts`. */
function regionReport(parts: readonly Record<string, any>[]): Record<string, any> {
  const sums = aggregateTables(EDITION_2021, parts, { agency: '工布江达县人民政府', year: 2023 });
  const region = reportOf('工布江达县人民政府');
  for (const key of tableKeys) region[key] = sums[key];
  return region;
}

/** The health commission's report, with one 行政复议 upheld where the seed has none (its total kept right). */
function healthWithOneReview(): Record<string, any> {
  const health = reportOf('工布江达县卫健委');
  health.reviewLitigation.review.upheld = 1;
  health.reviewLitigation.review.total = 1;
  return health;
}

function run(reports: readonly RollupReport[], roster: readonly RosterUnit[]) {
  deepFreeze(reports);
  return checkRollup(reports, roster, checkRoster(reports, roster, { year: 2023 }));
}

describe('checkRollup', () => {
  it('reports exactly the one cell where the county’s figure differs from the sum over its units', () => {
    const roster = units(COUNTY_ROSTER.replace('工布江达县财政局,department,工布江达县人民政府,,\n', ''));
    const education = reportOf('工布江达县教育局');
    const region = regionReport([education, reportOf('工布江达县卫健委')]);
    const reports = [
      valid(region, 'county.json'),
      valid(education, 'education.json'),
      valid(healthWithOneReview(), 'health.json'),
    ];
    const { rollups, issues } = run(reports, roster);
    expect(issues.map(({ code, severity, path, params }) => ({ code, severity, path, params }))).toEqual([
      {
        code: 'ROLLUP_MISMATCH',
        severity: 'warning',
        path: ['reviewLitigation', 'review', 'upheld'],
        params: {
          unit: '工布江达县人民政府',
          declared: 0,
          sum: 1,
          units: ['工布江达县教育局', '工布江达县卫生健康委员会'],
        },
      },
    ]);
    expect(issues[0]!.message).toBe('“工布江达县人民政府”表四 行政复议 · 结果维持：填报 0，所属 2 个单位的报告合计 1');
    expect(rollups).toEqual([
      {
        unit: '工布江达县人民政府',
        scope: 'region',
        report: 0,
        counted: ['工布江达县教育局', '工布江达县卫生健康委员会'],
        missing: [],
        invalid: [],
        cells: [
          { path: ['reviewLitigation', 'review', 'upheld'], label: '表四 行政复议 · 结果维持', declared: 0, sum: 1 },
        ],
      },
    ]);
  });

  it('finds nothing when every cell is the sum, fee amounts (decimals) included', () => {
    const roster = units(COUNTY_ROSTER.replace('工布江达县财政局,department,工布江达县人民政府,,\n', ''));
    const education = reportOf('工布江达县教育局');
    const health = reportOf('工布江达县卫健委');
    education.activeDisclosure.fees = 0.1;
    health.activeDisclosure.fees = 0.2;
    const reports = [
      valid(regionReport([education, health]), 'county.json'),
      valid(education, 'education.json'),
      valid(health, 'health.json'),
    ];
    const { rollups, issues } = run(reports, roster);
    expect(reports[0]!.report).toMatchObject({ activeDisclosure: { fees: 0.3 } });
    expect(issues).toEqual([]);
    expect(rollups[0]!.cells).toEqual([]);
  });

  it('names the units left out of the sum: one with no report, one whose report has errors', () => {
    const education = reportOf('工布江达县教育局');
    const region = regionReport([education]);
    const reports: RollupReport[] = [
      valid(region, 'county.json'),
      valid(education, 'education.json'),
      { agency: '工布江达县卫生健康委员会', year: 2023, file: 'health.json' },
    ];
    const { rollups, issues } = run(reports, units());
    expect(issues.map(({ code, params }) => ({ code, params }))).toEqual([
      {
        code: 'ROLLUP_PARTIAL',
        params: { unit: '工布江达县人民政府', missing: ['工布江达县财政局'], invalid: ['工布江达县卫生健康委员会'] },
      },
    ]);
    expect(issues[0]!.message).toBe(
      '“工布江达县人民政府”的汇总比对只计入了有报告的单位；没有报告：工布江达县财政局；报告有错误未计入：工布江达县卫生健康委员会',
    );
    expect(rollups[0]!.counted).toEqual(['工布江达县教育局']);
  });

  it('compares nothing for a unit not declared a roll-up', () => {
    const roster = units(COUNTY_ROSTER.replace(',region', ','));
    const reports = [valid(reportOf('工布江达县人民政府'), 'county.json'), valid(healthWithOneReview(), 'health.json')];
    expect(run(reports, roster)).toEqual({ rollups: [], issues: [] });
  });
});
