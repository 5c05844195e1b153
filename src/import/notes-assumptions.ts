/**
 * Import notes about the assumptions the caller chose (`ImportOptions.assume`).
 * What each code carries, its severity and its message in Chinese and in English (see `notes.ts`).
 */
import { ASSUMPTIONS } from './assumptions.js';
import { both, type NoteSpec } from './note-kit.js';
import type { Assumption } from './report.js';

/** What each of these codes carries in `params`. */
export interface AssumptionNoteFacts {
  /** `assumption` settled `cells` cells (each carries `assumed`); for `AGENCY_FROM_TITLE`, no `cells`: the agency. */
  ASSUMED: { readonly assumption: Assumption; readonly cells?: number };
  /** `assumption` was chosen but the document has no case it settles. */
  ASSUMPTION_UNUSED: { readonly assumption: Assumption };
}

/** Every code of these notes, with its severity and words. */
export const ASSUMPTION_NOTES = {
  ASSUMED: {
    severity: 'info',
    message: both(
      (p) =>
        `按所选假设（${p.assumption}）“${ASSUMPTIONS[p.assumption].zh}”${p.cells === undefined ? '确定报告机关' : `填入 ${p.cells} 个单元格`}，这些不是原文印出的数值`,
      (p) =>
        `By the assumption chosen (${p.assumption}), “${ASSUMPTIONS[p.assumption].en}”: ${p.cells === undefined ? 'the agency was taken' : `${p.cells} cells were filled`}; they are not figures printed in the document`,
    ),
  },
  ASSUMPTION_UNUSED: {
    severity: 'info',
    message: both(
      (p) => `所选假设（${p.assumption}）“${ASSUMPTIONS[p.assumption].zh}”在本文件中没有适用之处`,
      (p) =>
        `The assumption chosen (${p.assumption}), “${ASSUMPTIONS[p.assumption].en}”, found nothing to settle in this file`,
    ),
  },
} as const satisfies { readonly [C in keyof AssumptionNoteFacts]: NoteSpec<AssumptionNoteFacts[C]> };
