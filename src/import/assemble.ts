/**
 * Puts the pieces together: the canonical JSON from the words and the cells read, the list of
 * every cell read and every cell not read, and the notes about the whole.
 */
import type { CompiledEdition } from '../format/compile.js';
import { EDITION_2019 } from '../format/edition-2019.js';
import { canonicalOrder } from '../model/canonical.js';
import { writePath } from '../util/path.js';
import type { NarrativeRead } from './narrative.js';
import type { Lang } from '../issues/message-kit.js';
import { makeNote, noteSeverity, type NoteDraft } from './notes.js';
import type { Assumption, CellSource, ImportKind, ImportResult, UnreadCell } from './report.js';
import type { TablesRead } from './tables.js';
import { inferCells } from './infer.js';
import { unreadCell } from './unread.js';

/** The parts an import is made of. */
export interface ImportParts {
  readonly kind: ImportKind;
  readonly edition: CompiledEdition;
  readonly narrative: NarrativeRead;
  readonly tables: TablesRead;
  /** Notes of the reader (encoding, unreadable file…). */
  readonly readerNotes: readonly NoteDraft[];
  /** The language of notes and unread reasons. */
  readonly lang?: Lang;
  /** The assumptions the caller chose for what the page does not settle. */
  readonly assume?: ReadonlySet<Assumption>;
}

/**
 * Builds the import result.
 * @param parts what the readers and interpreters found
 */
export function assemble(parts: ImportParts): ImportResult {
  const { edition } = parts;
  const assume = parts.assume ?? new Set<Assumption>();
  const narrative = chooseAgency(parts.narrative, assume);
  const tables = inferCells(parts.tables, edition, narrative.agency, assume);
  const spec = edition.spec;
  const cells: CellSource[] = [];
  const unread: UnreadCell[] = [];
  const seenTables = new Set<string>();
  for (const key of [...tables.found.keys(), ...tables.failed.keys()]) seenTables.add(key.split('.')[0]!);
  const report: Record<string, unknown> = {};
  for (const cell of edition.cells) {
    const found = tables.found.get(cell.pathKey);
    if (found) {
      cells.push(found);
      writePath(report, cell.path, found.value);
      continue;
    }
    const failed = tables.failed.get(cell.pathKey);
    const missing = {
      path: cell.path,
      label: cell.label,
      code: seenTables.has(cell.path[0]!) ? 'ROW_NOT_FOUND' : 'TABLE_NOT_FOUND',
    } as const;
    unread.push(unreadCell(failed ?? missing, edition, parts.lang));
  }

  const notes: NoteDraft[] = [...parts.readerNotes];
  // A reader's error (an empty, unreadable or encrypted file, a limit passed) already says why nothing was read.
  const unreadable = parts.readerNotes.some((n) => noteSeverity(n) === 'error');
  if (!unreadable && narrative.found.size === 0 && cells.length === 0) notes.push({ code: 'NOT_A_REPORT' });
  if (tables.edition2019) notes.push({ code: 'EDITION_2019', params: { marker: tables.edition2019 } });
  for (const table of spec.tables) {
    if (!seenTables.has(table.key)) {
      notes.push({
        code: 'TABLE_MISSING',
        params: { table: table.key, cells: edition.cells.filter((c) => c.table === table).length },
      });
    }
  }
  notes.push(...tables.notes);
  const blanks = cells.filter((c) => c.blank).length;
  if (blanks > 0) notes.push({ code: 'BLANK_CELLS', params: { count: blanks } });
  if (blanks > 0 && blanks === cells.length) notes.push({ code: 'ALL_BLANK' });
  notes.push(...narrative.notes);

  const doc: Record<string, unknown> = {
    format: spec.format,
    ...(narrative.agency ? { agency: narrative.agency } : {}),
    ...(narrative.year !== undefined ? { year: narrative.year } : {}),
    ...(narrative.publishedAt ? { publishedAt: narrative.publishedAt } : {}),
    ...(narrative.title ? { title: narrative.title } : {}),
    ...(narrative.preamble.length > 0 ? { preamble: narrative.preamble } : {}),
  };
  for (const section of spec.sections) {
    if (section.body === 'narrative') {
      const blocks = narrative.sections.get(section.key);
      if (blocks) doc[section.key] = blocks;
    } else if (report[section.key] !== undefined) doc[section.key] = report[section.key];
  }
  // When nothing usable was read, the one error says it all: no cascade of missing parts.
  const fatal = notes.some((n) => noteSeverity(n) === 'error');
  const kept = fatal ? notes.filter((n) => noteSeverity(n) === 'error' || parts.readerNotes.includes(n)) : notes;
  const madeNotes = kept.map((n) => makeNote(n, edition, parts.lang));
  const complete =
    unread.length === 0 &&
    spec.sections.every((s) => narrative.found.has(s.key)) &&
    narrative.agency !== undefined &&
    narrative.year !== undefined &&
    !madeNotes.some((n) => n.severity === 'error');
  return {
    report: canonicalOrder(spec, doc),
    kind: parts.kind,
    edition: tables.edition2019 ? EDITION_2019.format : spec.format,
    complete,
    cells,
    unread,
    labels: [...narrative.labels, ...tables.labels],
    notes: madeNotes,
  };
}

/**
 * The agency the report takes: the signature's, unless the caller assumed AGENCY_FROM_TITLE and the
 * title names another; the AGENCY_DIFFERS note says which one and why.
 */
function chooseAgency(narrative: NarrativeRead, assume: ReadonlySet<Assumption>): NarrativeRead {
  if (!assume.has('AGENCY_FROM_TITLE')) return narrative;
  const differs = narrative.notes.find((n) => n.code === 'AGENCY_DIFFERS');
  if (differs?.code !== 'AGENCY_DIFFERS')
    return {
      ...narrative,
      notes: [...narrative.notes, { code: 'ASSUMPTION_UNUSED', params: { assumption: 'AGENCY_FROM_TITLE' } }],
    };
  const params = { ...differs.params, chosen: 'title' as const };
  return {
    ...narrative,
    agency: params.title,
    notes: [
      ...narrative.notes.map((n) => (n === differs ? { ...differs, params } : n)),
      { code: 'ASSUMED', params: { assumption: 'AGENCY_FROM_TITLE' } },
    ],
  };
}
