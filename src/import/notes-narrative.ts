/**
 * Import notes about the words: sections, title, agency, year, date, placeholder and stray text.
 * What each code carries, its severity and its message in Chinese and in English (see `notes.ts`).
 */
import { both, type NoteSpec } from './note-kit.js';

/** What each of these codes carries in `params` (`{}`: nothing). */
export interface NarrativeNoteFacts {
  /** `section`: the section's key. */
  SECTION_MISSING: { readonly section: string };
  TITLE_NOT_FOUND: {};
  AGENCY_NOT_FOUND: {};
  YEAR_NOT_FOUND: {};
  DATE_NOT_FOUND: {};
  /**
   * The agency as the title and as the signature name it; `chosen`: which one the report takes (the
   * signature, unless the caller assumed `AGENCY_FROM_TITLE`).
   */
  AGENCY_DIFFERS: { readonly title: string; readonly signature: string; readonly chosen: 'title' | 'signature' };
  /** `section`: the section's key; `text`: the template's placeholder found there. */
  PLACEHOLDER_TEXT: { readonly section: string; readonly text: string };
  TRAILING_TEXT: { readonly count: number };
  /** `text`: the beginning of the text (40 characters and `…` at most). */
  IGNORED_TEXT: { readonly text: string };
}

/** Every code of these notes, with its severity and words. */
export const NARRATIVE_NOTES = {
  SECTION_MISSING: {
    severity: 'warning',
    message: both(
      (p, t) => `未找到“${t.section(p.section)}”部分`,
      (p, t) => `The section “${t.section(p.section)}” was not found`,
    ),
  },
  TITLE_NOT_FOUND: {
    severity: 'info',
    message: both(
      () => '未找到报告标题',
      () => 'No title was found',
    ),
  },
  AGENCY_NOT_FOUND: {
    severity: 'warning',
    message: both(
      () => '未能从标题或落款中读出报告机关',
      () => 'The agency could not be read from the title or the signature',
    ),
  },
  YEAR_NOT_FOUND: {
    severity: 'warning',
    message: both(
      () => '未能读出报告年度',
      () => 'The reporting year could not be read',
    ),
  },
  DATE_NOT_FOUND: {
    severity: 'info',
    message: both(
      () => '文末未找到成文日期',
      () => 'No date was found at the end',
    ),
  },
  AGENCY_DIFFERS: {
    severity: 'info',
    message: both(
      (p) =>
        p.chosen === 'signature'
          ? `标题中的机关“${p.title}”与落款“${p.signature}”不同，采用落款“${p.signature}”：落款是报告机关自己的署名，标题中的名称常冠以上级行政区；应采用标题时选用假设 AGENCY_FROM_TITLE`
          : `标题中的机关“${p.title}”与落款“${p.signature}”不同，按所选假设 AGENCY_FROM_TITLE 采用标题“${p.title}”`,
      (p) =>
        p.chosen === 'signature'
          ? `The title names the agency “${p.title}”, the signature “${p.signature}”; the signature is used: it is the agency's own name for itself, while a title often adds the higher-level place; choose the assumption AGENCY_FROM_TITLE to use the title`
          : `The title names the agency “${p.title}”, the signature “${p.signature}”; the title is used, by the assumption AGENCY_FROM_TITLE`,
    ),
  },
  PLACEHOLDER_TEXT: {
    severity: 'warning',
    message: both(
      (p, t) => `“${t.section(p.section)}”仍是模板占位文字“${p.text}”`,
      (p, t) => `“${t.section(p.section)}” still holds the template’s placeholder “${p.text}”`,
    ),
  },
  TRAILING_TEXT: {
    severity: 'info',
    message: both(
      (p) => `文末日期之后的 ${p.count} 段文字不属于报告正文，未导入`,
      (p) => `${p.count} paragraphs after the closing date are not part of the report and were not imported`,
    ),
  },
  IGNORED_TEXT: {
    severity: 'info',
    message: both(
      (p) => `表格部分中的文字未导入：“${p.text}”`,
      (p) => `Text among the tables was not imported: “${p.text}”`,
    ),
  },
} as const satisfies { readonly [C in keyof NarrativeNoteFacts]: NoteSpec<NarrativeNoteFacts[C]> };
