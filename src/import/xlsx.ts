/**
 * Spreadsheets (.xlsx) made by `zfxxgk template --xlsx` or `render -o x.xlsx`: the zip is opened
 * within the import's limits (as a .docx is), the workbook read cell by cell at the addresses the
 * format's plan gives (src/xlsx), and each cell kept with its sheet and address. Text where a
 * number belongs is an unread cell; a total whose formula was typed over with a number that
 * disagrees with its addends is a note; a formula never calculated (a file filled by a script) is
 * left to the equations, as any missing total is.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { Lang } from '../issues/message-kit.js';
import { MissingPackageError } from '../node/optional.js';
import { readWorkbook, type CellContent, type WorkbookCell, type WorkbookRead } from '../xlsx/read.js';
import { assemble } from './assemble.js';
import { boundedDocx } from './docx-unzip.js';
import { LimitExceeded, limitNote, type ImportLimits } from './limits.js';
import type { NarrativeRead } from './narrative.js';
import type { NoteDraft } from './notes.js';
import { readCellNumber } from './numbers.js';
import type { CellSource, ImportResult, LabelDifference, LabelKind, Where } from './report.js';
import type { TablesRead } from './tables.js';
import type { UnreadDraft } from './unread.js';

/**
 * Imports a workbook.
 * @param input the .xlsx file
 * @param edition the edition whose plan the workbook follows
 * @param limits the import's limits (input size, zip entries, inflated size)
 * @param lang the language of notes
 */
export async function importXlsx(
  input: Uint8Array,
  edition: CompiledEdition,
  limits: ImportLimits,
  lang?: Lang,
): Promise<ImportResult> {
  const done = (readerNotes: NoteDraft[], read?: WorkbookRead): ImportResult => {
    const result = assemble({
      kind: 'xlsx',
      edition,
      narrative: narrativeOf(read, edition),
      tables: read ? tablesOf(read) : { found: new Map(), failed: new Map(), labels: [], notes: [] },
      readerNotes,
      ...(lang ? { lang } : {}),
    });
    // A workbook holds no narrative: it is complete when all it can hold was read.
    const complete =
      result.unread.length === 0 &&
      result.report['agency'] !== undefined &&
      result.report['year'] !== undefined &&
      !result.notes.some((n) => n.severity === 'error');
    return { ...result, complete };
  };
  if (input.length > limits.inputBytes) return done([limitNote('inputBytes', limits.inputBytes, input.length)]);
  if (input.length === 0) return done([{ code: 'EMPTY_INPUT' }]);
  let read: WorkbookRead;
  try {
    read = await readWorkbook(boundedDocx(input, limits), edition.spec);
  } catch (error) {
    if (error instanceof LimitExceeded) return done([error.note()]);
    if (error instanceof MissingPackageError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return done([{ code: 'UNREADABLE_FILE', params: { kind: 'xlsx', detail } }]);
  }
  const narrative = edition.spec.sections.filter((s) => s.body === 'narrative').map((s) => s.key);
  return done(read.tables.length > 0 ? [{ code: 'TABLES_ONLY', params: { sections: narrative } }] : [], read);
}

/** The header fields, and the sections of the tables found. */
function narrativeOf(read: WorkbookRead | undefined, edition: CompiledEdition): NarrativeRead {
  let agency: string | undefined;
  let year: number | undefined;
  for (const field of read?.header ?? []) {
    const c = field.content;
    if (field.place.value === 'text' && c.kind === 'text') agency = c.text.trim();
    if (field.place.value === 'year') {
      const n = c.kind === 'number' ? c.value : c.kind === 'text' ? Number(c.text.trim()) : Number.NaN;
      if (Number.isInteger(n)) year = n;
    }
  }
  const notes: NoteDraft[] = [];
  if (read && read.tables.length > 0) {
    if (agency === undefined) notes.push({ code: 'AGENCY_NOT_FOUND' });
    if (year === undefined) notes.push({ code: 'YEAR_NOT_FOUND' });
  }
  const tableSections = edition.spec.sections.filter((s) => read?.tables.includes(s.key)).map((s) => s.key);
  return {
    ...(agency ? { agency } : {}),
    ...(year !== undefined ? { year } : {}),
    preamble: [],
    sections: new Map(),
    found: new Set(tableSections),
    labels: [],
    notes,
  };
}

const LABEL_KINDS: Partial<Record<string, LabelKind>> = {
  blockTitle: 'blockTitle',
  rowHeader: 'rowLabel',
  columnHeader: 'columnLabel',
  corner: 'columnLabel',
};

/** The cells read and not read, labels changed, formulas typed over. */
function tablesOf(read: WorkbookRead): TablesRead {
  const found = new Map<string, CellSource>();
  const failed = new Map<string, UnreadDraft>();
  const typedOver: WorkbookCell[] = [];
  const formulas: WorkbookCell[] = [];
  for (const cell of read.cells) {
    const { info, formula } = cell.place;
    const content = cell.content;
    if (formula !== undefined && content.kind === 'formula' && sameFormula(content.formula, formula)) {
      formulas.push(cell);
      continue;
    }
    const value = valueOf(content, formula !== undefined);
    if (value === undefined) continue; // a total to derive
    const base = { path: info.path, label: info.label, where: whereOf(cell) };
    if (value.ok) {
      found.set(info.pathKey, { ...base, value: value.value, raw: value.raw, ...(value.blank ? { blank: true } : {}) });
      if (formula !== undefined && content.kind !== 'formula') typedOver.push(cell);
    } else failed.set(info.pathKey, { ...base, code: 'NOT_A_NUMBER', raw: value.raw });
  }
  const keyOf = new Map(read.cells.map((c) => [c.place.info.index, c.place.info.pathKey]));
  const sumOf = (cell: WorkbookCell): number | undefined => {
    let total = 0;
    for (const i of cell.place.addends!) {
      const addend = found.get(keyOf.get(i) ?? '');
      if (!addend) return undefined;
      total += addend.value;
    }
    return total;
  };
  // Our own formulas are worked out here, not taken from the result the file saved: a file filled
  // by a script was never calculated, and a saved result may be stale.
  let pending = formulas;
  while (pending.length > 0) {
    const left = pending.filter((cell) => {
      const value = sumOf(cell);
      if (value === undefined) return true;
      const { info } = cell.place;
      // A total of blank cells is as blank as they are (a template never filled in).
      const blank = cell.place.addends!.every((i) => found.get(keyOf.get(i) ?? '')?.blank === true);
      found.set(info.pathKey, {
        path: info.path,
        label: info.label,
        value,
        raw: `=${cell.place.formula}`,
        where: whereOf(cell),
        ...(blank ? { blank: true } : {}),
      });
      return false;
    });
    if (left.length === pending.length) break;
    pending = left;
  }
  // A formula over a cell not read cannot be worked out (an equation of the page may still settle it).
  for (const cell of pending) {
    const { info } = cell.place;
    const addend = cell.place.addends!.map((i) => keyOf.get(i) ?? '').find((k) => !found.has(k)) ?? '';
    failed.set(info.pathKey, {
      path: info.path,
      label: info.label,
      where: whereOf(cell),
      raw: `=${cell.place.formula}`,
      code: 'ADDEND_UNREAD',
      params: { addend },
    });
  }
  const notes: NoteDraft[] = [];
  for (const cell of typedOver) {
    const expected = sumOf(cell);
    const value = found.get(cell.place.info.pathKey)!.value;
    if (expected === undefined || Math.abs(expected - value) < 1e-9) continue;
    notes.push({
      code: 'FORMULA_REPLACED',
      path: cell.place.info.path,
      where: whereOf(cell),
      params: { sheet: cell.sheet, cell: cell.place.address, formula: cell.place.formula!, value, expected },
    });
  }
  const labels: LabelDifference[] = read.labels.map((l) => ({
    kind: LABEL_KINDS[l.kind] ?? 'columnLabel',
    found: l.found,
    canonical: l.canonical,
    where: { sheet: l.sheet, cell: l.address },
  }));
  return { found, failed, labels, notes };
}

const whereOf = (cell: WorkbookCell): Where => ({ sheet: cell.sheet, cell: cell.place.address });

/** Whether a formula is the plan's, however it is spaced or cased (`=sum( d5:i5 )`). */
const sameFormula = (found: string, planned: string) =>
  found.replace(/^=|\s+/g, '').toUpperCase() === planned.toUpperCase();

type CellValueRead =
  | { readonly ok: true; readonly value: number; readonly raw: string; readonly blank?: boolean }
  | { readonly ok: false; readonly raw: string };

/** A cell's number, `undefined` for a total with nothing to read (derived from its addends instead). */
function valueOf(content: CellContent, total: boolean): CellValueRead | undefined {
  switch (content.kind) {
    case 'number':
      return { ok: true, value: content.value, raw: String(content.value) };
    case 'formula': {
      const raw = `=${content.formula}`;
      if (content.result === undefined) return undefined;
      return typeof content.result === 'number'
        ? { ok: true, value: content.result, raw }
        : { ok: false, raw: `${raw} → ${content.result}` };
    }
    case 'blank':
      return total ? undefined : { ok: true, value: 0, raw: '', blank: true };
    case 'text': {
      const n = readCellNumber(content.text);
      return n.ok ? { ok: true, value: n.value, raw: content.text, blank: n.blank } : { ok: false, raw: content.text };
    }
  }
}
