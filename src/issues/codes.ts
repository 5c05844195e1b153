/**
 * The code table: every issue code, its default severity, what it means (Chinese and English, for
 * the docs) and its message in each language. Messages are made here and only here, at the end,
 * from the values a check recorded (STYLE.md: messages come last). The table is kept in parts by
 * subject, each part beside the types of what its codes carry.
 */
import { INPUT_CODES, type InputFacts } from './codes-input.js';
import { DATE_CODES, type DateFacts } from './codes-dates.js';
import { NARRATIVE_CODES, type NarrativeFacts } from './codes-narrative.js';
import { TABLE_CODES, type TableFacts } from './codes-tables.js';
import { READING_CODES, type ReadingFacts } from './codes-reading.js';
import { TEXT_CODES, type TextFacts } from './codes-text.js';
import { PLATFORM_CODES, type PlatformFacts } from './codes-platform.js';
import { COPY_CODES, type CopyFacts } from './codes-copies.js';
import type { CodeTable } from './message-kit.js';
import type { Severity } from './values.js';

/**
 * What each code carries besides its path: the types of its `expected`, `actual` and `params`.
 * A code without `expected` (say) never carries one.
 */
export interface IssueFacts
  extends InputFacts,
    ReadingFacts,
    TextFacts,
    TableFacts,
    DateFacts,
    NarrativeFacts,
    PlatformFacts,
    CopyFacts {}

/** A stable issue code. */
export type IssueCode = keyof IssueFacts;

/**
 * The code table.
 * @example ISSUE_CODES.T3_ROW_TOTAL.en // 'Table 3: each row’s 总计 equals the sum of its applicant columns'
 */
export const ISSUE_CODES = {
  ...INPUT_CODES,
  ...READING_CODES,
  ...TEXT_CODES,
  ...TABLE_CODES,
  ...DATE_CODES,
  ...NARRATIVE_CODES,
  ...PLATFORM_CODES,
  ...COPY_CODES,
} as const satisfies CodeTable<IssueFacts>;

/** The default severity of a code. */
export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}
