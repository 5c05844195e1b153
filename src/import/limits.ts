/**
 * What one import may cost. Every reader works within these bounds, so a crafted or careless file
 * (a zip bomb, a table with huge spans, a ten-million-character line) ends in a note that names
 * the limit, never in a hang or an exhausted heap. The defaults are far above any real report
 * (a published report has a few thousand characters a paragraph and three tables of ~200 cells)
 * and keep a service that imports untrusted files within a few hundred MB per import.
 */
import type { NoteDraft } from './notes.js';
import type { Where } from './report.js';

/** Bounds on one import; each, when reached, gives a note with its code, the limit and the actual size. */
export interface ImportLimits {
  /** Largest input file, in bytes (a string input counts its UTF-8 length). */
  readonly inputBytes: number;
  /** Most characters of text or HTML after decoding. */
  readonly textChars: number;
  /** Longest line (text), paragraph or table cell (HTML, DOCX) or PDF line, in characters; longer ones are not read. */
  readonly lineChars: number;
  /** Most entries in a .docx (zip) file. */
  readonly zipEntries: number;
  /**
   * Most bytes the XML parts of a .docx may inflate to, all together. mammoth holds about 65× the
   * XML's size while converting it (measured), so this bounds a Word import's memory too.
   */
  readonly zipInflatedBytes: number;
  /** Most table cells of the whole document, counted after merged cells are expanded (rows × columns). */
  readonly tableCells: number;
  /** Deepest nesting of HTML elements that is followed; deeper content is read as part of the element at the limit. */
  readonly depth: number;
  /** Most PDF pages read; later pages are not read. */
  readonly pdfPages: number;
}

/**
 * The limits used when a caller gives none.
 * @example importReport(bytes, { limits: { ...DEFAULT_IMPORT_LIMITS, inputBytes: 5 * 2 ** 20 } })
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = Object.freeze({
  inputBytes: 64 * 2 ** 20,
  textChars: 4 * 2 ** 20,
  lineChars: 100_000,
  zipEntries: 5_000,
  zipInflatedBytes: 8 * 2 ** 20,
  tableCells: 200_000,
  depth: 512,
  pdfPages: 2_000,
});

/** The note code of each limit. */
export const LIMIT_CODES = {
  inputBytes: 'LIMIT_INPUT_BYTES',
  textChars: 'LIMIT_TEXT_CHARS',
  lineChars: 'LIMIT_LINE_CHARS',
  zipEntries: 'LIMIT_ZIP_ENTRIES',
  zipInflatedBytes: 'LIMIT_ZIP_INFLATED',
  tableCells: 'LIMIT_TABLE_CELLS',
  depth: 'LIMIT_DEPTH',
  pdfPages: 'LIMIT_PDF_PAGES',
} as const satisfies Record<keyof ImportLimits, string>;

/**
 * The caller's limits over the defaults.
 * @param given some limits (each a positive integer, or `Infinity` to lift it)
 * @throws TypeError for a limit that is not a positive number (a caller's mistake, not bad input)
 */
export function resolveLimits(given: Partial<ImportLimits> = {}): ImportLimits {
  for (const [name, value] of Object.entries(given)) {
    if (!(name in DEFAULT_IMPORT_LIMITS)) throw new TypeError(`importReport: unknown limit "${name}"`);
    if (typeof value !== 'number' || !(value > 0) || (Number.isFinite(value) && !Number.isInteger(value))) {
      throw new TypeError(`importReport: limit "${name}" must be a positive integer or Infinity, not ${String(value)}`);
    }
  }
  return { ...DEFAULT_IMPORT_LIMITS, ...given };
}

/** Raised inside a reader when a limit makes going on pointless; turned into its note by `importReport`. */
export class LimitExceeded extends Error {
  override readonly name = 'LimitExceeded';
  constructor(
    readonly limit: keyof ImportLimits,
    readonly value: number,
    readonly actual: number,
  ) {
    super(`${limit} ${actual} > ${value}`);
  }

  /** The note saying so. */
  note(): NoteDraft {
    return limitNote(this.limit, this.value, this.actual);
  }
}

/**
 * The note of a limit reached.
 * @param limit which limit
 * @param value its value
 * @param actual the size found (a lower bound when reading stopped at the limit)
 * @param extra more facts: how many parts were skipped (`count`), where the first one was
 */
export function limitNote(
  limit: keyof ImportLimits,
  value: number,
  actual: number,
  extra: { count?: number; where?: Where } = {},
): NoteDraft {
  return {
    code: LIMIT_CODES[limit],
    params: { limit: value, actual, ...(extra.count !== undefined ? { count: extra.count } : {}) },
    ...(extra.where ? { where: extra.where } : {}),
  };
}

/**
 * Counts the parts of a document skipped for one limit, to give one note for all of them (the
 * longest part and the first place), not one note each.
 */
export class SkipTally {
  private count = 0;
  private largest = 0;
  private first: Where | undefined;

  /**
   * @param limit which limit
   * @param value its value: parts larger than this are skipped
   */
  constructor(
    private readonly limit: keyof ImportLimits,
    readonly value: number,
  ) {}

  /** Records a skipped part of `size`, found at `where`. */
  skip(size: number, where?: Where): void {
    this.count++;
    this.largest = Math.max(this.largest, size);
    this.first ??= where;
  }

  /** The note, if anything was skipped. */
  notes(): NoteDraft[] {
    if (this.count === 0) return [];
    return [
      limitNote(this.limit, this.value, this.largest, {
        count: this.count,
        ...(this.first ? { where: this.first } : {}),
      }),
    ];
  }
}
