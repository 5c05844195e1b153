import { describe, expectTypeOf, it } from 'vitest';
import type { ExpectedKind, Issue, IssueCode, IssueOf, IssueValue, ReceivedKind } from '../../src/index.js';
import type { ISSUE_CODES } from '../../src/index.js';
import type { IssueDraft } from '../../src/issues/issue.js';
import type { ProfileCode } from '../../src/issues/codes-copies.js';

describe('Issue is a union keyed by code', () => {
  it('has one member per code of the table, and one for the namespaced codes of local profiles', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode | ProfileCode>();
    expectTypeOf<keyof typeof ISSUE_CODES>().toEqualTypeOf<IssueCode>();
  });

  it('types the values of each code', () => {
    expectTypeOf<IssueOf<'T3_BALANCE'>['expected']>().toEqualTypeOf<number>();
    expectTypeOf<IssueOf<'T3_BALANCE'>['params']['rules']>().toEqualTypeOf<
      readonly ('T3_BALANCE' | 'T3_RESULTS_SUM' | 'T3_ROW_TOTAL' | 'T4_GROUP_TOTAL')[]
    >();
    expectTypeOf<IssueOf<'LATE_PUBLICATION'>['expected']>().toEqualTypeOf<string>();
    expectTypeOf<IssueOf<'FIELD_TYPE'>['expected']>().toEqualTypeOf<ExpectedKind>();
    expectTypeOf<IssueOf<'NONNEG_INT'>['actual']>().toEqualTypeOf<IssueValue | undefined>();
    expectTypeOf<IssueOf<'NONNEG_INT'>['params']['received']>().toEqualTypeOf<ReceivedKind>();
    expectTypeOf<IssueOf<'EDITION_MISMATCH'>['expected']>().toEqualTypeOf<string | null>();
  });

  it('has no values where a code carries none', () => {
    expectTypeOf<IssueOf<'SECTIONS_PRESENT'>['expected']>().toEqualTypeOf<undefined>();
    expectTypeOf<IssueOf<'SECTIONS_PRESENT'>['params']>().toEqualTypeOf<undefined>();
    expectTypeOf<IssueOf<'PUBLISHED_AT_MISSING'>['actual']>().toEqualTypeOf<undefined>();
  });

  it('narrows on the code', () => {
    const read = (issue: Issue) => {
      if (issue.code === 'UNKNOWN_KEY')
        expectTypeOf(issue.params).toEqualTypeOf<{ readonly suggestion: string } | undefined>();
      if (issue.code === 'DUPLICATE_OF_LAST_YEAR') expectTypeOf(issue.params.percent).toEqualTypeOf<number>();
      // @ts-expect-error — params differ from code to code: read them after checking the code
      void issue.params?.suggestion;
    };
    expectTypeOf(read).toBeFunction();
  });

  it('rejects a draft whose values do not fit its code', () => {
    const good: IssueDraft = { code: 'TEXT_TOO_LONG', path: ['problems', 0], expected: 20000, actual: 20001 };
    // @ts-expect-error — a length is a number, not a sentence
    const sentence: IssueDraft = { code: 'TEXT_TOO_LONG', path: [], expected: '不超过 20000 字', actual: 20001 };
    // @ts-expect-error — YEAR_RANGE carries its bounds as numbers in params
    const range: IssueDraft = { code: 'YEAR_RANGE', path: ['year'], actual: 1999, params: { range: '2008–2100' } };
    expectTypeOf([good, sentence, range]).toBeArray();
  });
});
