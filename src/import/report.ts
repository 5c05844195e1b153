/**
 * What `importReport()` returns: the canonical JSON as far as it could be read, and the import
 * report — where every table cell was found, what could not be read, which labels differed from
 * the format's text, and notes about the document as a whole.
 */
import type { ImportNoteCode, NoteFacts } from './notes.js';
import type { UnreadCode, UnreadFacts } from './unread.js';

/** The kinds of input the importer reads. */
export type ImportKind = 'text' | 'docx' | 'html' | 'pdf' | 'xlsx';

/**
 * Where something was found in the input. Which fields are set depends on the kind of input:
 * text and HTML give the `line` (1-based); PDF gives the `page` and the position `x`, `y` in
 * points from the page's top-left corner (y of the text's baseline); tables give their `table`,
 * `row` and `column` (1-based, in the expanded grid); DOCX paragraphs give their `paragraph`; a
 * spreadsheet (.xlsx) gives the `sheet` and the `cell`'s address (`D5`).
 */
export interface Where {
  readonly line?: number;
  readonly paragraph?: number;
  readonly page?: number;
  readonly x?: number;
  readonly y?: number;
  readonly table?: number;
  readonly row?: number;
  readonly column?: number;
  /** Spreadsheets: the sheet's name (`表三`). */
  readonly sheet?: string;
  /** Spreadsheets: the cell's address (`D5`). */
  readonly cell?: string;
}

/**
 * How a cell the page left unprinted was still settled by it (see `INFERENCE_RULES`):
 * - `MERGED_ZERO`: a value cell of 0 merged over several rows gives each covered row 0;
 * - `SINGLE_ROW_ZERO`: a group printed as one row (the 2019 （六）其他处理) whose figure in a column is
 *   0 gives each of its items 0 there (counts are never negative);
 * - `NO_REGULATIONS_ROW`: table 二 without the 规章 row, in the report of an agency that cannot make
 *   规章 (a local department, a township or sub-district; not a department of the State Council), gives 0;
 * - `EQUATION`: the one missing cell of a sum or balance whose other cells are known.
 */
export type InferenceRule = 'MERGED_ZERO' | 'SINGLE_ROW_ZERO' | 'NO_REGULATIONS_ROW' | 'EQUATION';

/** Which rule filled a cell, and the cells it used (JSON paths; a printed group row by its path). */
export interface Inference {
  readonly rule: InferenceRule;
  readonly from: readonly (readonly string[])[];
}

/**
 * A choice the user made for a case the page does not settle (`ImportOptions.assume`,
 * `zfxxgk import --assume`; see `ASSUMPTIONS` for the words):
 * - `SINGLE_ROW_TO_OTHER`: a group printed as one row (the 2019 （六）其他处理) goes, figure by
 *   figure, to its last item (3.其他); its other items are 0;
 * - `MERGED_TO_FIRST`: a value cell merged over several rows belongs to the first row; the rows it
 *   covers are 0;
 * - `NO_REGULATIONS_ZERO`: table 二 without the 规章 row gives 0 there whatever the agency;
 * - `AGENCY_FROM_TITLE`: when the title and the closing signature name different agencies, the
 *   title's is taken (by default the signature's is).
 */
export type Assumption = 'SINGLE_ROW_TO_OTHER' | 'MERGED_TO_FIRST' | 'NO_REGULATIONS_ZERO' | 'AGENCY_FROM_TITLE';

/** Which assumption filled a cell, and the cells it used (JSON paths; a printed group row by its path). */
export interface Assumed {
  readonly assumption: Assumption;
  readonly from: readonly (readonly string[])[];
}

/** One table cell that was read, or that the page settles without printing it (`inferred`). */
export interface CellSource {
  /** Its JSON path, table key first: `['requests', 'results', 'total', 'naturalPerson']`. */
  readonly path: readonly string[];
  /** Its label as in validation messages: `表三 （七）总计 · 自然人`. */
  readonly label: string;
  /** The number as published. */
  readonly value: number;
  /** The cell's text as found (`"  0"`, `"１２"`, `"/"`, `""`). */
  readonly raw: string;
  readonly where: Where;
  /** True when the cell was blank (or `/`, `—`) and was read as 0. */
  readonly blank?: boolean;
  /**
   * Set when the cell was not printed on its own but the page settles it: the rule and the cells
   * used, so a reader can check. `raw` and `where` are then those of the cell the value came from
   * (the merged cell, the single row), or empty when it came from several.
   */
  readonly inferred?: Inference;
  /**
   * Set when the page does not settle the cell and an assumption the caller chose did: which one,
   * and the cells used. `raw` and `where` are those of the printed cell the value came from.
   */
  readonly assumed?: Assumed;
}

/** A table cell that could not be read: it is absent from the imported report. */
export interface UnreadCell {
  readonly path: readonly string[];
  readonly label: string;
  /** Why, as a code (`ROW_NOT_FOUND`, `NOT_A_NUMBER`…) with its params; see `UNREAD_REASONS`. */
  readonly code: UnreadCode;
  readonly params?: UnreadFacts[UnreadCode];
  /** Why, in words made from the code (Chinese unless asked otherwise): `未找到此行`, `无法识别的数值“约5”`. */
  readonly reason: string;
  readonly where?: Where;
  /** The text found there, when there was one. */
  readonly raw?: string;
}

/** What kind of text a label is. */
export type LabelKind = 'heading' | 'blockTitle' | 'rowLabel' | 'columnLabel';

/** A heading or table label whose text differs from the format's (whitespace aside). */
export interface LabelDifference {
  readonly kind: LabelKind;
  /** The text as published. */
  readonly found: string;
  /** The format's text. */
  readonly canonical: string;
  readonly where: Where;
}

/** A fact about the import as a whole, in the shape of an issue (code, severity, message). */
export interface ImportNote {
  readonly code: ImportNoteCode;
  /** `error`: nothing usable was read; `warning`: part of the report is missing or doubtful. */
  readonly severity: 'error' | 'warning' | 'info';
  /** A sentence made from the code (Chinese unless asked otherwise). */
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly where?: Where;
  /** The facts the message is made from; see `NoteFacts` for what each code carries. */
  readonly params?: NoteFacts[ImportNoteCode];
}

/** The canonical JSON as read: the fields found, in the canonical key order (see SPEC A3). */
export type ImportedReport = Record<string, unknown>;

/** The result of one import. */
export interface ImportResult {
  /** The canonical JSON, as complete as read. Unread cells and missing sections are absent. */
  readonly report: ImportedReport;
  /** The kind of input that was read. */
  readonly kind: ImportKind;
  /**
   * The `format` of the edition the tables were printed in: the one in force, or `"2019"` for a
   * 2019-layout report (read into the shape of the edition in force where it maps).
   */
  readonly edition: string;
  /**
   * True when every table cell, all six sections, the agency and the year were read; for a
   * spreadsheet, which holds no narrative, every table cell, the agency and the year.
   */
  readonly complete: boolean;
  /** Every table cell that was read or inferred (those carry `inferred`), in the order of the format. */
  readonly cells: readonly CellSource[];
  /** Every table cell that could not be read. */
  readonly unread: readonly UnreadCell[];
  /** Every heading or label that differed from the canonical text. */
  readonly labels: readonly LabelDifference[];
  readonly notes: readonly ImportNote[];
}
