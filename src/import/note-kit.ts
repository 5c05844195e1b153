/** The shape of one note code's entry: its severity and its words in each language. */
import type { Lang } from '../issues/message-kit.js';
import type { ImportNote } from './report.js';
import type { ImportTerms } from './terms.js';

/** A note code's severity and message, made from its params and the format's terms. */
export interface NoteSpec<P> {
  readonly severity: ImportNote['severity'];
  readonly message: { readonly [L in Lang]: (p: P, t: ImportTerms) => string };
}

/**
 * The message of a note in Chinese and in English.
 * @example both((p) => `文本按 ${p.encoding} 编码读取`, (p) => `The text was read as ${p.encoding}`)
 */
export const both = <P>(zh: (p: P, t: ImportTerms) => string, en: (p: P, t: ImportTerms) => string) => ({ zh, en });
