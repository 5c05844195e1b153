/**
 * The codes of import notes: what each carries, its severity and its message in Chinese and in
 * English. Readers record facts (`{ code, params }`); the message is made here, at the end, with the
 * labels taken from the format description (STYLE.md: messages come last).
 *
 * The codes live by what they are about: the file (`notes-file.ts`), the limits of an import
 * (`notes-limits.ts`), the tables (`notes-tables.ts`), the assumptions chosen
 * (`notes-assumptions.ts`) and the words (`notes-narrative.ts`). To add
 * a code: give its params a line in that file's facts and its entry in that file's table.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { Lang } from '../issues/message-kit.js';
import type { NoteSpec } from './note-kit.js';
import { ASSUMPTION_NOTES, type AssumptionNoteFacts } from './notes-assumptions.js';
import { FILE_NOTES, type FileNoteFacts } from './notes-file.js';
import { LIMIT_NOTES, type LimitNoteFacts } from './notes-limits.js';
import { NARRATIVE_NOTES, type NarrativeNoteFacts } from './notes-narrative.js';
import { TABLE_NOTES, type TableNoteFacts } from './notes-tables.js';
import type { ImportNote, Where } from './report.js';
import { importTerms } from './terms.js';

export type { LimitFacts } from './notes-limits.js';

/** What each note code carries in `params` (`{}`: nothing). Keys of the format are keys, not labels. */
export interface NoteFacts
  extends FileNoteFacts,
    TableNoteFacts,
    AssumptionNoteFacts,
    NarrativeNoteFacts,
    LimitNoteFacts {}

/** A note code. */
export type ImportNoteCode = keyof NoteFacts;

/** Every note code, with its severity and its message in Chinese and in English. */
export const IMPORT_NOTES = {
  ...FILE_NOTES,
  ...TABLE_NOTES,
  ...ASSUMPTION_NOTES,
  ...NARRATIVE_NOTES,
  ...LIMIT_NOTES,
} as const satisfies { readonly [C in ImportNoteCode]: NoteSpec<NoteFacts[C]> };

/** A note before its message is made: its code with the params that code carries. */
export type NoteDraft = {
  [C in ImportNoteCode]: {
    readonly code: C;
    readonly path?: readonly (string | number)[];
    readonly where?: Where;
  } & ({} extends NoteFacts[C] ? { readonly params?: NoteFacts[C] } : { readonly params: NoteFacts[C] });
}[ImportNoteCode];

/**
 * Makes the note of a draft: its severity and message from the code table.
 * @param edition the edition whose labels the message names
 * @param lang `zh` (default) or `en`
 * @example makeNote({ code: 'SECTION_MISSING', params: { section: 'problems' } }, edition).message // '未找到“五、存在的主要问题及改进情况”部分'
 */
export function makeNote(draft: NoteDraft, edition: CompiledEdition, lang: Lang = 'zh'): ImportNote {
  const spec = IMPORT_NOTES[draft.code] as NoteSpec<unknown>;
  return {
    code: draft.code,
    severity: spec.severity,
    message: spec.message[lang](draft.params ?? {}, importTerms(edition)),
    ...(draft.path ? { path: draft.path } : {}),
    ...(draft.where ? { where: draft.where } : {}),
    ...(draft.params ? { params: draft.params } : {}),
  };
}

/** The severity of a note's code. */
export function noteSeverity(draft: Pick<NoteDraft, 'code'>): ImportNote['severity'] {
  return IMPORT_NOTES[draft.code].severity;
}
