import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEdition, EDITION_2021, ReportBuilder, validate } from '../../src/index.js';
import { seedReport } from '../helpers/reports.js';

const edition = compileEdition(EDITION_2021);
const related = edition.cells.filter((c) => edition.involvement[c.index]!.length > 0);
const leafCells = (tableKey: string) => edition.cells.filter((c) => c.table.key === tableKey && c.role === 'leaf');

/**
 * Random leaf cells that satisfy the balance by construction: outcomes, 结转下年度 and 上年结转 are
 * drawn, and 本年新收 is what makes each column add up (上年结转 is drawn no larger than that allows).
 */
const randomReport = fc
  .record({
    outcomes: fc.array(fc.nat(40), { minLength: 200, maxLength: 200 }),
    share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    t4: fc.array(fc.nat(9), { minLength: 12, maxLength: 12 }),
  })
  .map(({ outcomes, share, t4 }) => {
    const seed = seedReport();
    let builder = ReportBuilder.create({ agency: seed.agency, year: seed.year })
      .publishedAt(seed.publishedAt)
      .narrative('overview', ...seed.overview)
      .narrative('problems', ...seed.problems)
      .narrative('otherMatters', ...seed.otherMatters);
    const requests: any = builder.toJSON().requests;
    const columns = Object.keys(requests.newReceived);
    let k = 0;
    const fill = (row: any) => {
      for (const c of columns) row[c] = outcomes[k++ % outcomes.length]!;
    };
    for (const group of Object.values(requests.results) as any[]) {
      if ('naturalPerson' in group) fill(group);
      else for (const row of Object.values(group)) fill(row);
    }
    fill(requests.carriedForward);
    columns.forEach((c, i) => {
      let concluded = 0;
      for (const group of Object.values(requests.results) as any[]) {
        if ('naturalPerson' in group) concluded += group[c];
        else for (const row of Object.values(group) as any[]) concluded += row[c];
      }
      const due = concluded + requests.carriedForward[c];
      requests.carriedOver[c] = Math.floor(due * share[i]!);
      requests.newReceived[c] = due - requests.carriedOver[c];
    });
    builder = builder.requests(requests);
    const groups = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
    groups.forEach((g, i) => {
      builder = builder.reviewLitigation({
        [g]: { upheld: t4[i * 4]!, corrected: t4[i * 4 + 1]!, other: t4[i * 4 + 2]!, pending: t4[i * 4 + 3]! },
      });
    });
    return builder;
  });

describe('properties of the checks', () => {
  it('reports built from random leaf cells always validate', () => {
    fc.assert(
      fc.property(randomReport, (builder) => {
        const result = builder.build();
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('changing any single count of a valid report gives an error naming that cell or a total over it', () => {
    fc.assert(
      fc.property(
        randomReport,
        fc.constantFrom(...related),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        (builder, cell, amount, down) => {
          const report = structuredClone(builder.buildOrThrow()) as any;
          let node = report;
          for (const key of cell.path.slice(0, -1)) node = node[key];
          const last = cell.path.at(-1)!;
          const before = node[last] as number;
          const delta = down && before >= amount ? -amount : amount;
          node[last] = before + delta;
          const errors = validate(report).issues.filter((i) => i.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          const totalsOver = edition.involvement[cell.index]!.map(
            (r) => edition.cells[edition.relations[r]!.target]!.pathKey,
          );
          const named = errors.map((i) => i.path.join('.'));
          expect(named.some((p) => p === cell.pathKey || totalsOver.includes(p))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names exactly the changed cell whenever table 三 is complete', () => {
    fc.assert(
      fc.property(
        randomReport,
        fc.constantFrom(...leafCells('requests')),
        fc.integer({ min: 1, max: 50 }),
        (builder, cell, amount) => {
          const report = structuredClone(builder.buildOrThrow()) as any;
          let node = report;
          for (const key of cell.path.slice(0, -1)) node = node[key];
          node[cell.path.at(-1)!] += amount;
          const errors = validate(report).issues.filter((i) => i.severity === 'error');
          expect(errors.map((i) => [i.path.join('.'), (i.actual! as number) - (i.expected as number)])).toEqual([
            [cell.pathKey, amount],
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
