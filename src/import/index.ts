/**
 * `importReport()`: reads a published report — plain text extracted from Word, a .docx, an .xlsx made from our template, an HTML
 * page, or a PDF — back into the canonical JSON, deterministically and offline, and says exactly
 * what it could not read.
 */
import type { Lang } from '../issues/message-kit.js';
import { compileEdition } from '../format/compile.js';
import { MissingPackageError } from '../node/optional.js';
import { CURRENT_EDITION } from '../format/editions.js';
import { assemble } from './assemble.js';
import { decodeText } from './decode.js';
import { formatLabels, type FormatLabels } from './format-labels.js';
import { readHtml } from './html.js';
import { limitNote, LimitExceeded, resolveLimits, type ImportLimits } from './limits.js';
import { readNarrative } from './narrative.js';
import type { NoteDraft } from './notes.js';
import { ASSUMPTION_CODES } from './assumptions.js';
import type { Assumption, ImportKind, ImportResult } from './report.js';
import type { SourceDoc } from './source.js';
import { readTables } from './tables.js';
import { readText } from './text.js';

// The result's types and the note codes, for callers.
export type {
  Assumed,
  Assumption,
  CellSource,
  ImportedReport,
  ImportKind,
  Inference,
  InferenceRule,
  ImportNote,
  ImportResult,
  LabelDifference,
  LabelKind,
  UnreadCell,
  Where,
} from './report.js';
// Every note code with its severity and message.
export { IMPORT_NOTES } from './notes.js';
export type { ImportNoteCode, NoteFacts } from './notes.js';
// Every rule by which a cell the page settles is filled, with its words.
export { INFERENCE_RULES } from './inference-rules.js';
// Every assumption a caller may choose for what the page does not settle, with its words.
export { ASSUMPTIONS } from './assumptions.js';
// Every reason a cell can be unread, with its words.
export { UNREAD_REASONS } from './unread.js';
export type { UnreadCode, UnreadFacts } from './unread.js';
// The bounds of one import.
export { DEFAULT_IMPORT_LIMITS } from './limits.js';
export type { ImportLimits } from './limits.js';
// Thrown when a PDF or a .docx is read and pdfjs-dist or mammoth is not installed.
export { MissingPackageError } from '../node/optional.js';

/** How to read the input. */
export interface ImportOptions {
  /** The kind of input; by default guessed from `fileName`'s extension, then from the bytes. */
  readonly kind?: ImportKind;
  /** The file's name, for guessing its kind. */
  readonly fileName?: string;
  /** Text encoding of text and HTML input (`gbk`, `utf-8`…); by default BOM, `<meta charset>`, UTF-8, else GB18030. */
  readonly encoding?: string;
  /** The language of notes and unread reasons: `zh` (default) or `en`. Their codes and params are the same in both. */
  readonly lang?: Lang;
  /**
   * Bounds on what the import may cost (input size, inflated size of a .docx, table cells, line
   * length…); each one given replaces its default in `DEFAULT_IMPORT_LIMITS`. A limit reached
   * gives a note with its code (`LIMIT_ZIP_INFLATED`…) and `params: { limit, actual }`.
   */
  readonly limits?: Partial<ImportLimits>;
  /**
   * Choices for the common cases the page does not settle (see `ASSUMPTIONS`): each fills the cells
   * it covers, marks them `assumed` with the cells used, and adds an `ASSUMED` note (or
   * `ASSUMPTION_UNUSED` when the document has no such case). None by default.
   * @example { assume: ['SINGLE_ROW_TO_OTHER', 'NO_REGULATIONS_ZERO'] }
   */
  readonly assume?: readonly Assumption[];
}

/**
 * Imports a published report into the canonical JSON.
 * @param input the file's bytes, or its text (text and HTML only)
 * @param options the kind of input, its file name, its encoding, the limits of the import
 * @returns the report as read, every cell with where it was found, what could not be read, the
 *   labels that differ from the format, and notes; never throws for bad input (an empty file, a PDF
 *   that is not a report, a file past a limit) — such input gives `complete: false` and an `error` note
 * @throws TypeError for a caller's mistake: a PDF, DOCX or XLSX given as a string, a limit that is not a
 *   positive number, an assumption that does not exist
 * @throws MissingPackageError when a PDF or a .docx is read and `pdfjs-dist` or `mammoth` is not installed
 * @example
 * const result = await importReport(await readFile('report.pdf'), { fileName: 'report.pdf' });
 * if (!result.complete) for (const u of result.unread) console.log(u.label, u.reason);
 * const { ok, issues } = validate(result.report);
 */
export async function importReport(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
  const kind = options.kind ?? guessKind(input, options.fileName);
  if ((kind === 'pdf' || kind === 'docx' || kind === 'xlsx') && typeof input === 'string') {
    throw new TypeError(`importReport: ${kind} input must be bytes (Uint8Array), not a string`);
  }
  const unknown = (options.assume ?? []).filter((a) => !ASSUMPTION_CODES.includes(a));
  if (unknown.length > 0)
    throw new TypeError(
      `importReport: unknown assumption ${unknown.join(', ')}; known: ${ASSUMPTION_CODES.join(', ')}`,
    );
  const limits = resolveLimits(options.limits);
  const labels = formatLabels(CURRENT_EDITION);
  const edition = compileEdition(CURRENT_EDITION);
  // A workbook is read cell by cell at the addresses of its plan, not as a document of paragraphs and tables.
  if (kind === 'xlsx')
    return (await import('./xlsx.js')).importXlsx(input as Uint8Array, edition, limits, options.lang);
  let doc: SourceDoc;
  try {
    doc = await readDocument(input, kind, labels, options, limits);
  } catch (error) {
    if (error instanceof MissingPackageError) throw error; // not the file's fault: the caller must install it
    if (error instanceof LimitExceeded) doc = { items: [], notes: [error.note()] };
    else {
      // A bug of ours, or of a library, must not take the caller down: report it as data.
      const detail = error instanceof Error ? error.message : String(error);
      doc = { items: [], notes: [{ code: 'UNREADABLE_FILE', params: { detail } }] };
    }
  }
  return assemble({
    kind,
    edition,
    narrative: readNarrative(doc.items, labels),
    tables: readTables(doc.items, labels, edition),
    readerNotes: doc.notes,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.assume ? { assume: new Set(options.assume) } : {}),
  });
}

/** The reader of each kind of input. */
async function readDocument(
  input: Uint8Array | string,
  kind: ImportKind,
  labels: FormatLabels,
  options: ImportOptions,
  limits: ImportLimits,
): Promise<SourceDoc> {
  // A string's UTF-8 size is at most three bytes a character: measure only when it may matter.
  const bytes =
    typeof input !== 'string'
      ? input.length
      : input.length * 3 <= limits.inputBytes
        ? input.length
        : Buffer.byteLength(input);
  if (bytes > limits.inputBytes) return { items: [], notes: [limitNote('inputBytes', limits.inputBytes, bytes)] };
  if (input.length === 0 || (typeof input === 'string' && isBlank(input)))
    return { items: [], notes: [{ code: 'EMPTY_INPUT' }] };
  if (typeof input !== 'string' && (kind === 'pdf' || kind === 'docx')) {
    // pdfjs and mammoth are loaded only when a PDF or a Word file is read.
    return kind === 'pdf'
      ? (await import('./pdf.js')).readPdf(input, labels, limits)
      : (await import('./docx.js')).readDocx(input, labels, limits);
  }
  const notes: NoteDraft[] = [];
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input, {
      html: kind === 'html',
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    text = decoded.text;
    if (decoded.encoding !== 'utf-8') notes.push({ code: 'DECODED_AS', params: { encoding: decoded.encoding } });
  }
  if (text.length > limits.textChars)
    return { items: [], notes: [...notes, limitNote('textChars', limits.textChars, text.length)] };
  const doc = kind === 'html' ? readHtml(text, labels, limits) : readText(text, labels, limits);
  return { items: doc.items, notes: [...notes, ...doc.notes] };
}

/** Whether a zip names a workbook part: entry names are stored plainly, in the central directory at the end. */
function namesWorkbook(zip: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(zip.subarray(Math.max(0, zip.length - 65536)));
  return tail.includes('xl/workbook.xml');
}

/** Whether a text holds only whitespace (without copying it, as `trim()` would). */
const isBlank = (text: string) => !/\S/.test(text);

/**
 * Guesses the kind of input from a file name, then from its first bytes.
 * @example guessKind(bytes, 'report.htm') === 'html'
 */
export function guessKind(input: Uint8Array | string, fileName?: string): ImportKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (typeof input !== 'string') {
    if (input[0] === 0x25 && input[1] === 0x50 && input[2] === 0x44 && input[3] === 0x46) return 'pdf';
    if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04)
      return namesWorkbook(input) ? 'xlsx' : 'docx';
  }
  const head =
    typeof input === 'string' ? input.slice(0, 2048) : new TextDecoder('latin1').decode(input.subarray(0, 2048));
  return /<(?:!doctype\s+html|html|body|table|p|div)[\s>]/i.test(head) ? 'html' : 'text';
}
