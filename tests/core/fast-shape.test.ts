import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEdition, EDITION_2021 } from '../../src/index.js';
import { compile, readIfExactShape } from '../../src/checks/fast-shape.js';
import { reportShape } from '../../src/model/shape.js';
import { readCells } from '../../src/model/cells.js';
import { shapeSchemaFor } from '../../src/model/schemas.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

const edition = compileEdition(EDITION_2021);
const closures = compile(reportShape(EDITION_2021), [], edition);
const zodAccepts = (value: unknown) => shapeSchemaFor(EDITION_2021).safeParse(value).success;

/** Every path to a value in a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('  '),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(Number.NaN),
  fc.constant(2 ** 53),
  fc.constant('x\u0001'),
  fc.constant([]),
  fc.constant({}),
  fc.constant('2024-02-30'),
  fc.constant(true),
  fc.integer(),
  fc.string(),
);

describe('the fast shape check', () => {
  it('accepts both real reports and reads the same cells as the careful reader', () => {
    for (const report of [seedReport(), huaianReport()]) {
      const fast = readIfExactShape(edition, report);
      expect(fast).toBeDefined();
      expect(fast).toEqual(readCells(edition, report));
    }
  });

  it('never accepts what zod rejects (random damage to a real report)', () => {
    const base = seedReport();
    const all = paths(base).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...all), junk, fc.boolean(), (path, value, addKey) => {
        const report = structuredClone(base);
        let node: any = report;
        for (const key of path.slice(0, -1)) node = node[key];
        if (addKey && node && typeof node === 'object' && !Array.isArray(node)) node['extra'] = value;
        else if (value === undefined && !Array.isArray(node)) delete node[path.at(-1)!];
        else node[path.at(-1)!] = value;
        const fast = readIfExactShape(edition, report) !== undefined;
        if (fast) expect(zodAccepts(report)).toBe(true);
        // The closures used where code cannot be generated answer the same.
        const sink = { values: [] as number[], states: [] as number[] };
        expect(closures(report, sink)).toBe(fast);
      }),
      { numRuns: 2000 },
    );
  });
});
