import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITION_2021, formatMessage, ISSUE_CODES, LANGS, validate, type Issue } from '../../src/index.js';
import { printedLabels } from '../../src/format/labels.js';
import { seedReport } from '../helpers/reports.js';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every path to a value in a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}

function setAt(root: any, path: readonly (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
}

/** Strings of the input, to tell a raw value quoted back from words we made. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(k), strings(v, out);
  return out;
}

/** Texts the format description prints: section titles and their variants, table labels, the notice. */
const FORMAT_TEXTS = [
  EDITION_2021.notice,
  ...EDITION_2021.sections.flatMap((s) => [s.title, ...s.variants]),
  ...printedLabels(EDITION_2021),
];

/** A CJK string in `expected` or `actual` must be a raw value from the input or a text of the format. */
function madeWords(issue: Issue, input: unknown): string[] {
  const raw = strings(input);
  return [issue.expected, issue.actual]
    .filter((v): v is string => typeof v === 'string' && CJK.test(v))
    .filter((v) => {
      const quoted = v.endsWith('…') ? v.slice(0, -1) : v;
      return !raw.some((s) => s.includes(quoted)) && !FORMAT_TEXTS.includes(v);
    });
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(Number.NaN),
  fc.constant({}),
  fc.constant([]),
  fc.constant(['无。']),
  fc.constant({ heading: '（一）主动公开', paragraphs: [] }),
  fc.constant('三'),
  fc.constant('约821'),
  fc.constant('2024-02-30'),
  fc.constant('国办发〔2021〕30号'),
  fc.constant('长'.repeat(60)),
  fc.constant('a\u0007b'),
  fc.boolean(),
  fc.integer({ min: -3, max: 3000 }),
  fc.string(),
);

const base = seedReport();
const allPaths = paths(base).filter((p) => p.length > 0);
const damaged = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...allPaths), junk), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([edits, lenient]) => {
    const report = seedReport();
    for (const [path, value] of edits) {
      try {
        // A copy: fast-check hands out the same constant object each time, and an edit inside
        // one placed earlier would otherwise make it contain itself.
        setAt(report, path, value === undefined ? undefined : structuredClone(value));
      } catch {
        // an earlier edit removed the parent: nothing to damage there
      }
    }
    return { report, lenient };
  });

describe('issues are values', () => {
  it('carry no words of ours in expected or actual, over many damaged reports', () => {
    fc.assert(
      fc.property(damaged, ({ report, lenient }) => {
        const { issues } = validate(report, lenient ? { mode: 'lenient' } : {});
        for (const issue of issues)
          expect(madeWords(issue, report), `${issue.code} ${issue.path.join('.')}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('carry no words of ours for input that is not a report, nor across years', () => {
    const inputs: unknown[] = ['', '{', 'a: [', '42', 'null', '[]', 42, null, [], undefined, { format: '2019-draft' }];
    for (const input of inputs) {
      for (const issue of validate(input).issues) expect(madeWords(issue, input), issue.code).toEqual([]);
    }
    const previous = seedReport();
    previous.year = 2020;
    const [mismatch] = validate(seedReport(), { previous }).issues.filter((i) => i.code === 'PREVIOUS_YEAR_MISMATCH');
    expect(mismatch).toMatchObject({ expected: 2022, actual: 2020, message: '上年报告应为 2022 年度，实为 2020 年度' });
  });

  it('say what kind of value was received, apart from a string that reads like a kind', () => {
    const report = seedReport();
    report.requests.carriedOver.research = {};
    report.requests.carriedOver.commercial = 'object';
    const cells = validate(report).issues.filter((i) => i.code === 'NONNEG_INT');
    expect(cells.map((i) => [i.path.at(-1), i.actual, i.params])).toEqual([
      ['commercial', 'object', { received: 'string' }],
      ['research', 'object', { received: 'object' }],
    ]);
    expect(cells.map((i) => i.message.split('实为 ')[1])).toEqual(['object', '对象']);
  });

  it('name a missing value by leaving actual out', () => {
    const report = seedReport();
    delete report.requests.carriedOver.research;
    const [lenient] = validate(report, { mode: 'lenient' }).issues.filter((i) => i.code === 'LENIENT_VALUE');
    expect(lenient).toMatchObject({ expected: 0, params: { received: 'missing' } });
    expect(lenient).not.toHaveProperty('actual');
  });
});

describe('messages in two languages', () => {
  it('every code has a meaning and a message in Chinese and in English', () => {
    for (const [code, spec] of Object.entries(ISSUE_CODES)) {
      for (const lang of LANGS) {
        expect(spec[lang], `${code} ${lang}`).toMatch(/\S/);
        expect(typeof spec.message[lang], `${code} ${lang}`).toBe('function');
      }
      expect(CJK.test(spec.zh), code).toBe(true);
      expect(spec.en, code).toMatch(/[A-Za-z]{3}/);
    }
  });

  it('validate({ lang: "en" }) gives the same issues with English messages', () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    report.publishedAt = '2024-05-01';
    report.extra = 1;
    const zh = validate(report).issues;
    const en = validate(report, { lang: 'en' }).issues;
    const values = (issues: readonly Issue[]) => issues.map(({ message: _, ...rest }) => rest);
    expect(values(en)).toEqual(values(zh));
    expect(en.find((i) => i.code === 'T3_RESULTS_SUM')!.message).toBe(
      '表三 （七）总计 · 自然人: should be 3, found 0. “（七）总计” should equal the sum of “（一）予以公开” to “（六）其他处理”',
    );
    expect(en.find((i) => i.code === 'LATE_PUBLICATION')!.message).toBe(
      'Dated 2024-05-01, later than the deadline of article 49 of the regulations on government information disclosure, 2024-03-31 (agencies of kind `government` publish by 31 March)',
    );
    for (const issue of en) expect(issue.message, issue.code).toMatch(/[A-Za-z]{3}/);
  });

  it('formatMessage makes the message again from an issue’s values, in either language', () => {
    const report = seedReport();
    report.requests.carriedForward.commercial = 2;
    report.year = 2024;
    report.overview[1].heading = '（一）主动公开情况。';
    const zh = validate(report).issues;
    const en = validate(report, { lang: 'en' }).issues;
    expect(zh.length).toBeGreaterThan(3);
    // The issues survive JSON, as `--json` consumers get them.
    for (const [i, issue] of (JSON.parse(JSON.stringify(zh)) as Issue[]).entries()) {
      expect(formatMessage(issue)).toBe(zh[i]!.message);
      expect(formatMessage(issue, 'en')).toBe(en[i]!.message);
    }
  });
});
